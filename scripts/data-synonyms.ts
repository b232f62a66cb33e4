/**
 * Occupation search terms → BMO occupations: `data/jobs/occupation-synonyms.json`.
 *
 * Terms come from two places, and every row says which:
 * - `fiche-titre` / `fiche-synonyme`: a job sheet's title and the names of its
 *   « Synonymes » heading, read from `data/jobs/job-sheets.json` (itself parsed
 *   from the seed `002_74e83368e7ce9f62.txt` by `scripts/data-jobs.ts`). A
 *   sheet whose synonyms are a copy-paste slip of another sheet's (flagged by
 *   data-jobs in the sheet's notes) contributes its title only.
 * - `editorial`: words people type that no source prints (« data », « IA »,
 *   « DPO », English job names), added here.
 *
 * Which BMO occupation (France Travail FAP 2021 codes, `bmo-2024-occupations`)
 * a job sheet belongs to is **editorial** in every row: the seeds carry no ROME
 * or FAP code for the sheets, so each job is paired by reading the BMO titles
 * (e.g. « Data scientist » → M2X90 « Ingénieurs et cadres d'étude, recherche et
 * développement en informatique et télécom »). `informatique` is the study's
 * pair M2X90 + M1X80 (what the study calls data and AI occupations).
 *
 * Deterministic: a second run writes the same bytes. Fails, writing nothing, if
 * a job id or a BMO code named here is not in the data.
 *
 *   npx tsx scripts/data-synonyms.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'data/jobs/occupation-synonyms.json');
const STUDY_PAIR = 'informatique';

/** Each job sheet's BMO occupations (editorial pairing by the BMO titles; first = closest). */
export const JOB_OCCUPATIONS: Record<string, readonly string[]> = {
  'developpeur-multimedia': ['M1X80', 'M2X90'],
  'developpeur-web': ['M1X80', 'M2X90'],
  'developpeur-web-mobile': ['M1X80', 'M2X90'],
  'ingenieur-etudes-developpement': ['M2X90'],
  'architecte-logiciel': ['M2X90'],
  'administrateur-base-de-donnees': ['M2X92', 'M1X81'],
  'data-analyst': ['M2X90', 'L5X93'],
  'data-scientist': ['M2X90'],
  'web-designer': ['U1X82', 'M1X80'],
  'designer-experience-interface': ['U1X82', 'M2X90'],
  'directeur-artistique': ['U0X90', 'U1X82'],
  ergonome: ['M2X90'],
  'community-media-manager': ['U0X90', 'U0X80'],
  'marketeur-digital': ['R4X90', 'R3X83'],
  'charge-referencement': ['R3X83'],
  'analyste-trafic': ['R3X83', 'R4X90'],
  'charge-clientele': ['R3X83', 'R1X68'],
  'ingenieur-affaires': ['R4X91', 'R4X90'],
  'ingenieur-avant-vente': ['R4X91'],
  'ingenieur-commercial': ['R4X91', 'R4X90'],
  'technicien-reseaux-cloud': ['M1X81'],
  'ingenieur-reseaux-cloud': ['M2X92', 'M2X90'],
  'architecte-reseaux-cloud': ['M2X90', 'M2X93'],
  'technicien-maintenance-support': ['M1X81'],
  'responsable-cybersecurite': ['M2X93', 'M2X92'],
  'consultant-expert-metier': ['M2X93'],
  'expert-protection-donnees': ['M2X93', 'L5X91'],
  'expert-propriete-intellectuelle': ['L5X91'],
  'manager-projet': ['M2X91'],
  'manager-equipe': ['M2X91'],
  'responsable-strategie-prospective': ['M2X91'],
  'charge-relations-ecosysteme': ['M2X91'],
  'coach-agile': ['M2X91'],
  'directeur-systemes-information': ['M2X91'],
  'responsable-securite-si': ['M2X93', 'M2X92'],
};

/** Words no source prints that people type, with the jobs (or occupations) they mean. */
export const EDITORIAL_TERMS: readonly { term: string; lang: 'fr' | 'en'; jobs?: readonly string[]; occupations?: readonly string[] }[] = [
  { term: 'data', lang: 'fr', occupations: [STUDY_PAIR, 'M2X90', 'M1X80'], jobs: ['data-analyst', 'data-scientist', 'administrateur-base-de-donnees'] },
  { term: 'données', lang: 'fr', occupations: [STUDY_PAIR, 'M2X90', 'M1X80'], jobs: ['data-analyst', 'data-scientist', 'administrateur-base-de-donnees'] },
  { term: 'IA', lang: 'fr', occupations: [STUDY_PAIR, 'M2X90', 'M1X80'] },
  { term: 'intelligence artificielle', lang: 'fr', occupations: [STUDY_PAIR, 'M2X90', 'M1X80'] },
  { term: 'AI', lang: 'en', occupations: [STUDY_PAIR, 'M2X90', 'M1X80'] },
  { term: 'artificial intelligence', lang: 'en', occupations: [STUDY_PAIR, 'M2X90', 'M1X80'] },
  { term: 'développeur IA', lang: 'fr', occupations: ['M2X90', 'M1X80'] },
  { term: 'AI developer', lang: 'en', occupations: ['M2X90', 'M1X80'] },
  { term: 'data engineer', lang: 'en', occupations: ['M2X90'] },
  { term: 'data ingénieur', lang: 'fr', occupations: ['M2X90'] },
  { term: 'ingénieur data', lang: 'fr', occupations: ['M2X90'] },
  { term: 'machine learning', lang: 'en', occupations: ['M2X90'] },
  { term: 'développeur', lang: 'fr', jobs: ['developpeur-web', 'developpeur-web-mobile', 'developpeur-multimedia', 'ingenieur-etudes-developpement'] },
  { term: 'programmeur', lang: 'fr', jobs: ['developpeur-web', 'ingenieur-etudes-developpement'] },
  { term: 'developer', lang: 'en', jobs: ['developpeur-web', 'developpeur-web-mobile', 'developpeur-multimedia', 'ingenieur-etudes-developpement'] },
  { term: 'software engineer', lang: 'en', jobs: ['ingenieur-etudes-developpement', 'architecte-logiciel'] },
  { term: 'web developer', lang: 'en', jobs: ['developpeur-web'] },
  { term: 'mobile developer', lang: 'en', jobs: ['developpeur-web-mobile'] },
  { term: 'database administrator', lang: 'en', jobs: ['administrateur-base-de-donnees'] },
  { term: 'DBA', lang: 'en', jobs: ['administrateur-base-de-donnees'] },
  { term: 'DPO', lang: 'fr', jobs: ['expert-protection-donnees'] },
  { term: 'délégué à la protection des données', lang: 'fr', jobs: ['expert-protection-donnees'] },
  { term: 'data protection officer', lang: 'en', jobs: ['expert-protection-donnees'] },
  { term: 'RGPD', lang: 'fr', jobs: ['expert-protection-donnees'] },
  { term: 'GDPR', lang: 'en', jobs: ['expert-protection-donnees'] },
  { term: 'RSSI', lang: 'fr', jobs: ['responsable-securite-si'] },
  { term: 'cybersécurité', lang: 'fr', jobs: ['responsable-cybersecurite', 'responsable-securite-si'] },
  { term: 'cybersecurity', lang: 'en', jobs: ['responsable-cybersecurite', 'responsable-securite-si'] },
  { term: 'DSI', lang: 'fr', jobs: ['directeur-systemes-information'] },
  { term: 'CIO', lang: 'en', jobs: ['directeur-systemes-information'] },
  { term: 'network engineer', lang: 'en', jobs: ['ingenieur-reseaux-cloud'] },
  { term: 'cloud', lang: 'en', jobs: ['technicien-reseaux-cloud', 'ingenieur-reseaux-cloud', 'architecte-reseaux-cloud'] },
  { term: 'support technician', lang: 'en', jobs: ['technicien-maintenance-support'] },
  { term: 'helpdesk', lang: 'en', jobs: ['technicien-maintenance-support'] },
  { term: 'UX designer', lang: 'en', jobs: ['designer-experience-interface'] },
  { term: 'UI designer', lang: 'en', jobs: ['designer-experience-interface', 'web-designer'] },
  { term: 'SEO', lang: 'en', jobs: ['charge-referencement'] },
  { term: 'digital marketing', lang: 'en', jobs: ['marketeur-digital'] },
  { term: 'community manager', lang: 'en', jobs: ['community-media-manager'] },
  { term: 'sales engineer', lang: 'en', jobs: ['ingenieur-affaires', 'ingenieur-avant-vente'] },
  { term: 'scrum master', lang: 'en', jobs: ['coach-agile'] },
  { term: 'IT', lang: 'en', occupations: [STUDY_PAIR, 'M2X90', 'M1X80', 'M1X81', 'M2X91', 'M2X92', 'M2X93'] },
  { term: 'informaticien', lang: 'fr', occupations: [STUDY_PAIR, 'M2X90', 'M1X80', 'M1X81', 'M2X91', 'M2X92', 'M2X93'] },
];

interface JobSheet {
  id: string;
  title: string;
  synonyms: string[];
  notes: string[];
}

export interface SynonymRow {
  term: string;
  lang: 'fr' | 'en';
  /** Where the term is printed: a sheet's title or « Synonymes » heading, or nowhere (editorial). */
  termSource: 'fiche-titre' | 'fiche-synonyme' | 'editorial';
  /** The job sheet the term names, when it names one. */
  job?: string;
  /** Occupation filter values, closest first: `informatique` (the study's pair) or BMO codes. */
  occupations: string[];
  /** How the term is tied to `occupations`: always by the dashboard's reading of the BMO titles. */
  pairing: 'editorial';
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(resolve(ROOT, path), 'utf8')) as T;

/** True when data-jobs flagged the sheet's synonyms as copied from another sheet. */
const copiedSynonyms = (sheet: JobSheet) => sheet.notes.some((note) => /synonymes/i.test(note) && /copier-coller|identique/i.test(note));

export function buildSynonyms(sheets: readonly JobSheet[], bmoCodes: ReadonlySet<string>): SynonymRow[] {
  const problems: string[] = [];
  const known = new Map(sheets.map((sheet) => [sheet.id, sheet]));
  const check = (codes: readonly string[], where: string) => {
    for (const code of codes) if (code !== STUDY_PAIR && !bmoCodes.has(code)) problems.push(`${where} : code BMO inconnu ${code}`);
  };
  for (const id of Object.keys(JOB_OCCUPATIONS)) if (!known.has(id)) problems.push(`fiche inconnue ${id}`);
  for (const sheet of sheets) if (!JOB_OCCUPATIONS[sheet.id]) problems.push(`fiche sans métier BMO : ${sheet.id}`);

  const rows: SynonymRow[] = [];
  for (const sheet of sheets) {
    const occupations = [...(JOB_OCCUPATIONS[sheet.id] ?? [])];
    check(occupations, sheet.id);
    rows.push({ term: sheet.title, lang: 'fr', termSource: 'fiche-titre', job: sheet.id, occupations, pairing: 'editorial' });
    if (copiedSynonyms(sheet)) continue;
    for (const synonym of sheet.synonyms)
      rows.push({ term: synonym, lang: 'fr', termSource: 'fiche-synonyme', job: sheet.id, occupations, pairing: 'editorial' });
  }
  for (const entry of EDITORIAL_TERMS) {
    for (const job of entry.jobs ?? []) if (!known.has(job)) problems.push(`« ${entry.term} » : fiche inconnue ${job}`);
    const fromJobs = (entry.jobs ?? []).flatMap((job) => JOB_OCCUPATIONS[job] ?? []);
    const occupations = [...new Set([...(entry.occupations ?? []), ...fromJobs])];
    check(occupations, entry.term);
    const job = entry.jobs?.length === 1 ? entry.jobs[0] : undefined;
    rows.push({ term: entry.term, lang: entry.lang, termSource: 'editorial', ...(job ? { job } : {}), occupations, pairing: 'editorial' });
  }
  if (problems.length) throw new Error(`data-synonyms : ${problems.join(' ; ')}`);
  return rows;
}

function main() {
  const sheets = readJson<{ rows: JobSheet[] }>('data/jobs/job-sheets.json').rows;
  const bmo = readJson<{ rows: { code: string }[] }>('data/bmo/bmo-2024-occupations.json').rows;
  const rows = buildSynonyms(sheets, new Set(bmo.map((row) => row.code)));
  const file = {
    id: 'occupation-synonyms',
    title: 'Termes de recherche des métiers et métiers BMO correspondants',
    title_en: 'Occupation search terms and the BMO occupations they lead to',
    unit: 'termes',
    period: '2024',
    source: {
      publisher: 'Réseau des Carif-Oref ; France Travail ; Observatoire Data & IA Normandie',
      dataset: 'Les fiches métiers (intitulés et synonymes) ; nomenclature des métiers de l’enquête BMO 2024',
      year: '2024',
      citation:
        'Termes : Réseau des Carif-Oref, Les fiches métiers (intitulés, rubrique « Synonymes ») et ajouts éditoriaux ; correspondance avec les métiers BMO : lecture éditoriale des intitulés BMO 2024',
    },
    seed: {
      document: '002_74e83368e7ce9f62.txt',
      title: 'Les fiches métiers : formation, compétences et emploi',
      section: 'Fiches métiers, rubriques « Synonymes »',
    },
    authority: 'context',
    confidence: 'read',
    notes: [
      'Les intitulés et synonymes marqués « fiche-titre » / « fiche-synonyme » sont imprimés dans les fiches métiers ; les termes « editorial » (data, IA, DPO, noms anglais…) sont ajoutés par le tableau de bord.',
      'Aucune source ne rattache les fiches aux métiers BMO (ni code ROME ni code FAP dans les documents) : chaque rattachement est une lecture éditoriale des intitulés BMO, le plus proche en premier.',
      'Les synonymes de la fiche « Directeur artistique », copiés de la fiche « Développeur web mobile » dans le document, ne sont pas repris.',
      '« informatique » désigne la paire de l’étude : M2X90 (ingénieurs) et M1X80 (techniciens de l’informatique).',
    ],
    rows,
  };
  writeFileSync(OUT, `${JSON.stringify(file, null, 2)}\n`);
  console.log(`écrit data/jobs/occupation-synonyms.json (${rows.length} termes)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();

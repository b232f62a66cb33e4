/**
 * Builds the "Métiers" datasets from the seed texts:
 *
 *   npx tsx scripts/data-jobs.ts [path-to-002.txt] [path-to-000.txt]
 *
 * - `data/jobs/job-sheets.json`     one row per job of the « cœur du numérique » directory (35)
 * - `data/jobs/job-families.json`   the 9 families with their job counts
 * - `data/jobs/article-skills-domains.json`  the 2026 blog article (context only)
 *
 * Default seed paths are `../shared/seeds/…` relative to the repository root.
 * The output is deterministic: same seed → byte-identical files (checked by
 * `tests/unit/data/jobs.test.ts`). Everything decided by hand lives in the
 * explicit tables below (FAMILIES, JOBS, SOFT_HYPHENS, LIGATURES, CORRECTIONS),
 * each entry with its reason; everything else is read from the text.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as v from 'valibot';
import type { Confidence, DatasetMeta, Missing } from '../src/data/contract';
import { jobsDatasets, SheetSection as SheetSectionSchema } from '../src/data/schemas/jobs';
import type { AccessLevel, ArticleClaim, ArticleSkillsDomainRow, ContinuingCourses, JobFamilyRow, JobSheetRow, SheetSection } from '../src/data/schemas/jobs';

// ---------------------------------------------------------------------------
// Hand-made tables
// ---------------------------------------------------------------------------

export interface FamilySpec {
  id: string;
  /** Label of the directory table, accents restored (the table prints capitals without accents). */
  label: string;
  /** The directory table's heading as printed (checked against the text). */
  directoryHeading: string;
  /** Chapter heading in the body; printed followed by the chapter number. */
  sectionLabel: string;
  sectionNumber: number;
  /** Intro bullets that do not name a job of their own, with the reason. */
  umbrellaBullets?: Array<{ bullet: string; reason: string }>;
}

export interface JobSpec {
  id: string;
  family: string;
  title: string;
  /** Entry of the directory table as printed, or null when the table omits the job. */
  directoryTitle: string | null;
  /** Bullet of the chapter introduction, or null (the maintenance chapter has no list). */
  introLabel: string | null;
  /** Sheet heading as printed (capitals), or null when the job has no sheet. */
  heading: string | null;
  /** The heading is printed after the sheet's content (page layout of the PDF). */
  headingAfterBody?: boolean;
}

export interface Correction {
  job: string;
  /**
   * - `note`: a slip or ambiguity of the source, kept as written and explained.
   * - `strip`: an extraction artefact removed from `field` (the removal is noted in the row).
   * - `items`: the list field is set to `items` instead of being split on commas/semicolons.
   */
  kind: 'note' | 'strip' | 'items';
  field?: 'description' | 'initialTraining' | 'continuingTraining' | 'careerMoves';
  text?: string;
  items?: string[];
  /** True when the slip makes the row's content doubtful (row confidence "ambiguous"). */
  slip?: boolean;
  reason: string;
}

export interface ParseSpec {
  families: FamilySpec[];
  jobs: JobSpec[];
  corrections: Correction[];
}

export const FAMILIES: FamilySpec[] = [
  {
    id: 'programmation-developpement',
    label: 'Programmation et développement',
    directoryHeading: 'PROGRAMMATION ET DEVELOPPEMENT',
    sectionLabel: 'Programmation et développement',
    sectionNumber: 1,
    umbrellaBullets: [
      {
        bullet: 'Le développeur',
        reason:
          'puce chapeau : les trois sous-puces (multimédia, web, mobile) sont les métiers qui ont chacun une fiche ; le répertoire les regroupe en une ligne « Développeur (multimédia, web, web mobile) »',
      },
    ],
  },
  {
    id: 'intelligence-artificielle-donnee',
    label: 'Métiers de l’intelligence artificielle et de la donnée',
    directoryHeading: 'METIERS DE L’INTELLIGENCE ARTIFICIELLE ET DE LA DONNEE',
    sectionLabel: 'Métiers de l’intelligence artificielle et de la donnée',
    sectionNumber: 2,
  },
  {
    id: 'interfaces-creations-numeriques',
    label: 'Interfaces utilisateurs et créations numériques',
    directoryHeading: 'INTERFACES UTILISATEURS ET CREATIONS NUMERIQUES',
    sectionLabel: 'Interfaces utilisateurs et créations numériques',
    sectionNumber: 3,
  },
  {
    id: 'communication-marketing',
    label: 'Communication et marketing',
    directoryHeading: 'COMMUNICATION ET MARKETING',
    sectionLabel: 'Communication et marketing',
    sectionNumber: 4,
  },
  { id: 'commerce', label: 'Commerce', directoryHeading: 'COMMERCE', sectionLabel: 'Commerce', sectionNumber: 5 },
  {
    id: 'infrastructures-cloud-reseaux',
    label: 'Infrastructures, clouds, réseaux et data centers',
    directoryHeading: 'INFRASTRUCTURES, CLOUDS, RESEAUX ET DATA CENTERS',
    sectionLabel: 'Infrastructures, cloud, réseaux',
    sectionNumber: 6,
  },
  {
    id: 'maintenance-support',
    label: 'Maintenance, assistance et support pour l’exploitation',
    directoryHeading: 'MAINTENANCE, ASSISTANCE ET SUPPORT POUR L’EXPLOITATION',
    sectionLabel: 'Techniciens de maintenance, support et services aux utilisateurs en informatique',
    sectionNumber: 7,
  },
  {
    id: 'expertise-conseil',
    label: 'Expertise et conseil',
    directoryHeading: 'EXPERTISE ET CONSEIL',
    sectionLabel: 'Expertise et conseil',
    sectionNumber: 8,
  },
  {
    id: 'direction-management-strategie',
    label: 'Direction, management et stratégie',
    directoryHeading: 'DIRECTION, MANAGEMENT ET STRATEGIE',
    sectionLabel: 'Direction, management et stratégie',
    sectionNumber: 9,
  },
];

const DEV = 'Développeur (multimédia, web, web mobile)';
/** The 35 jobs, in the order of the document. */
export const JOBS: JobSpec[] = [
  {
    id: 'developpeur-multimedia',
    family: 'programmation-developpement',
    title: 'Développeur multimédia',
    directoryTitle: DEV,
    introLabel: 'Le développeur multimédia',
    heading: 'DÉVELOPPEUR MULTIMÉDIA',
  },
  {
    id: 'developpeur-web',
    family: 'programmation-developpement',
    title: 'Développeur web',
    directoryTitle: DEV,
    introLabel: 'Le développeur web',
    heading: 'DÉVELOPPEUR WEB',
  },
  {
    id: 'developpeur-web-mobile',
    family: 'programmation-developpement',
    title: 'Développeur web mobile',
    directoryTitle: DEV,
    introLabel: 'Le développeur mobile',
    heading: 'DÉVELOPPEUR WEB MOBILE',
  },
  {
    id: 'ingenieur-etudes-developpement',
    family: 'programmation-developpement',
    title: 'Ingénieur études et développement',
    directoryTitle: 'Ingénieur études et développement',
    introLabel: 'L’ingénieur étude et développement',
    heading: 'INGÉNIEUR ÉTUDES ET DÉVELOPPEMENT',
  },
  {
    id: 'architecte-logiciel',
    family: 'programmation-developpement',
    title: 'Architecte logiciel',
    directoryTitle: 'Architecte logiciel',
    introLabel: 'L’architecte logiciel',
    heading: 'ARCHITECTE LOGICIEL',
  },

  {
    id: 'administrateur-base-de-donnees',
    family: 'intelligence-artificielle-donnee',
    title: 'Administrateur de base de données',
    directoryTitle: 'Administrateur de base de données',
    introLabel: 'L’administrateur de bases de données',
    heading: 'ADMINISTRATEUR DE BASE DE DONNÉES',
  },
  {
    id: 'data-analyst',
    family: 'intelligence-artificielle-donnee',
    title: 'Data analyst',
    directoryTitle: 'Data analyst',
    introLabel: 'Le data analyst (l’analyste de données)',
    heading: 'DATA ANALYST',
  },
  {
    id: 'data-scientist',
    family: 'intelligence-artificielle-donnee',
    title: 'Data scientist',
    directoryTitle: 'Data scientist',
    introLabel: 'Le data scientist',
    heading: 'DATA SCIENTIST',
  },

  {
    id: 'web-designer',
    family: 'interfaces-creations-numeriques',
    title: 'Web designer',
    directoryTitle: 'Web designer',
    introLabel: 'Le web designer',
    heading: 'WEB DESIGNER',
  },
  {
    id: 'designer-experience-interface',
    family: 'interfaces-creations-numeriques',
    title: 'Designer d’expérience et d’interface',
    directoryTitle: "Designer d'expérience et d'interface",
    introLabel: 'Le designer d’expérience',
    heading: 'DESIGNER D’EXPÉRIENCE',
  },
  {
    id: 'directeur-artistique',
    family: 'interfaces-creations-numeriques',
    title: 'Directeur artistique',
    directoryTitle: 'Directeur artistique',
    introLabel: 'Le directeur artistique',
    heading: 'DIRECTEUR ARTISTIQUE',
  },
  { id: 'ergonome', family: 'interfaces-creations-numeriques', title: 'Ergonome', directoryTitle: 'Ergonome', introLabel: 'L’ergonome', heading: 'ERGONOME' },

  {
    id: 'community-media-manager',
    family: 'communication-marketing',
    title: 'Community media manager',
    directoryTitle: 'Community Media Manager',
    introLabel: 'Le community/social media manager',
    heading: 'COMMUNITY MEDIA MANAGER',
  },
  {
    id: 'marketeur-digital',
    family: 'communication-marketing',
    title: 'Marketeur digital',
    directoryTitle: 'Marketeur digital',
    introLabel: 'Le marketeur digital',
    heading: 'MARKETEUR DIGITAL',
  },
  {
    id: 'charge-referencement',
    family: 'communication-marketing',
    title: 'Chargé de référencement',
    directoryTitle: 'Chargé de référencement',
    introLabel: 'Le chargé de référencement',
    heading: 'CHARGÉ DE RÉFÉRENCEMENT',
  },
  {
    id: 'analyste-trafic',
    family: 'communication-marketing',
    title: 'Analyste de trafic',
    directoryTitle: 'Analyste de trafic',
    introLabel: 'L’analyste de trafic',
    heading: 'ANALYSTE DE TRAFIC',
  },

  {
    id: 'charge-clientele',
    family: 'commerce',
    title: 'Chargé de clientèle',
    directoryTitle: 'Chargé de clientèle',
    introLabel: 'Le chargé de clientèle',
    heading: 'CHARGÉ DE CLIENTÈLE',
  },
  {
    id: 'ingenieur-affaires',
    family: 'commerce',
    title: 'Ingénieur d’affaires',
    directoryTitle: 'Ingénieur d’affaires',
    introLabel: "L'ingénieur d'affaires",
    heading: 'INGÉNIEUR D’AFFAIRES',
  },
  {
    id: 'ingenieur-avant-vente',
    family: 'commerce',
    title: 'Ingénieur avant-vente',
    directoryTitle: 'Ingénieur avant-vente',
    introLabel: 'L’ingénieur avant-vente',
    heading: 'INGÉNIEUR AVANT-VENTE',
  },
  { id: 'ingenieur-commercial', family: 'commerce', title: 'Ingénieur commercial', directoryTitle: null, introLabel: "L'ingénieur commercial", heading: null },

  {
    id: 'technicien-reseaux-cloud',
    family: 'infrastructures-cloud-reseaux',
    title: 'Technicien réseaux et cloud',
    directoryTitle: 'Technicien réseaux et cloud',
    introLabel: 'Technicien Cloud et réseaux',
    heading: 'TECHNICIEN RÉSEAUX/CLOUD',
  },
  {
    id: 'ingenieur-reseaux-cloud',
    family: 'infrastructures-cloud-reseaux',
    title: 'Ingénieur réseaux et cloud',
    directoryTitle: 'Ingénieur réseaux et cloud',
    introLabel: 'Ingénieur Cloud et réseaux',
    heading: 'INGÉNIEUR CLOUD/RÉSEAUX',
  },
  {
    id: 'architecte-reseaux-cloud',
    family: 'infrastructures-cloud-reseaux',
    title: 'Architecte réseaux et cloud',
    directoryTitle: 'Architecte réseaux et cloud',
    introLabel: 'Architecte Cloud et réseaux',
    heading: 'ARCHITECTE CLOUD/RÉSEAUX',
  },

  {
    id: 'technicien-maintenance-support',
    family: 'maintenance-support',
    title: 'Technicien de maintenance, support et services aux utilisateurs en informatique',
    directoryTitle: 'Technicien de maintenance, support et services aux utilisateurs en informatique',
    introLabel: null,
    heading: 'TECHNICIEN DE MAINTENANCE ET SUPPORT CLIENT',
    headingAfterBody: true,
  },

  {
    id: 'responsable-cybersecurite',
    family: 'expertise-conseil',
    title: 'Responsable cybersécurité',
    directoryTitle: 'Responsable cybersécurité',
    introLabel: 'Responsable cybersécurité',
    heading: 'RESPONSABLE CYBERSÉCURITÉ',
  },
  {
    id: 'consultant-expert-metier',
    family: 'expertise-conseil',
    title: 'Consultant/expert métier',
    directoryTitle: 'Consultant/ expert métier',
    introLabel: 'Le consultant/expert métier',
    heading: 'CONSULTANT/EXPERT MÉTIER',
  },
  {
    id: 'expert-protection-donnees',
    family: 'expertise-conseil',
    title: 'Expert en protection des données',
    directoryTitle: null,
    introLabel: 'L’expert en protection des données',
    heading: null,
  },
  {
    id: 'expert-propriete-intellectuelle',
    family: 'expertise-conseil',
    title: 'Expert en propriété intellectuelle',
    directoryTitle: 'Expert en propriété intellectuelle',
    introLabel: 'L’expert en propriété intellectuelle',
    heading: 'EXPERT EN PROPRIÉTÉ INTELLECTUELLE',
  },

  {
    id: 'manager-projet',
    family: 'direction-management-strategie',
    title: 'Manager de projet',
    directoryTitle: 'Manager de projet',
    introLabel: 'Le manager de projet',
    heading: 'MANAGER DE PROJET',
  },
  {
    id: 'manager-equipe',
    family: 'direction-management-strategie',
    title: 'Manager d’équipe',
    directoryTitle: 'Manager d’équipe',
    introLabel: 'Le manager d’équipe',
    heading: 'MANAGER D’ÉQUIPE',
  },
  {
    id: 'responsable-strategie-prospective',
    family: 'direction-management-strategie',
    title: 'Responsable de la stratégie et de la prospective',
    directoryTitle: 'Responsable de la stratégie et de la prospective',
    introLabel: 'Le responsable de la stratégie et de la prospective',
    heading: 'RESPONSABLE DE LA STRATÉGIE ET DE LA PROSPECTIVE',
  },
  {
    id: 'charge-relations-ecosysteme',
    family: 'direction-management-strategie',
    title: 'Chargé des relations avec l’écosystème',
    directoryTitle: null,
    introLabel: 'Le chargé des relations avec l’écosystème',
    heading: null,
  },
  { id: 'coach-agile', family: 'direction-management-strategie', title: 'Coach agile', directoryTitle: null, introLabel: 'Le coach agile', heading: null },
  {
    id: 'directeur-systemes-information',
    family: 'direction-management-strategie',
    title: 'Directeur des systèmes d’information',
    directoryTitle: 'Directeur des systèmes d’information',
    introLabel: 'Le directeur des systèmes d’information',
    heading: 'DIRECTEUR DES SI',
  },
  {
    id: 'responsable-securite-si',
    family: 'direction-management-strategie',
    title: 'Responsable sécurité des systèmes d’information',
    directoryTitle: "Responsable sécurité des systèmes d'information",
    introLabel: 'Le responsable sécurité des systèmes d’information',
    heading: 'RESPONSABLE SÉCURITÉ DES SI',
  },
];

/**
 * Slips of the source found by reading the sheets. Repetitions of a whole
 * rubrique between two sheets are also detected automatically (see
 * `detectRepetitions`); the notes below add what a reader sees.
 */
export const CORRECTIONS: Correction[] = [
  { job: 'developpeur-multimedia', kind: 'note', reason: 'Les compétences se terminent par « Maîtrise de l’anglais, » : phrase tronquée dans la source.' },
  {
    job: 'developpeur-web',
    kind: 'note',
    reason:
      'Formation initiale : « filière Droit, économie, gestion, mention réseaux et télécommunications » — la mention semble reprise de la phrase précédente (Sciences, technologies et santé) ; conservé tel quel.',
  },
  {
    job: 'ingenieur-etudes-developpement',
    kind: 'note',
    slip: true,
    reason:
      'Copier-coller probable : connaissances et compétences reprises de la fiche « Développeur web mobile » (« d’applications mobiles », « outils et écosystèmes pour mobiles »), sans rapport avec ce métier ; conservées telles quelles.',
  },
  {
    job: 'architecte-logiciel',
    kind: 'note',
    reason: 'Description : « vieille technologique » est une coquille pour « veille technologique » ; conservé tel quel.',
  },
  {
    job: 'administrateur-base-de-donnees',
    kind: 'note',
    slip: true,
    reason:
      'Copier-coller probable : la formation initiale parle du « gestionnaire de bases de données » et reprend les spécialités de la fiche « Développeur web mobile » (« Internet et médias mobiles », « conception et intégration multimédia ») ; conservé tel quel.',
  },
  {
    job: 'data-analyst',
    kind: 'note',
    reason:
      'Connaissances : « en analyse prédictive des compétences en statistique » — ponctuation manquante dans la source (probablement « analyse prédictive ; des compétences en statistique ») ; conservé tel quel.',
  },
  {
    job: 'directeur-artistique',
    kind: 'note',
    slip: true,
    reason:
      'Copier-coller manifeste : synonymes (« Développeur internet mobile, Développeur mobile… ») et perspectives d’évolution repris mot pour mot de la fiche « Développeur web mobile » ; conservés tels quels, à ne pas afficher comme synonymes du métier sans avertissement.',
  },
  { job: 'ergonome', kind: 'note', reason: 'Perspectives d’évolution « Architecte logiciel, Concepteur » sans point final : liste peut-être tronquée.' },
  {
    job: 'community-media-manager',
    kind: 'note',
    reason:
      'Intitulé : « Community Media Manager » dans le répertoire, « community/social media manager » dans l’introduction de la famille ; la fiche décrit les deux rôles.',
  },
  {
    job: 'marketeur-digital',
    kind: 'strip',
    field: 'continuingTraining',
    text: 'http://www.metiers.internet.gou',
    reason: 'adresse tronquée isolée (artefact de mise en page), sans rapport avec la phrase qui précède',
  },
  { job: 'marketeur-digital', kind: 'note', reason: 'La rubrique « Perspectives d’évolution » est présente mais vide dans la source.' },
  {
    job: 'charge-referencement',
    kind: 'strip',
    field: 'continuingTraining',
    text: 'en architecture technique SI en gestion des opérations informatiques',
    reason: 'fragment égaré au milieu de la phrase sur la formation continue (artefact de copier-coller)',
  },
  { job: 'charge-referencement', kind: 'note', reason: 'Une ligne de tirets suit la description dans la source (artefact retiré).' },
  { job: 'analyste-trafic', kind: 'note', reason: 'La formation initiale parle de « responsable de trafic » (synonyme du métier).' },
  {
    job: 'charge-clientele',
    kind: 'note',
    slip: true,
    reason:
      'Copier-coller manifeste : connaissances et compétences reprises de la fiche « Ergonome » (questionnaires, eye tracking, HTML/CSS), sans rapport avec la relation client ; conservées telles quelles.',
  },
  {
    job: 'ingenieur-affaires',
    kind: 'note',
    slip: true,
    reason:
      'Copier-coller manifeste : connaissances et compétences reprises de la fiche « Ergonome » ; perspectives d’évolution et statut identiques à la fiche « Chargé de clientèle » ; conservés tels quels.',
  },
  {
    job: 'ingenieur-commercial',
    kind: 'note',
    reason:
      'Cité dans l’introduction de la famille Commerce (« quatre métiers commerciaux pivots ») mais absent du répertoire et sans fiche ; il figure aussi comme synonyme et évolution d’autres fiches.',
  },
  {
    job: 'technicien-reseaux-cloud',
    kind: 'note',
    reason: 'La fiche décrit deux métiers (technicien réseaux, technicien cloud) ; descriptions imprimées après les rubriques.',
  },
  {
    job: 'technicien-maintenance-support',
    kind: 'note',
    reason:
      'Intitulé : « Technicien de maintenance, support et services aux utilisateurs en informatique » dans le répertoire, « Technicien de maintenance et support client » sur la fiche. Statut « consultant dans une agence Web » : semble repris d’une autre fiche (ingénieur avant-vente).',
  },
  {
    job: 'responsable-cybersecurite',
    kind: 'note',
    reason:
      'La description parle de « L’expert en cybersécurité » (synonyme) ; niveau minimum Bac +2 alors que les formations spécialisées citées sont de niveau Bac +5/+6 (accès Bac +2 « avec une expérience en sécurité »).',
  },
  {
    job: 'expert-protection-donnees',
    kind: 'note',
    reason: 'Cité dans l’introduction de la famille Expertise et conseil (« Quatre métiers ») mais absent du répertoire et sans fiche.',
  },
  {
    job: 'expert-propriete-intellectuelle',
    kind: 'note',
    slip: true,
    reason:
      'Copier-coller probable : connaissances et compétences identiques à la fiche « Consultant/expert métier » (solutions logicielles, outils de développement) pour un métier juridique ; pas de rubrique « Perspectives d’évolution » ; niveau minimum « Bac +3 » alors que la formation initiale cite des formations Bac +4/5.',
  },
  {
    job: 'manager-equipe',
    kind: 'note',
    reason: 'Pas de rubrique « Formation initiale » ; la fiche commence par « également accessible par le biais de la formation continue ».',
  },
  {
    job: 'charge-relations-ecosysteme',
    kind: 'note',
    reason: 'Cité dans l’introduction de la famille Direction, management et stratégie mais absent du répertoire et sans fiche.',
  },
  {
    job: 'coach-agile',
    kind: 'note',
    reason: 'Cité dans l’introduction de la famille Direction, management et stratégie mais absent du répertoire et sans fiche.',
  },
  {
    job: 'directeur-systemes-information',
    kind: 'items',
    field: 'careerMoves',
    items: ['Directeur général adjoint en charge de l’informatique, la logistique et l’organisation'],
    reason: 'une seule évolution dont l’intitulé contient une virgule : ne pas découper',
  },
  {
    job: 'responsable-securite-si',
    kind: 'note',
    reason: 'Le lien de formation initiale (orientation-pour-tous.fr) est coupé sur plusieurs lignes et contient des espaces : recollé, non vérifié.',
  },
];

/** Words cut by a soft hyphen at a line end: joined without the hyphen. Other line-end hyphens are kept (e-marketing, avant-vente, URLs). */
const SOFT_HYPHENS: Array<[string, string]> = [
  ['dévelop', 'pement'],
  ['orga', 'nisation'],
  ['appli', 'cations'],
  ['Adminis', 'trateur'],
];

/**
 * Broken ligatures of the PDF conversion: the glyph became "�" followed by a
 * space ("o� res" = "offres", "� n" = "fin"). Word fragments seen in the
 * seeds of this project; an unknown one stops the script.
 */
const LIGATURES: Array<[RegExp, string]> = [
  [/([Oo])� (res?|rent)\b/g, '$1ff$2'],
  [/\b(di)� (us)/g, '$1ff$2'],
  [/\b([Ee])� (ets?)\b/g, '$1ff$2'],
  [/(?<![\p{L}])� n(?![\p{L}])/gu, 'fin'],
  [/(?<![\p{L}])� (t|ns?)(?![\p{L}])/gu, 'fi$1'],
  [/(arti|spéci|signi|pro|con|certi)� /g, '$1fi'],
];

// ---------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------

const APOSTROPHES = /[’']/g;
/** Comparison key: apostrophes unified, whitespace collapsed. */
function key(s: string): string {
  return s.replace(APOSTROPHES, '’').replace(/\s+/g, ' ').trim();
}
/** Output form: whitespace collapsed, characters kept as printed. */
function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Regex source matching `s` with any whitespace (incl. line breaks) between words and either apostrophe. */
function flexible(s: string): string {
  return key(s)
    .split(' ')
    .map((w) => escapeRe(w).replace(/’/g, "[’']"))
    .join('\\s+');
}

export interface Repaired {
  text: string;
  ligatures: number;
}

/** Normalises line ends and repairs broken ligatures; bullets ("�" at a line start) are kept for the parser. */
export function repairText(raw: string): Repaired {
  let text = raw.replace(/\r\n?/g, '\n');
  let ligatures = 0;
  for (const [re, by] of LIGATURES) {
    text = text.replace(re, (...args) => {
      ligatures += 1;
      const groups = args.slice(1, -2) as Array<string | undefined>;
      return by.replace(/\$(\d)/g, (_, n: string) => groups[Number(n) - 1] ?? '');
    });
  }
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const rest = line.replace(/^\s*�\s/, '');
    if (rest.includes('�')) throw new Error(`Ligature cassée non répertoriée ligne ${i + 1} : « ${line.trim()} » — ajouter une entrée à LIGATURES.`);
  });
  return { text, ligatures };
}

/** Joins the lines of one paragraph: soft hyphens dropped, other line-end hyphens kept without a space. */
function joinLines(lines: string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (!out) {
      out = line;
      continue;
    }
    if (/[^-]-$/.test(out)) {
      const before = /([\p{L}]+)-$/u.exec(out)?.[1] ?? '';
      const after = /^[\p{L}]+/u.exec(line)?.[0] ?? '';
      const soft = SOFT_HYPHENS.some(([a, b]) => a === before && b === after);
      out = soft ? out.slice(0, -1) + line : out + line;
    } else {
      out += ' ' + line;
    }
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Sentences of a paragraph (a period followed by a capital starts a new one). */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Þ«])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Splits "A ; B, C." into items, never inside parentheses. */
function splitItems(text: string, separators: RegExp): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && separators.test(ch)) {
      items.push(current);
      current = '';
    } else current += ch;
  }
  items.push(current);
  return items.map((s) => s.trim().replace(/\.+$/, '').trim()).filter(Boolean);
}

const NUMBER_WORDS: Record<string, number> = {
  un: 1,
  une: 1,
  'une seule': 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  'trente-cinq': 35,
};

function lineOf(text: string, index: number): number {
  let n = 1;
  for (let i = 0; i < index && i < text.length; i += 1) if (text.charCodeAt(i) === 10) n += 1;
  return n;
}

// ---------------------------------------------------------------------------
// Sheet parser
// ---------------------------------------------------------------------------

type Field =
  'pre' | 'accessLevel' | 'initialTraining' | 'continuingTraining' | 'knowledge' | 'synonyms' | 'careerMoves' | 'status' | 'growthEnvironments' | 'post';

const LABELS: Array<{ field: Exclude<Field, 'pre' | 'post'>; re: RegExp }> = [
  { field: 'accessLevel', re: /^Niveau minimum d[’']accès\s*:\s*/ },
  { field: 'initialTraining', re: /^(?:�\s*)?Formation [Ii]nitiale\s*$/ },
  { field: 'continuingTraining', re: /^(?:�\s*)?Formation [Cc]ontinue\s*$/ },
  { field: 'knowledge', re: /^(?=Connaissances?\s)/ },
  { field: 'synonyms', re: /^Synonymes\s*:\s*/ },
  { field: 'careerMoves', re: /^Perspectives d[’']évolution\s*:\s*/ },
  { field: 'status', re: /^Statut\s*:\s*/ },
  { field: 'growthEnvironments', re: /^Environnements (?:porteurs|favorables)\s*:\s*/ },
];
/** After these one-line rubriques, a new paragraph starting with a capital is the (late) description. */
const SHORT_FIELDS = new Set<Field>(['synonyms', 'careerMoves', 'status', 'growthEnvironments']);

interface Body {
  blocks: Map<Field, string[][]>;
  seen: Set<Field>;
  issues: string[];
  dashArtefacts: number;
}

function readBody(lines: string[]): Body {
  const blocks = new Map<Field, string[][]>();
  const seen = new Set<Field>();
  const issues: string[] = [];
  let dashArtefacts = 0;
  let field: Field = 'pre';
  let breakBefore = true;
  const push = (f: Field, line: string, newBlock: boolean) => {
    const list = blocks.get(f) ?? [];
    if (newBlock || list.length === 0) list.push([]);
    if (line) list[list.length - 1]!.push(line);
    blocks.set(f, list);
  };
  for (const raw of lines) {
    let line = raw.trim();
    if (/-{5,}/.test(line)) {
      dashArtefacts += 1;
      line = line.replace(/-{5,}/g, '').trim();
      if (!line) continue;
    }
    if (!line) {
      breakBefore = true;
      continue;
    }
    const label = LABELS.find((l) => l.re.test(line));
    if (label) {
      if (seen.has(label.field)) issues.push(`rubrique « ${label.field} » répétée dans la fiche`);
      seen.add(label.field);
      field = label.field;
      push(field, line.replace(label.re, '').trim(), true);
    } else if (SHORT_FIELDS.has(field) && breakBefore && /^[A-ZÀ-ÖØ-Þ«]/u.test(line)) {
      field = 'post';
      push(field, line, true);
    } else {
      push(field, line, breakBefore);
    }
    breakBefore = false;
  }
  return { blocks, seen, issues, dashArtefacts };
}

/** Paragraphs of a field; a block starting with a lower-case letter continues the previous one (PDF line spacing). */
function paragraphs(blocks: string[][] | undefined): string[] {
  const out: string[][] = [];
  for (const block of blocks ?? []) {
    if (block.length === 0) continue;
    const first = block[0]!;
    if (out.length > 0 && /^[a-zà-öø-ÿ]/u.test(first)) out[out.length - 1]!.push(...block);
    else out.push([...block]);
  }
  return out.map(joinLines).filter(Boolean);
}

function parseAccessLevel(text: string): { value: AccessLevel; notes: string[]; issues: string[] } {
  const m = /^Bac(?:\s*\+\s*(\d)(?:\s*\/\s*\+?\s*(\d))?)?$/.exec(text);
  if (!m) return { value: { text, bacPlus: null, rncpLevel: null }, notes: [], issues: [`niveau d’accès non reconnu : « ${text} »`] };
  const bacPlus = m[1] ? Number(m[1]) : 0;
  const rncp: Record<number, number> = { 0: 4, 2: 5, 3: 6, 4: 6, 5: 7, 8: 8 };
  const notes = m[2] ? [`Niveau « ${text} » : borne basse Bac +${bacPlus} retenue pour la normalisation (niveau ${rncp[bacPlus] ?? '?'}).`] : [];
  return { value: { text, bacPlus, rncpLevel: rncp[bacPlus] ?? null }, notes, issues: [] };
}

function parseCourses(paras: string[], present: boolean): { value: ContinuingCourses | Missing; issues: string[] } {
  if (!present) return { value: { missing: 'not-in-source', note: 'La fiche n’a pas de rubrique « Formation continue ».' }, issues: [] };
  const statement = sentences(paras.join(' ')).find((s) => /\brecense\b/.test(s));
  if (!statement)
    return {
      value: { missing: 'not-in-source', note: 'La rubrique « Formation continue » ne donne pas de nombre.' },
      issues: ['rubrique « Formation continue » sans nombre de formations'],
    };
  const m = /\brecense\s+(?:cependant\s+)?(?:qu[’']\s*|que\s+)?(.+?)\s+formations?\b/.exec(statement);
  const phrase = m?.[1]?.trim() ?? '';
  if (/^\d{1,3}(?:[\s\u00a0\u202f]\d{3})*$/.test(phrase)) {
    const n = Number(phrase.replace(/\D/g, ''));
    return { value: { count: n, lowerBound: n, statement }, issues: [] };
  }
  const more = /^plus de (\d{1,3}(?:[\s\u00a0\u202f]\d{3})*)$/.exec(phrase);
  if (more) return { value: { text: phrase, lowerBound: Number(more[1]!.replace(/\D/g, '')), statement }, issues: [] };
  if (phrase === 'plusieurs') {
    return {
      value: { text: phrase, lowerBound: 2, statement, note: '« plusieurs » : nombre non précisé ; borne basse conventionnelle de 2.' },
      issues: [],
    };
  }
  const word = NUMBER_WORDS[phrase];
  if (word !== undefined) return { value: { count: word, text: phrase, lowerBound: word, statement }, issues: [] };
  return {
    value: { missing: 'ambiguous', note: `Nombre de formations illisible : « ${phrase || statement} ».` },
    issues: [`nombre de formations non reconnu dans « ${statement} »`],
  };
}

// ---------------------------------------------------------------------------
// Repetition detection (copy-paste between sheets)
// ---------------------------------------------------------------------------

function bigrams(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .replace(APOSTROPHES, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const set = new Set<string>();
  for (let i = 0; i + 1 < words.length; i += 1) set.add(`${words[i]} ${words[i + 1]}`);
  return set;
}
function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const x of a) if (b.has(x)) common += 1;
  return (2 * common) / (a.size + b.size);
}

const COMPARED: Array<{ label: string; get: (r: JobSheetRow) => string[] }> = [
  { label: 'Connaissances et compétences', get: (r) => [...r.knowledge, ...r.skills] },
  { label: 'Formation initiale', get: (r) => r.initialTraining },
  { label: 'Synonymes', get: (r) => r.synonyms },
  { label: 'Perspectives d’évolution', get: (r) => r.careerMoves },
  { label: 'Environnements porteurs', get: (r) => r.growthEnvironments },
];
/** Threshold of the word-bigram Dice coefficient above which two rubriques are the same text. */
const REPEAT_THRESHOLD = 0.8;

function detectRepetitions(rows: JobSheetRow[]): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  rows.forEach((row, i) => {
    for (const field of COMPARED) {
      const mine = bigrams(field.get(row).join(' '));
      if (mine.size < 3) continue;
      for (const earlier of rows.slice(0, i)) {
        if (dice(mine, bigrams(field.get(earlier).join(' '))) >= REPEAT_THRESHOLD) {
          const list = notes.get(row.id) ?? [];
          list.push(`Répétition : rubrique « ${field.label} » identique ou quasi identique à celle de la fiche « ${earlier.title} » (détection automatique).`);
          notes.set(row.id, list);
          break;
        }
      }
    }
  });
  return notes;
}

// ---------------------------------------------------------------------------
// Document parser
// ---------------------------------------------------------------------------

interface Anchor {
  start: number;
  end: number;
}

function findOnce(text: string, source: string, what: string, from = 0): Anchor {
  const re = new RegExp(`^[ \\t]*${source}[ \\t]*$`, 'gmu');
  const hits: Anchor[] = [];
  for (const m of text.matchAll(re)) if (m.index >= from) hits.push({ start: m.index, end: m.index + m[0].length });
  if (hits.length === 0) throw new Error(`${what} introuvable dans le texte.`);
  if (hits.length > 1) throw new Error(`${what} trouvé ${hits.length} fois (lignes ${hits.map((h) => lineOf(text, h.start)).join(', ')}).`);
  return hits[0]!;
}

export interface ParsedDocument {
  rows: JobSheetRow[];
  families: JobFamilyRow[];
  /** Total number of jobs stated in words in the preamble ("Trente-cinq métiers"), if any. */
  statedTotal: number | null;
  statedFamilies: number | null;
  ligatures: number;
  dashArtefacts: number;
  lineCount: number;
}

export function parseJobSheets(raw: string, spec: ParseSpec = { families: FAMILIES, jobs: JOBS, corrections: CORRECTIONS }): ParsedDocument {
  const { text, ligatures } = repairText(raw);
  const allLines = text.split('\n');
  const lineCount = allLines.length - (allLines[allLines.length - 1] === '' ? 1 : 0);
  const familyIds = new Set(spec.families.map((f) => f.id));
  for (const job of spec.jobs) if (!familyIds.has(job.family)) throw new Error(`Métier ${job.id} : famille inconnue « ${job.family} ».`);
  const corrections = new Map<string, Correction[]>();
  for (const c of spec.corrections) {
    if (!spec.jobs.some((j) => j.id === c.job)) throw new Error(`Correction pour un métier inconnu : ${c.job}.`);
    corrections.set(c.job, [...(corrections.get(c.job) ?? []), c]);
  }

  // Family chapters, in order.
  const familyAnchors = spec.families.map((f) => ({
    family: f,
    anchor: findOnce(text, `${flexible(f.sectionLabel)}\\s*${f.sectionNumber}`, `Chapitre de la famille « ${f.sectionLabel} » (${f.sectionNumber})`),
  }));
  familyAnchors.forEach((fa, i) => {
    if (i > 0 && fa.anchor.start <= familyAnchors[i - 1]!.anchor.start) throw new Error(`Chapitre « ${fa.family.sectionLabel} » hors de l’ordre attendu.`);
  });
  const firstChapter = familyAnchors[0]?.anchor.start ?? text.length;
  const preamble = text.slice(0, firstChapter);
  const preambleKey = key(preamble);
  const chapterEnd = (i: number) => familyAnchors[i + 1]?.anchor.start ?? text.length;

  // Preamble: directory table and stated totals.
  for (const f of spec.families) {
    if (!preambleKey.includes(key(f.directoryHeading))) throw new Error(`Famille « ${f.directoryHeading} » absente du répertoire.`);
  }
  for (const j of spec.jobs) {
    if (j.directoryTitle && !preambleKey.includes(key(j.directoryTitle))) throw new Error(`Métier « ${j.directoryTitle} » absent du répertoire.`);
  }
  const totalMatch = /\b([\p{L}-]+)\s+métiers\s+ont\s+donc\s+été\s+identifiés\s+et\s+structurés\s+en\s+([\p{L}-]+)\s+familles/iu.exec(preamble);
  const statedTotal = totalMatch ? (NUMBER_WORDS[totalMatch[1]!.toLowerCase()] ?? null) : null;
  const statedFamilies = totalMatch ? (NUMBER_WORDS[totalMatch[2]!.toLowerCase()] ?? null) : null;

  // Sheets.
  interface Located {
    job: JobSpec;
    heading: Anchor;
    bodyStart: number;
    bodyEnd: number;
  }
  const located = new Map<string, Located>();
  familyAnchors.forEach((fa, fi) => {
    const jobs = spec.jobs.filter((j) => j.family === fa.family.id && j.heading);
    const headings = jobs.map((job) => {
      const anchor = findOnce(text, flexible(job.heading!), `Titre de fiche « ${job.heading} »`);
      if (anchor.start < fa.anchor.end || anchor.start >= chapterEnd(fi)) {
        throw new Error(`Fiche « ${job.heading} » hors du chapitre « ${fa.family.sectionLabel} » (ligne ${lineOf(text, anchor.start)}).`);
      }
      return { job, anchor };
    });
    headings.forEach((h, i) => {
      if (i > 0 && h.anchor.start <= headings[i - 1]!.anchor.start) throw new Error(`Fiche « ${h.job.heading} » hors de l’ordre attendu.`);
      const next = headings[i + 1]?.anchor.start ?? chapterEnd(fi);
      if (h.job.headingAfterBody) {
        const prevEnd = headings[i - 1]?.anchor.end ?? fa.anchor.end;
        const zone = text.slice(prevEnd, h.anchor.start);
        const niveau = zone.search(/^[ \t]*Niveau minimum d[’']accès/m);
        if (niveau < 0) throw new Error(`Fiche « ${h.job.heading} » (titre après le contenu) : « Niveau minimum d’accès » introuvable avant le titre.`);
        if (text.slice(h.anchor.end, next).trim()) throw new Error(`Fiche « ${h.job.heading} » : texte inattendu après le titre.`);
        located.set(h.job.id, { job: h.job, heading: h.anchor, bodyStart: prevEnd + niveau, bodyEnd: h.anchor.start });
      } else {
        located.set(h.job.id, { job: h.job, heading: h.anchor, bodyStart: h.anchor.end, bodyEnd: next });
      }
    });
  });

  const familyOf = new Map(spec.families.map((f) => [f.id, f]));
  let dashArtefacts = 0;
  const rows: JobSheetRow[] = spec.jobs.map((job, index) => {
    const family = familyOf.get(job.family)!;
    const fixes = corrections.get(job.id) ?? [];
    const notes: string[] = [];
    const base = {
      id: job.id,
      order: index + 1,
      title: job.title,
      family: family.id,
      familyLabel: family.label,
    };
    const loc = located.get(job.id);
    if (!loc) {
      // Every rubrique the schema knows: a job cited without a sheet lacks them all.
      const all: SheetSection[] = [...SheetSectionSchema.options];
      notes.push('Métier cité sans fiche : seules la famille et l’intitulé sont connus.');
      for (const c of fixes) notes.push(c.reason);
      return {
        ...base,
        hasSheet: false,
        sheetHeading: null,
        directoryTitle: job.directoryTitle,
        introLabel: job.introLabel,
        lines: null,
        description: [],
        accessLevel: { missing: 'not-in-source', note: 'Métier sans fiche.' },
        initialTraining: [],
        initialTrainingLinks: [],
        continuingTraining: [],
        continuingCourses: { missing: 'not-in-source', note: 'Métier sans fiche.' },
        knowledge: [],
        skills: [],
        synonyms: [],
        careerMoves: [],
        status: [],
        growthEnvironments: [],
        absentSections: all,
        notes,
        confidence: 'certain' as Confidence,
      } satisfies JobSheetRow;
    }

    const bodyLines = text.slice(loc.bodyStart, loc.bodyEnd).split('\n');
    const body = readBody(bodyLines);
    dashArtefacts += body.dashArtefacts;
    const issues = [...body.issues];
    const get = (f: Field) => paragraphs(body.blocks.get(f));

    const stripFrom = (field: Correction['field'], paras: string[]): string[] => {
      let out = paras;
      for (const c of fixes.filter((x) => x.kind === 'strip' && x.field === field)) {
        const joined = out.join('\n');
        if (!c.text || !joined.includes(c.text)) throw new Error(`Correction « strip » sans effet pour ${job.id} : « ${c.text} » introuvable dans ${field}.`);
        out = out
          .map((p) =>
            p
              .split(c.text!)
              .join(' ')
              .replace(/\s+/g, ' ')
              .replace(/\s+([.,;])/g, '$1')
              .trim(),
          )
          .filter(Boolean);
        notes.push(`Retiré de la rubrique ${field} : « ${c.text} » (${c.reason}).`);
      }
      return out;
    };

    // Description: before the first rubrique, or printed after the last one.
    const description = stripFrom('description', [...get('pre'), ...get('post')]);
    if (job.headingAfterBody) notes.push('Mise en page : le titre de la fiche est imprimé après son contenu.');

    // Access level.
    let accessLevel: AccessLevel | Missing = { missing: 'not-in-source', note: 'La fiche n’indique pas de niveau minimum d’accès.' };
    if (body.seen.has('accessLevel')) {
      const parsed = parseAccessLevel(joinLines(body.blocks.get('accessLevel')?.flat() ?? []));
      accessLevel = parsed.value;
      notes.push(...parsed.notes);
      issues.push(...parsed.issues);
    } else {
      issues.push('pas de « Niveau minimum d’accès »');
    }

    // Initial training and its links.
    const initialTraining: string[] = [];
    const initialTrainingLinks: string[] = [];
    for (const p of stripFrom('initialTraining', get('initialTraining'))) {
      const link = /^Une liste non exhaustive figure sur le site internet (?:suivant|ci-après)\s*:\s*(\S.*)$/.exec(p);
      if (link) initialTrainingLinks.push(link[1]!);
      else initialTraining.push(p);
    }

    // Continuing training.
    const continuingTraining = stripFrom('continuingTraining', get('continuingTraining'));
    const courses = parseCourses(continuingTraining, body.seen.has('continuingTraining'));
    issues.push(...courses.issues);

    // Knowledge and skills: "Connaissance…" sentences, then the rest.
    const kSentences = sentences(joinLines(body.blocks.get('knowledge')?.flat() ?? []));
    const firstSkill = kSentences.findIndex((s) => !/^(?:Bonne\s+)?Connaissances?\b/i.test(s));
    const knowledge = firstSkill < 0 ? kSentences : kSentences.slice(0, firstSkill);
    const skills = firstSkill < 0 ? [] : kSentences.slice(firstSkill);

    const listField = (f: 'synonyms' | 'careerMoves' | 'status', separators: RegExp): string[] => {
      const override = fixes.find((c) => c.kind === 'items' && c.field === f);
      if (override?.items) {
        notes.push(`Rubrique ${f} saisie à la main : ${override.reason}.`);
        return override.items;
      }
      return splitItems(joinLines(body.blocks.get(f)?.flat() ?? []), separators);
    };
    const synonyms = listField('synonyms', /[;,]/);
    const careerMoves = listField('careerMoves', /[;,]/);
    const status = listField('status', /;/);
    const growthEnvironments = get('growthEnvironments');

    const present: Record<SheetSection, boolean> = {
      description: description.length > 0,
      accessLevel: body.seen.has('accessLevel'),
      initialTraining: initialTraining.length + initialTrainingLinks.length > 0,
      continuingTraining: continuingTraining.length > 0,
      knowledge: knowledge.length > 0,
      skills: skills.length > 0,
      synonyms: synonyms.length > 0,
      careerMoves: careerMoves.length > 0,
      status: status.length > 0,
      growthEnvironments: growthEnvironments.length > 0,
    };
    const absentSections = (Object.keys(present) as SheetSection[]).filter((s) => !present[s]);

    for (const c of fixes.filter((x) => x.kind === 'note')) notes.push(c.reason);
    for (const issue of issues) notes.push(`Anomalie de structure : ${issue}.`);
    const confidence: Confidence = issues.length > 0 || fixes.some((c) => c.slip) ? 'ambiguous' : 'certain';

    const startLine = lineOf(text, Math.min(loc.heading.start, loc.bodyStart));
    let endIndex = Math.max(loc.heading.end, loc.bodyEnd);
    while (endIndex > 0 && /\s/.test(text[endIndex - 1]!)) endIndex -= 1;
    return {
      ...base,
      hasSheet: true,
      sheetHeading: clean(text.slice(loc.heading.start, loc.heading.end)),
      directoryTitle: job.directoryTitle,
      introLabel: job.introLabel,
      lines: `${startLine}-${lineOf(text, endIndex)}`,
      description,
      accessLevel,
      initialTraining,
      initialTrainingLinks,
      continuingTraining,
      continuingCourses: courses.value,
      knowledge,
      skills,
      synonyms,
      careerMoves,
      status,
      growthEnvironments,
      absentSections,
      notes,
      confidence,
    } satisfies JobSheetRow;
  });

  // Copy-paste between sheets: notes, and "read" (the sheet's text is taken as the layout gives it) when nothing worse is known.
  const repeats = detectRepetitions(rows.filter((r) => r.hasSheet));
  for (const row of rows) {
    const extra = repeats.get(row.id);
    if (!extra) continue;
    row.notes.push(...extra);
    if (row.confidence === 'certain') row.confidence = 'read';
  }

  // Families.
  const families: JobFamilyRow[] = familyAnchors.map((fa, fi) => {
    const f = fa.family;
    const members = rows.filter((r) => r.family === f.id);
    const firstSheet = Math.min(
      chapterEnd(fi),
      ...members
        .map((r) => located.get(r.id))
        .filter((l): l is Located => !!l)
        .map((l) => Math.min(l.heading.start, l.bodyStart)),
    );
    const intro = text.slice(fa.anchor.end, firstSheet);
    const introList = [...intro.matchAll(/^[ \t]*�[ \t]+(.+?)[ \t]*$/gm)].map((m) => clean(m[1]!));
    const introKeys = introList.map(key);
    const umbrella = f.umbrellaBullets ?? [];
    const notes: string[] = [];
    for (const bullet of introKeys) {
      if (umbrella.some((u) => key(u.bullet) === bullet)) continue;
      if (!members.some((r) => r.introLabel && key(r.introLabel) === bullet)) {
        throw new Error(`Famille « ${f.sectionLabel} » : la puce « ${bullet} » ne correspond à aucun métier de JOBS.`);
      }
    }
    for (const r of members) {
      if (r.introLabel && !introKeys.includes(key(r.introLabel)))
        throw new Error(`Métier « ${r.introLabel} » absent de l’introduction de « ${f.sectionLabel} ».`);
    }
    for (const u of umbrella) notes.push(`Puce « ${u.bullet} » non comptée comme métier : ${u.reason}.`);
    const stated = /\b(un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+métiers\b/i.exec(joinLines(intro.split('\n')));
    const statedCount = stated ? NUMBER_WORDS[stated[1]!.toLowerCase()]! : null;
    const namedJobs = introList.length - umbrella.length;
    if (statedCount !== null && statedCount !== members.length) {
      notes.push(
        `L’introduction annonce « ${stated![0]} » ; ${namedJobs > 0 ? `elle en énumère ${namedJobs}` : 'elle n’en énumère aucun'} et la famille compte ${members.length} métiers dans ce jeu de données.`,
      );
    }
    if (statedCount === null)
      notes.push(`L’introduction n’annonce pas de nombre de métiers${introList.length ? ` ; elle en énumère ${namedJobs}` : ' ni de liste'}.`);
    const withSheet = members.filter((r) => r.hasSheet).length;
    const without = members.filter((r) => !r.hasSheet);
    // Which jobs have no sheet is in `jobsWithoutSheet` and on each job (the « Sans fiche » badge, translated): no French note repeats it.
    let endIndex = chapterEnd(fi);
    while (endIndex > 0 && /\s/.test(text[endIndex - 1]!)) endIndex -= 1;
    const confidence: Confidence = statedCount !== null && statedCount === members.length && !umbrella.length ? 'certain' : 'read';
    return {
      id: f.id,
      order: fi + 1,
      label: f.label,
      sectionLabel: f.sectionLabel,
      jobCount: members.length,
      jobsWithSheet: withSheet,
      jobsWithoutSheet: without.length,
      jobIds: members.map((r) => r.id),
      statedCount: statedCount ?? { missing: 'not-in-source', note: 'L’introduction du chapitre ne donne pas de nombre.' },
      introList,
      lines: `${lineOf(text, fa.anchor.start)}-${lineOf(text, endIndex)}`,
      notes,
      confidence,
    } satisfies JobFamilyRow;
  });

  return { rows, families, statedTotal, statedFamilies, ligatures, dashArtefacts, lineCount };
}

// ---------------------------------------------------------------------------
// Article parser (000: markdown blog post)
// ---------------------------------------------------------------------------

function slugify(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .replace(/-(et|de|la|le|les|des|du)-/g, '-');
}

const stripMd = (s: string) =>
  s
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

export interface ParsedArticle {
  rows: ArticleSkillsDomainRow[];
  front: Record<string, string>;
  lines: string;
}

export function parseArticle(raw: string): ParsedArticle {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const front: Record<string, string> = {};
  let i = 0;
  if (lines[0]?.trim() === '---') {
    for (i = 1; i < lines.length && lines[i]!.trim() !== '---'; i += 1) {
      const m = /^(\w+):\s*'?(.*?)'?\s*$/.exec(lines[i]!);
      if (m) front[m[1]!] = m[2]!;
    }
    i += 1;
  }
  interface Section {
    heading: string;
    start: number;
    end: number;
  }
  const sections: Section[] = [];
  for (let n = i; n < lines.length; n += 1) {
    const m = /^##\s+(.+)$/.exec(lines[n]!);
    if (m) {
      if (sections.length) sections[sections.length - 1]!.end = n - 1;
      sections.push({ heading: m[1]!.trim(), start: n, end: lines.length - 1 });
    } else if (/^---\s*$/.test(lines[n]!) && sections.length) {
      sections[sections.length - 1]!.end = Math.min(sections[sections.length - 1]!.end, n - 1);
    }
  }
  const domains = sections.filter((s) => s.heading !== 'Conclusion');
  if (domains.length === 0) throw new Error('Article : aucune section « ## » trouvée.');

  const rows = domains.map((s, k) => {
    let end = s.end;
    while (end > s.start && !lines[end]!.trim()) end -= 1;
    const body = lines.slice(s.start + 1, end + 1);
    const skills: Array<{ name: string; examples: string }> = [];
    const introLines: string[] = [];
    const claims: ArticleClaim[] = [];
    let context = 'introduction';
    let para: string[] = [];
    const flush = () => {
      const t = stripMd(para.join(' '));
      para = [];
      if (!t) return;
      if (context === 'introduction') {
        introLines.push(t);
        return;
      }
      claims.push({ text: t, context, figure: figureOf(t) });
    };
    for (const line of body) {
      const bullet = /^-\s+\*\*(.+?)\*\*\s*:\s*(.+)$/.exec(line);
      const sub = /^###\s+(.+)$/.exec(line);
      if (bullet) {
        flush();
        skills.push({ name: bullet[1]!.trim(), examples: bullet[2]!.trim() });
      } else if (sub) {
        flush();
        context = sub[1]!.trim();
      } else if (!line.trim()) flush();
      else para.push(line);
    }
    flush();
    // Introduction: its statements are claims; a closing "… incluent :" sentence only introduces the list.
    const introSentences = sentences(introLines.join(' '));
    const last = introSentences[introSentences.length - 1];
    if (introSentences.length > 1 && last?.endsWith(':')) introSentences.pop();
    const introClaims = introSentences.map((t) => t.replace(/\s*:$/, ''));
    const allClaims: ArticleClaim[] = [...introClaims.map((t) => ({ text: t, context: 'introduction', figure: figureOf(t) })), ...claims];
    const hasFigure = allClaims.some((c) => c.figure);
    return {
      id: slugify(s.heading),
      order: k + 1,
      label: s.heading,
      skills,
      claims: allClaims,
      lines: `${s.start + 1}-${end + 1}`,
      confidence: 'certain' as Confidence,
      note: hasFigure
        ? 'Chiffre cité sans source, périmètre (monde, France ?) ni année de base : à présenter comme une affirmation de l’article.'
        : 'Affirmations qualitatives, sans chiffre ni source.',
    } satisfies ArticleSkillsDomainRow;
  });
  const first = rows[0]!;
  const lastRow = rows[rows.length - 1]!;
  return { rows, front, lines: `${first.lines.split('-')[0]}-${lastRow.lines.split('-')[1]}` };
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
function frenchDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])}${m[3] === '01' ? 'er' : ''} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

function figureOf(text: string): ArticleClaim['figure'] {
  const m = /(\d+(?:[.,]\d+)?)\s*%(\s+par\s+an)?(?:\s+jusqu[’']en\s+(\d{4}))?/.exec(text);
  if (!m) return null;
  return {
    value: Number(m[1]!.replace(',', '.')),
    unit: m[2] ? '% par an' : '%',
    horizon: m[3] ?? null,
    text: m[0].trim(),
  };
}

// ---------------------------------------------------------------------------
// Dataset files
// ---------------------------------------------------------------------------

const SHEETS_SOURCE = {
  publisher: 'Réseau des Carif-Oref',
  dataset: 'Les fiches métiers : formation, compétences et emploi',
  year: 'non daté (postérieur à 2016)',
  citation: 'Source : Réseau des Carif-Oref, Les fiches métiers : formation, compétences et emploi',
};

function weakest(levels: Array<Confidence | undefined>): Confidence {
  if (levels.includes('ambiguous')) return 'ambiguous';
  if (levels.includes('read')) return 'read';
  if (levels.includes('proved')) return 'proved';
  return 'certain';
}

export interface BuiltFiles {
  'job-sheets': DatasetMeta & { rows: JobSheetRow[] };
  'job-families': DatasetMeta & { rows: JobFamilyRow[] };
  'article-skills-domains': DatasetMeta & { rows: ArticleSkillsDomainRow[] };
}

export function buildDatasets(sheetsText: string, sheetsFile: string, articleText: string, articleFile: string): BuiltFiles {
  const spec: ParseSpec = { families: FAMILIES, jobs: JOBS, corrections: CORRECTIONS };
  const doc = parseJobSheets(sheetsText, spec);
  const article = parseArticle(articleText);
  const total = doc.rows.length;
  const withSheet = doc.rows.filter((r) => r.hasSheet).length;
  const noSheet = doc.rows.filter((r) => !r.hasSheet).map((r) => r.title);
  const slips = doc.rows.filter((r) => r.confidence === 'ambiguous').map((r) => r.title);
  const familySum = doc.families.reduce((s, f) => s + f.jobCount, 0);
  if (doc.statedTotal !== null && doc.statedTotal !== total)
    throw new Error(`Le document annonce ${doc.statedTotal} métiers, le jeu de données en compte ${total}.`);
  if (doc.statedFamilies !== null && doc.statedFamilies !== doc.families.length)
    throw new Error(`Le document annonce ${doc.statedFamilies} familles, le jeu de données en compte ${doc.families.length}.`);
  if (familySum !== total) throw new Error(`La somme des familles (${familySum}) diffère du nombre de métiers (${total}).`);

  const ligatureNote =
    doc.ligatures > 0
      ? `Ligatures cassées de la conversion PDF réparées (${doc.ligatures} occurrences, ex. « o� res » → « offres », « � n » → « fin »).`
      : 'Ligatures : le script répare les ligatures cassées de la conversion PDF (« o� res » → « offres », « � n » → « fin ») ; aucune n’a été trouvée dans ce texte (0 occurrence) — les caractères « � » y sont des puces, retirées.';

  const commonNotes = [
    `Répertoire des métiers « cœur du numérique » : ${total} métiers en ${doc.families.length} familles, comme l’annonce le document (« Trente-cinq métiers […] structurés en neuf familles ») ; ${withSheet} ont une fiche, ${total - withSheet} sont seulement cités (hasSheet: false) : ${noSheet.join(', ')}.`,
    'Reconstitution des 35 : le tableau « Répertoire des métiers » compte 29 lignes, dont une regroupe trois fiches (« Développeur (multimédia, web, web mobile) ») ; les introductions de chapitre citent 4 métiers de plus, sans fiche. 29 + 2 + 4 = 35.',
    'Document non daté ; il cite « Schlechter et al., 2016 », l’ESN et le compte personnel de formation : il est postérieur à 2016. Les nombres de formations continues sont ceux que « le réseau des Carif-Oref recense » à cette date sur l’ensemble du territoire français (portail interrégional), pas des chiffres normands ni actuels.',
    'Le document indique que les fiches ont été rédigées par un groupe de travail (projet VPPEC) à partir des fiches du Carif-Oref Pays de la Loire, de l’OPIIEC, de l’APEC, de l’ONISEP, des Talents du numérique et du ROME ; l’attribution au réseau des Carif-Oref suit la ligne de source retenue par le projet.',
    ligatureNote,
    `Texte reconstitué : lignes d’un même paragraphe recollées, césures supprimées (${SOFT_HYPHENS.map(([a, b]) => `${a}-${b}`).join(', ')}), autres traits d’union de fin de ligne conservés (e-marketing, avant-vente, adresses web), ${doc.dashArtefacts} ligne(s) de tirets retirée(s), puces « � » retirées, ${spec.corrections.filter((c) => c.kind === 'strip').length} fragments égarés retirés (signalés dans les notes des fiches concernées). Aucune reformulation : le contenu est conservé tel qu’écrit, coquilles comprises.`,
  ];

  const sheets: BuiltFiles['job-sheets'] = {
    id: 'job-sheets',
    title: 'Fiches métiers du cœur du numérique : accès, formation, compétences et évolutions',
    title_en: 'Core digital occupations: access level, training, skills and career moves',
    unit: 'métiers',
    period: 'non daté (document postérieur à 2016)',
    source: SHEETS_SOURCE,
    seed: {
      document: sheetsFile,
      title: 'Les fiches métiers : formation, compétences et emploi',
      section: 'Répertoire des métiers « cœur du numérique » et fiches métiers',
      lines: `1-${doc.lineCount}`,
    },
    authority: 'primary',
    confidence: weakest(doc.rows.map((r) => r.confidence)),
    notes: [
      ...commonNotes,
      'Niveau d’accès : texte tel qu’écrit (« Bac +2 ») ; bacPlus = années après le bac (borne basse pour « Bac +4/5 ») ; rncpLevel = niveau de la nomenclature nationale 2019 (Bac = 4, Bac +2 = 5, Bac +3 et +4 = 6, Bac +5 = 7).',
      'Formations continues : count quand le texte donne un nombre exact (chiffres ou « deux », « une seule ») ; « plus de 1 000 » garde son texte avec lowerBound 1000 ; « plusieurs » garde son texte avec lowerBound 2 ; fiche sans rubrique « Formation continue » : {"missing":"not-in-source"}.',
      'Connaissances / compétences : phrases telles qu’écrites ; les phrases commençant par « Connaissance(s) » vont dans knowledge, les suivantes (« Maîtrise … », savoir-être) dans skills. Synonymes et perspectives : découpés sur « ; » et « , » ; statut : sur « ; ».',
      'Mise en page : les descriptions des fiches des familles infrastructures, maintenance, expertise et direction sont imprimées après les rubriques, les connaissances des fiches Data analyst et Data scientist avant le niveau d’accès, le titre de la fiche maintenance après son contenu ; chaque élément est rattaché à sa fiche.',
      `Copier-coller de la source : les rubriques répétées d’une fiche à l’autre sont signalées dans notes (détection automatique, seuil ${REPEAT_THRESHOLD} de similarité des bigrammes) ; les cas manifestes (${slips.join(', ')}) ont confidence « ambiguous ». Rien n’est corrigé en silence.`,
    ],
    rows: doc.rows,
  };

  const families: BuiltFiles['job-families'] = {
    id: 'job-families',
    title: 'Familles de métiers du cœur du numérique et nombre de métiers',
    title_en: 'Families of core digital occupations and number of jobs',
    unit: 'métiers',
    period: 'non daté (document postérieur à 2016)',
    source: SHEETS_SOURCE,
    seed: {
      document: sheetsFile,
      title: 'Les fiches métiers : formation, compétences et emploi',
      section: 'Répertoire des métiers « cœur du numérique » et introductions des 9 chapitres',
      lines: `1-${doc.lineCount}`,
    },
    authority: 'primary',
    confidence: weakest(doc.families.map((f) => f.confidence)),
    notes: [
      `${doc.families.length} familles, ${familySum} métiers au total (somme des jobCount = nombre de lignes de job-sheets).`,
      'label : libellé du tableau « Répertoire des métiers » (imprimé en capitales sans accents ; accents rétablis) ; sectionLabel : titre du chapitre dans le corps du document (deux familles ont un titre de chapitre différent).',
      'statedCount : nombre annoncé en toutes lettres par l’introduction du chapitre ; il diffère parfois du nombre de métiers retenus (voir notes de la famille).',
      ...commonNotes.slice(1, 4),
    ],
    rows: doc.families,
  };

  const articleRows = article.rows;
  const articleOut: BuiltFiles['article-skills-domains'] = {
    id: 'article-skills-domains',
    title: 'Compétences numériques les plus recherchées en 2024, selon un article de blog',
    title_en: 'Most sought digital skills in 2024, according to a blog article',
    unit: 'domaines de compétences',
    period: '2024',
    source: {
      publisher: 'Global Work Hub (blog)',
      dataset: article.front.title ?? 'Les Compétences les Plus Recherchées en 2024 dans le Digital',
      year: (article.front.date ?? '2026').slice(0, 4),
      citation: `Source : Global Work Hub, « ${article.front.title ?? 'Les Compétences les Plus Recherchées en 2024 dans le Digital'} », article de blog${article.front.date ? ` du ${frenchDate(article.front.date)}` : ''} (sans sources citées)`,
    },
    seed: {
      document: articleFile,
      title: article.front.title ?? 'Les Compétences les Plus Recherchées en 2024 dans le Digital',
      section: 'Sections « ## » de l’article (hors conclusion)',
      lines: article.lines,
    },
    authority: 'context',
    confidence: weakest(articleRows.map((r) => r.confidence)),
    notes: [
      'Article de blog d’un cabinet de recrutement (appel à contacter « Global Work Hub » en fin d’article), publié en 2026 sur les compétences de 2024 : aucune source n’est citée. Autorité « context » : à présenter comme un éclairage, jamais au même rang que l’étude du Carif-Oref, et sans portée normande.',
      'L’éditeur est déduit du pied de l’article ; l’auteur n’est pas nommé.',
      'Une ligne par domaine (titre « ## ») ; la conclusion (se former, diversifier, comprendre le métier) n’est pas un domaine et n’est pas reprise.',
      "Chiffres conservés tels qu’écrits avec la phrase qui les porte : seul chiffre de l’article, « Le marché de la cybersécurité devrait croître de 12% par an jusqu'en 2027 » (sans source, ni périmètre géographique, ni année de base).",
      'skills : puces « **Nom** : exemples » de chaque domaine ; claims : phrases d’introduction (le « : » qui annonce la liste est retiré, la phrase « Les compétences recherchées incluent : » n’est pas une affirmation) et paragraphe du sous-titre « ### », mise en forme markdown retirée.',
    ],
    rows: articleRows,
  };

  // Validate before anything is written.
  const check = <T>(id: keyof BuiltFiles, value: T) => {
    const result = v.safeParse(jobsDatasets[id].schema, value);
    if (!result.success) {
      const lines = result.issues.map((issue) => `  ${v.getDotPath(issue) ?? '(racine)'} : ${issue.message}`);
      throw new Error(`${id} ne respecte pas son schéma :\n${lines.join('\n')}`);
    }
  };
  check('job-sheets', sheets);
  check('job-families', families);
  check('article-skills-domains', articleOut);
  return { 'job-sheets': sheets, 'job-families': families, 'article-skills-domains': articleOut };
}

/** Serialisation of a dataset file: 2-space indent, trailing newline, key order of construction. */
export function serialise(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_SHEETS_SEED = resolve(REPO_ROOT, '../shared/seeds/002_74e83368e7ce9f62.txt');
export const DEFAULT_ARTICLE_SEED = resolve(REPO_ROOT, '../shared/seeds/000_43a1b2686828ff43.txt');

/** Reads the seeds and returns file contents keyed by path under `data/`. */
export function renderFiles(sheetsPath = DEFAULT_SHEETS_SEED, articlePath = DEFAULT_ARTICLE_SEED): Record<string, string> {
  const built = buildDatasets(readFileSync(sheetsPath, 'utf8'), basename(sheetsPath), readFileSync(articlePath, 'utf8'), basename(articlePath));
  const out: Record<string, string> = {};
  for (const id of Object.keys(built) as Array<keyof BuiltFiles>) out[jobsDatasets[id].file] = serialise(built[id]);
  return out;
}

function main(): void {
  const [sheetsArg, articleArg] = process.argv.slice(2);
  const files = renderFiles(sheetsArg ? resolve(sheetsArg) : DEFAULT_SHEETS_SEED, articleArg ? resolve(articleArg) : DEFAULT_ARTICLE_SEED);
  for (const [file, content] of Object.entries(files)) {
    const target = join(REPO_ROOT, 'data', file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    console.log(`écrit data/${file}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();

/**
 * The job sheets' BMO occupations and the study's RNCP certifications that
 * train for them (issue #14 item 5), with the reasoning of each pairing.
 * Nothing in the sources pairs them (no ROME or FAP code in the sheets, no
 * job named in the RNCP table): every pairing is an editorial reading of the
 * titles, marked `editorial`. The BMO codes are those the occupation search
 * already uses (JOB_OCCUPATIONS in scripts/data-synonyms.ts): one pairing,
 * here with its reasons. Writes data/jobs/sheet-bmo-mapping.json.
 *
 *   npx tsx scripts/data-sheet-mapping.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as v from 'valibot';
import { datasets } from '../src/data/registry';
import { JOB_OCCUPATIONS } from './data-synonyms';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'data/jobs/sheet-bmo-mapping.json');

type Fit = 'proche' | 'approchant';

/** Per sheet: how close its first BMO occupation is, why, and which certifications of the study train for it and why. */
export const SHEET_PAIRINGS: Record<string, { fit: Fit; why: string; certifications: readonly string[]; certificationsWhy: string }> = {
  'developpeur-multimedia': {
    fit: 'proche',
    why: "Le développement d'applications est le cœur des « techniciens d'étude et de développement en informatique » (M1X80) et, au niveau ingénieur, de M2X90.",
    certifications: ['titre-professionnel-developpeur-web-et-web-mobile', 'developpeur-informatique'],
    certificationsWhy: 'Titres de développeur cités par l’étude ; aucun n’est propre au multimédia.',
  },
  'developpeur-web': {
    fit: 'proche',
    why: 'Développeur : technicien (M1X80) ou ingénieur (M2X90) d’étude et de développement en informatique.',
    certifications: ['titre-professionnel-developpeur-web-et-web-mobile', 'developpeur-informatique', 'bachelor-developpement-informatique', 'bts-sio'],
    certificationsWhy: 'Le titre professionnel nomme le métier ; les autres forment au développement (le BTS SIO par son option développement, SLAM).',
  },
  'developpeur-web-mobile': {
    fit: 'proche',
    why: 'Comme le développeur web : M1X80, puis M2X90 au niveau ingénieur.',
    certifications: ['titre-professionnel-developpeur-web-et-web-mobile', 'developpeur-informatique'],
    certificationsWhy: 'Le titre professionnel « Développeur web et web mobile » nomme le métier.',
  },
  'ingenieur-etudes-developpement': {
    fit: 'proche',
    why: 'M2X90 est l’intitulé BMO du métier : « ingénieurs et cadres d’étude, recherche et développement en informatique ».',
    certifications: [
      'ingenieur-en-informatique',
      'concepteur-developpeur-de-solutions-informatiques',
      'titre-professionnel-concepteur-developpeur-d-applications',
      'bachelor-concepteur-developpeur-d-applications-alternance',
      'master-informatique-iwocs',
      'master-informatique-asi',
    ],
    certificationsWhy: 'Diplôme d’ingénieur en informatique, titres de concepteur développeur et masters d’informatique généralistes.',
  },
  'architecte-logiciel': {
    fit: 'proche',
    why: 'Ingénieur de conception logicielle : M2X90.',
    certifications: ['ingenieur-en-informatique', 'master-informatique-iwocs'],
    certificationsWhy: 'Formations de niveau 7 en génie logiciel ; le métier s’exerce en général après une première expérience.',
  },
  'administrateur-base-de-donnees': {
    fit: 'proche',
    why: 'L’administration de bases relève de la production et de l’exploitation informatique : cadres (M2X92) ou techniciens (M1X81).',
    certifications: ['bts-sio'],
    certificationsWhy: 'Le BTS SIO forme à l’administration des systèmes et des données ; aucune formation de l’étude ne nomme le métier.',
  },
  'data-analyst': {
    fit: 'approchant',
    why: 'Pas d’intitulé BMO « data » : M2X90 (cadres d’étude en informatique) est le plus proche ; L5X93 (chargés d’études socio-économiques) quand l’analyse porte sur des données économiques.',
    certifications: [
      'but-science-des-donnees',
      'master-science-des-donnees-sciences-des-donnees',
      'master-science-des-donnees-msin',
      'master-expert-en-sciences-des-donnees',
    ],
    certificationsWhy: 'Le BUT Science des données et les masters de science des données.',
  },
  'data-scientist': {
    fit: 'proche',
    why: 'Métier d’étude et de R&D en informatique : M2X90, l’un des deux métiers data et IA de l’étude.',
    certifications: [
      'master-science-des-donnees-sciences-des-donnees',
      'master-science-des-donnees-msin',
      'master-science-des-donnees-sime',
      'master-expert-en-sciences-des-donnees',
      'master-informatique-ia-sciences-des-donnees-sante',
      'master-informatique-ia-facteurs-humains',
      'master-informatique-asi',
      'ingenieur-en-sciences-du-numerique-data-science-ia',
      'bachelor-grade-licence-intelligence-artificielle',
    ],
    certificationsWhy: 'Masters de science des données et d’intelligence artificielle, ingénieur data science et IA, bachelor IA.',
  },
  'web-designer': {
    fit: 'approchant',
    why: 'Création graphique de sites : graphistes et créateurs de supports visuels (U1X82), avec une part d’intégration (M1X80).',
    certifications: [],
    certificationsWhy: 'pas de correspondance : l’étude ne cite aucune formation au design.',
  },
  'designer-experience-interface': {
    fit: 'approchant',
    why: 'Conception d’interfaces : U1X82 pour la création visuelle, M2X90 pour la conception de produits numériques.',
    certifications: [],
    certificationsWhy: 'pas de correspondance : l’étude ne cite aucune formation au design d’interface.',
  },
  'directeur-artistique': {
    fit: 'approchant',
    why: 'Encadrement de la création : cadres de la communication (U0X90), graphistes (U1X82).',
    certifications: [],
    certificationsWhy: 'pas de correspondance : hors du champ des formations data et IA de l’étude.',
  },
  ergonome: {
    fit: 'approchant',
    why: 'Aucun intitulé BMO pour l’ergonomie du numérique ; rattaché aux cadres d’étude en informatique (M2X90), faute de mieux.',
    certifications: ['master-informatique-ia-facteurs-humains'],
    certificationsWhy: 'Le master « IA et facteurs humains » est le seul de l’étude à traiter du facteur humain.',
  },
  'community-media-manager': {
    fit: 'proche',
    why: 'Métier de la communication : cadres (U0X90) ou assistants (U0X80) de la communication.',
    certifications: [],
    certificationsWhy: 'pas de correspondance : hors du champ des formations data et IA de l’étude.',
  },
  'marketeur-digital': {
    fit: 'proche',
    why: 'Cadres de la mercatique (R4X90), professions intermédiaires du marketing (R3X83).',
    certifications: [],
    certificationsWhy: 'pas de correspondance : hors du champ des formations data et IA de l’étude.',
  },
  'charge-referencement': {
    fit: 'approchant',
    why: 'Professions intermédiaires du marketing (R3X83) ; le BMO n’a pas d’intitulé du référencement.',
    certifications: [],
    certificationsWhy: 'pas de correspondance : hors du champ des formations data et IA de l’étude.',
  },
  'analyste-trafic': {
    fit: 'approchant',
    why: 'Analyse d’audience au service du marketing : R3X83, R4X90 au niveau cadre.',
    certifications: [],
    certificationsWhy: 'pas de correspondance : l’étude ne cite aucune formation à l’analyse d’audience.',
  },
  'charge-clientele': {
    fit: 'proche',
    why: 'Relation commerciale : professions intermédiaires des services commerciaux (R3X83), employés des services commerciaux (R1X68).',
    certifications: [],
    certificationsWhy: 'pas de correspondance : hors du champ des formations data et IA de l’étude.',
  },
  'ingenieur-affaires': {
    fit: 'proche',
    why: 'Vente de solutions techniques : technico-commerciaux (R4X91), cadres commerciaux (R4X90).',
    certifications: [],
    certificationsWhy: 'pas de correspondance : hors du champ des formations data et IA de l’étude.',
  },
  'ingenieur-avant-vente': {
    fit: 'proche',
    why: 'Appui technique à la vente : technico-commerciaux (R4X91).',
    certifications: [],
    certificationsWhy: 'pas de correspondance : hors du champ des formations data et IA de l’étude.',
  },
  'ingenieur-commercial': {
    fit: 'proche',
    why: 'Technico-commerciaux (R4X91), cadres commerciaux (R4X90).',
    certifications: [],
    certificationsWhy: 'pas de correspondance : hors du champ des formations data et IA de l’étude.',
  },
  'technicien-reseaux-cloud': {
    fit: 'proche',
    why: 'Installation et exploitation : techniciens de production, d’exploitation et d’installation en informatique (M1X81).',
    certifications: ['bts-ciel-option-a', 'bts-sio', 'bac-pro-ciel'],
    certificationsWhy: 'BTS CIEL option « Informatique et réseaux », BTS SIO (option infrastructures, SISR), bac pro CIEL.',
  },
  'ingenieur-reseaux-cloud': {
    fit: 'proche',
    why: 'Cadres de la production et de l’exploitation informatique et télécom (M2X92), ingénieurs d’étude (M2X90) pour la conception.',
    certifications: ['ingenieur-en-informatique'],
    certificationsWhy: 'Seul diplôme d’ingénieur généraliste en informatique de l’étude ; aucune formation ne nomme les réseaux au niveau 7.',
  },
  'architecte-reseaux-cloud': {
    fit: 'proche',
    why: 'Conception d’infrastructures : ingénieurs d’étude (M2X90), experts en systèmes d’information (M2X93).',
    certifications: ['ingenieur-en-informatique'],
    certificationsWhy: 'Comme l’ingénieur réseaux et cloud ; le métier s’exerce après expérience.',
  },
  'technicien-maintenance-support': {
    fit: 'proche',
    why: 'M1X81 nomme le métier : « maintenance, support et services aux utilisateurs en informatique ».',
    certifications: ['bts-sio', 'bts-ciel-option-a', 'bac-pro-ciel'],
    certificationsWhy: 'Formations de niveau 4 et 5 au support et aux réseaux.',
  },
  'responsable-cybersecurite': {
    fit: 'approchant',
    why: 'Pas d’intitulé BMO de la sécurité : experts en systèmes d’information (M2X93), cadres de l’exploitation (M2X92).',
    certifications: [],
    certificationsWhy: 'pas de correspondance : les BTS et bac pro « cybersécurité » (CIEL) forment des techniciens, pas des responsables.',
  },
  'consultant-expert-metier': {
    fit: 'proche',
    why: 'Experts et consultants en systèmes d’information (M2X93).',
    certifications: [],
    certificationsWhy: 'pas de correspondance : métier d’expérience, aucune formation de l’étude ne le nomme.',
  },
  'expert-protection-donnees': {
    fit: 'approchant',
    why: 'Conformité des systèmes d’information (M2X93) et droit (juristes, L5X91) : le BMO n’a pas d’intitulé du DPO.',
    certifications: [],
    certificationsWhy: 'pas de correspondance : l’étude ne cite aucune formation à la protection des données.',
  },
  'expert-propriete-intellectuelle': {
    fit: 'approchant',
    why: 'Métier du droit : juristes (L5X91).',
    certifications: [],
    certificationsWhy: 'pas de correspondance : hors du champ des formations data et IA de l’étude.',
  },
  'manager-projet': {
    fit: 'proche',
    why: 'Chefs de projet et directeurs de service informatique (M2X91).',
    certifications: [],
    certificationsWhy: 'pas de correspondance : métier d’expérience, aucune formation de l’étude ne le nomme.',
  },
  'manager-equipe': {
    fit: 'approchant',
    why: 'Encadrement d’équipes informatiques : M2X91 ; hors informatique, le BMO le range avec le métier encadré.',
    certifications: [],
    certificationsWhy: 'pas de correspondance : métier d’expérience, aucune formation de l’étude ne le nomme.',
  },
  'responsable-strategie-prospective': {
    fit: 'approchant',
    why: 'Direction de service informatique (M2X91), faute d’intitulé BMO de la stratégie.',
    certifications: [],
    certificationsWhy: 'pas de correspondance : métier d’expérience, aucune formation de l’étude ne le nomme.',
  },
  'charge-relations-ecosysteme': {
    fit: 'approchant',
    why: 'Rattaché aux chefs de projet informatique (M2X91) faute d’intitulé BMO ; le métier est aussi de la communication.',
    certifications: [],
    certificationsWhy: 'pas de correspondance : hors du champ des formations data et IA de l’étude.',
  },
  'coach-agile': {
    fit: 'approchant',
    why: 'Accompagnement des projets informatiques : M2X91.',
    certifications: [],
    certificationsWhy: 'pas de correspondance : métier d’expérience, aucune formation de l’étude ne le nomme.',
  },
  'directeur-systemes-information': {
    fit: 'proche',
    why: 'Directeurs de service informatique (M2X91).',
    certifications: [],
    certificationsWhy: 'pas de correspondance : métier d’expérience, aucune formation de l’étude ne le nomme.',
  },
  'responsable-securite-si': {
    fit: 'approchant',
    why: 'Comme le responsable cybersécurité : M2X93, M2X92.',
    certifications: [],
    certificationsWhy: 'pas de correspondance : les formations « cybersécurité » de l’étude (CIEL) sont de niveau technicien.',
  },
};

const readJson = <T>(path: string): T => JSON.parse(readFileSync(resolve(ROOT, path), 'utf8')) as T;

export function buildSheetMapping() {
  const sheets = readJson<{ rows: { id: string; title: string }[] }>('data/jobs/job-sheets.json').rows;
  const bmo = new Set(readJson<{ rows: { code: string }[] }>('data/bmo/bmo-2024-occupations.json').rows.map((row) => row.code));
  const certifications = new Set(readJson<{ rows: { certification: string }[] }>('data/study/rncp-certifications.json').rows.map((row) => row.certification));
  const problems: string[] = [];
  const rows = sheets.map((sheet) => {
    const pairing = SHEET_PAIRINGS[sheet.id];
    const occupations = [...(JOB_OCCUPATIONS[sheet.id] ?? [])];
    if (!pairing) problems.push(`fiche sans raisonnement : ${sheet.id}`);
    for (const code of occupations) if (!bmo.has(code)) problems.push(`${sheet.id} : métier BMO inconnu ${code}`);
    for (const id of pairing?.certifications ?? []) if (!certifications.has(id)) problems.push(`${sheet.id} : certification inconnue ${id}`);
    return {
      sheet: sheet.id,
      title: sheet.title,
      occupations,
      fit: occupations.length === 0 ? ('pas-de-correspondance' as const) : pairing!.fit,
      occupationsReason: pairing?.why ?? '',
      certifications: [...(pairing?.certifications ?? [])],
      certificationsReason: pairing?.certificationsWhy ?? '',
      pairing: 'editorial' as const,
    };
  });
  for (const id of Object.keys(SHEET_PAIRINGS)) if (!sheets.some((sheet) => sheet.id === id)) problems.push(`raisonnement sans fiche : ${id}`);
  if (problems.length) throw new Error(problems.join('\n'));
  const file = {
    id: 'sheet-bmo-mapping',
    title: 'Fiches métiers : métiers BMO correspondants et certifications RNCP qui y forment (rattachement éditorial)',
    title_en: 'Job sheets: matching BMO occupations and the RNCP certifications that train for them (editorial pairing)',
    unit: 'rattachements',
    period: '2024',
    source: {
      publisher: 'Réseau des Carif-Oref ; France Travail ; Carif-Oref de Normandie',
      dataset: 'Fiches métiers du cœur du numérique ; nomenclature des métiers BMO 2024 ; tableau des formations RNCP de l’étude',
      year: '2024',
      citation:
        'Rattachement éditorial du tableau de bord : fiches métiers du Réseau des Carif-Oref, métiers BMO 2024 (France Travail), formations RNCP citées par le Carif-Oref de Normandie (étude Flash 2024)',
    },
    seed: {
      document: 'data/jobs/job-sheets.json',
      title: 'Réseau des Carif-Oref, Les fiches métiers : formation, compétences et emploi',
      section: 'Intitulés des fiches, lus contre les intitulés BMO 2024 et ceux du tableau RNCP',
    },
    authority: 'context',
    confidence: 'ambiguous',
    notes: [
      'Aucune source ne rattache les fiches aux métiers BMO (ni code ROME ni code FAP dans les fiches) ni aux certifications RNCP (le tableau de l’étude ne nomme pas de métier) : chaque rattachement est une lecture éditoriale des intitulés, avec sa raison (« occupationsReason », « certificationsReason »).',
      'Métiers BMO : les mêmes que ceux de la recherche de métiers (scripts/data-synonyms.ts, JOB_OCCUPATIONS), le plus proche en premier ; « fit » : « proche » quand l’intitulé BMO décrit le métier, « approchant » quand il n’en couvre qu’une partie ou faute de mieux.',
      'Certifications : celles de data/study/rncp-certifications.json dont l’intitulé nomme le métier ou y prépare directement ; liste vide = « pas de correspondance » (raison donnée).',
      'Écrit par scripts/data-sheet-mapping.ts (npm run data:mapping) ; relu fiche par fiche.',
    ],
    rows,
  };
  return v.parse(datasets['sheet-bmo-mapping'].schema, file);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  try {
    const content = `${JSON.stringify(buildSheetMapping(), null, 2)}\n`;
    writeFileSync(OUT, content);
    console.log(`écrit ${OUT} (${(content.length / 1024).toFixed(1)} Ko)`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    console.error('Aucun fichier écrit.');
    process.exitCode = 1;
  }
}

/**
 * Row schemas of the datasets read from the Carif-Oref de Normandie study
 * « Les métiers de la donnée et de l'intelligence artificielle » (Étude Flash, 2024),
 * seed `001_551c35311d31be88.txt`. One `defineDataset()` per file under `data/study/`.
 *
 * Conventions: tidy rows (one value per row), codes + French labels, shares in
 * percent, values that the text cannot settle are `Missing` objects (see contract).
 * Provenance of each reconstruction: `data/study/SOURCES.md` and each file's `notes`.
 */
import * as v from 'valibot';
import { Count, Measure, Missing, Percent, Rate, RowProvenance, Slug } from '../contract';
import { defineDataset } from '../define';

// ---------------------------------------------------------------------------
// Shared codes
// ---------------------------------------------------------------------------

/** FAP family « Informatique et télécommunication » (FAP 22) and its two FAP 87 sub-families. */
export const GROUP_LABELS = {
  famille: 'Informatique et télécommunication',
  ingenieurs: "Ingénieurs de l'informatique",
  techniciens: "Techniciens de l'informatique",
} as const;
export const Group = v.picklist(['famille', 'ingenieurs', 'techniciens']);
export type Group = v.InferOutput<typeof Group>;
const GroupLabel = v.picklist(Object.values(GROUP_LABELS) as [string, ...string[]]);

const groupFields = { group: Group, groupLabel: GroupLabel };

const GROUP_LABEL_MESSAGE = 'groupLabel ne correspond pas au code group';

const Label = v.pipe(v.string(), v.minLength(1));

export const Area = v.picklist(['normandie', 'france']);
export type Area = v.InferOutput<typeof Area>;

// ---------------------------------------------------------------------------
// Emploi (Insee RP 2015 et 2021)
// ---------------------------------------------------------------------------

const employmentGrowthBase = {
  ...groupFields,
  indicatorLabel: Label,
  /** '2015', '2021' or '2015-2021' (growth). */
  period: v.picklist(['2015', '2021', '2015-2021']),
  /** Arithmetic estimate of a value the study does not print (value is then a Missing). */
  derivedEstimate: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  /** Range of `derivedEstimate` implied by the rounding of the printed rate. */
  derivedRange: v.optional(v.tuple([v.number(), v.number()])),
  ...RowProvenance,
};
export const EmploymentGrowthRow = v.pipe(
  v.variant('indicator', [
    v.object({ ...employmentGrowthBase, indicator: v.literal('actifs-en-emploi'), unit: v.literal('personnes'), value: Count }),
    v.object({ ...employmentGrowthBase, indicator: v.literal('evolution-emploi'), unit: v.literal('%'), value: Rate }),
    v.object({ ...employmentGrowthBase, indicator: v.literal('part-emplois-regionaux'), unit: v.literal('%'), value: Percent }),
  ]),
  v.check((row) => GROUP_LABELS[row.group] === row.groupLabel, GROUP_LABEL_MESSAGE),
);
export type EmploymentGrowthRow = v.InferOutput<typeof EmploymentGrowthRow>;

export const PROFILE_CATEGORIES = {
  age: ['moins-30-ans', '30-49-ans', '50-ans-et-plus'],
  sexe: ['femmes', 'hommes'],
  diplome: ['aucun-diplome', 'cap-bep', 'baccalaureat', 'etudes-superieures'],
  contrat: ['cdi-fonction-publique', 'apprentis', 'cdd-interimaires', 'independants-employeurs', 'autres'],
} as const;
const ProfileCategory = v.picklist([
  ...PROFILE_CATEGORIES.age,
  ...PROFILE_CATEGORIES.sexe,
  ...PROFILE_CATEGORIES.diplome,
  ...PROFILE_CATEGORIES.contrat,
]);

export const EmploymentProfileRow = v.pipe(
  v.object({
    ...groupFields,
    dimension: v.picklist(['age', 'sexe', 'diplome', 'contrat']),
    category: ProfileCategory,
    categoryLabel: Label,
    year: v.literal(2021),
    value: Percent,
    ...RowProvenance,
  }),
  v.check((row) => GROUP_LABELS[row.group] === row.groupLabel, GROUP_LABEL_MESSAGE),
  v.check(
    (row) => (PROFILE_CATEGORIES[row.dimension] as readonly string[]).includes(row.category),
    'catégorie hors de sa dimension',
  ),
);
export type EmploymentProfileRow = v.InferOutput<typeof EmploymentProfileRow>;

export const EmploymentSectorsRow = v.pipe(
  v.object({
    ...groupFields,
    sector: v.picklist(['industrie', 'commerce', 'services']),
    sectorLabel: Label,
    year: v.literal(2021),
    value: Percent,
    ...RowProvenance,
  }),
  v.check((row) => GROUP_LABELS[row.group] === row.groupLabel, GROUP_LABEL_MESSAGE),
);
export type EmploymentSectorsRow = v.InferOutput<typeof EmploymentSectorsRow>;

export const EmploymentKeyFiguresRow = v.pipe(
  v.object({
    ...groupFields,
    indicator: v.picklist([
      'actifs-en-emploi',
      'part-emplois-regionaux',
      'age-moyen',
      'part-hommes',
      'evolution-part-femmes',
      'part-diplome-superieur',
      'part-emplois-durables',
      'part-cdi-fonction-publique',
      'evolution-emploi',
      'part-services',
    ]),
    indicatorLabel: Label,
    period: v.picklist(['2021', '2015-2021']),
    unit: v.picklist(['personnes', '%', 'ans', 'points']),
    value: Measure,
    ...RowProvenance,
  }),
  v.check((row) => GROUP_LABELS[row.group] === row.groupLabel, GROUP_LABEL_MESSAGE),
);
export type EmploymentKeyFiguresRow = v.InferOutput<typeof EmploymentKeyFiguresRow>;

// ---------------------------------------------------------------------------
// Marché du travail (France Travail)
// ---------------------------------------------------------------------------

const labourBase = { ...groupFields, indicatorLabel: Label, period: Label, ...RowProvenance };
export const LabourMarketRow = v.pipe(
  v.variant('indicator', [
    v.object({
      ...labourBase,
      indicator: v.picklist(['demandeurs-emploi-abc', 'offres-diffusees']),
      unit: v.picklist(['personnes', 'offres']),
      value: Count,
    }),
    v.object({
      ...labourBase,
      indicator: v.picklist(['evolution-demandeurs-emploi', 'evolution-offres']),
      unit: v.literal('%'),
      value: Rate,
    }),
    v.object({
      ...labourBase,
      indicator: v.picklist([
        'part-de-regionaux',
        'part-longue-duree',
        'part-hommes',
        'part-30-49-ans',
        'part-diplome-superieur',
        'part-offres-durables',
      ]),
      unit: v.literal('%'),
      value: Percent,
    }),
  ]),
  v.check((row) => GROUP_LABELS[row.group] === row.groupLabel, GROUP_LABEL_MESSAGE),
);
export type LabourMarketRow = v.InferOutput<typeof LabourMarketRow>;

export const JOBSEEKER_CATEGORIES = {
  age: ['moins-30-ans', '30-49-ans', '50-ans-et-plus'],
  sexe: ['femmes', 'hommes'],
  diplome: ['etudes-superieures'],
} as const;
export const JobseekersProfileRow = v.pipe(
  v.object({
    ...groupFields,
    dimension: v.picklist(['age', 'sexe', 'diplome']),
    category: v.picklist([...JOBSEEKER_CATEGORIES.age, ...JOBSEEKER_CATEGORIES.sexe, ...JOBSEEKER_CATEGORIES.diplome]),
    categoryLabel: Label,
    period: v.literal('T1 2024'),
    value: Percent,
    ...RowProvenance,
  }),
  v.check((row) => GROUP_LABELS[row.group] === row.groupLabel, GROUP_LABEL_MESSAGE),
  v.check(
    (row) => (JOBSEEKER_CATEGORIES[row.dimension] as readonly string[]).includes(row.category),
    'catégorie hors de sa dimension',
  ),
);
export type JobseekersProfileRow = v.InferOutput<typeof JobseekersProfileRow>;

export const JobOffersDurationRow = v.pipe(
  v.object({
    ...groupFields,
    duration: v.picklist(['plus-de-6-mois', 'interim', '1-a-6-mois']),
    durationLabel: Label,
    period: v.literal('T1 2019 – T1 2024'),
    value: Percent,
    ...RowProvenance,
  }),
  v.check((row) => GROUP_LABELS[row.group] === row.groupLabel, GROUP_LABEL_MESSAGE),
);
export type JobOffersDurationRow = v.InferOutput<typeof JobOffersDurationRow>;

// ---------------------------------------------------------------------------
// IA et données dans les TPE-PME (baromètres FranceNum)
// ---------------------------------------------------------------------------

export const SECTOR_LABELS = {
  ensemble: 'Ensemble des TPE-PME',
  numerique: 'Numérique',
  'services-specialises': 'Services spécialisés, techniques',
  'activites-financieres-assurances': 'Activités financières, assurances',
  industrie: 'Industrie',
  'transport-logistique': 'Transport, logistique',
  commerce: 'Commerce (détail et gros)',
  'hebergement-restauration': 'Hébergement, restauration',
  'information-communication': 'Information, communication',
  'services-a-la-personne': 'Services à la personne (santé, soins)',
} as const;
export const Sector = v.picklist(Object.keys(SECTOR_LABELS) as [keyof typeof SECTOR_LABELS, ...(keyof typeof SECTOR_LABELS)[]]);
export type Sector = v.InferOutput<typeof Sector>;

export const AiAdoptionRow = v.pipe(
  v.object({
    indicator: v.picklist(['ai', 'data-exchange', 'decision-analytics']),
    indicatorLabel: Label,
    sector: Sector,
    sectorLabel: Label,
    year: v.picklist([2023, 2024]),
    area: Area,
    value: Percent,
    /** Rank in the study's « top 4 » sector lists (data-exchange, decision-analytics); absent for the full AI chart. */
    rank: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(4))),
    ...RowProvenance,
  }),
  v.check((row) => SECTOR_LABELS[row.sector] === row.sectorLabel, 'sectorLabel ne correspond pas au code sector'),
);
export type AiAdoptionRow = v.InferOutput<typeof AiAdoptionRow>;

export const AiUsesRow = v.object({
  use: v.picklist([
    'generation-texte-voix-image',
    'chatbot-assistant-recherche',
    'automatisation-taches',
    'analyse-donnees-prevision',
    'analyse-classification-documents',
    'controle-qualite-detection',
  ]),
  useLabel: Label,
  area: Area,
  year: v.literal(2024),
  value: Percent,
  ...RowProvenance,
});
export type AiUsesRow = v.InferOutput<typeof AiUsesRow>;

export const AiBenefitsRow = v.object({
  survey: v.picklist(['bva-pole-emploi-2023', 'laboria-2023']),
  surveyLabel: Label,
  /** Who answered, as the study describes the sample. */
  sample: Label,
  benefit: Slug,
  benefitLabel: Label,
  value: Percent,
  ...RowProvenance,
});
export type AiBenefitsRow = v.InferOutput<typeof AiBenefitsRow>;

// ---------------------------------------------------------------------------
// Compétences et offres GEN_SCAN
// ---------------------------------------------------------------------------

export const GenscanOffersRow = v.object({
  domain: v.picklist(['data-big-data', 'administration-bases-de-donnees', 'crm', 'ia-machine-learning']),
  domainLabel: Label,
  period: v.literal('septembre 2024'),
  value: Count,
  ...RowProvenance,
});
export type GenscanOffersRow = v.InferOutput<typeof GenscanOffersRow>;

export const SKILL_CATEGORY_LABELS = {
  techniques: 'Compétences techniques',
  analytiques: 'Compétences analytiques',
  'gestion-de-projet': 'Compétences en gestion de projet',
  comportementales: 'Compétences comportementales',
} as const;
export const Importance = v.union([v.picklist([1, 2, 3]), Missing]);
export const SkillsMatrixRow = v.object({
  job: v.picklist(['data-ingenieur', 'developpeur-ia']),
  jobLabel: v.picklist(['Data ingénieur', 'Développeur informatique spécialisé IA']),
  skill: Slug,
  skillLabel: Label,
  category: v.picklist(['techniques', 'analytiques', 'gestion-de-projet', 'comportementales']),
  categoryLabel: v.picklist(Object.values(SKILL_CATEGORY_LABELS) as [string, ...string[]]),
  /** 1 = moyennement élevé, 2 = élevé, 3 = très élevé. */
  importance: Importance,
  ...RowProvenance,
});
export type SkillsMatrixRow = v.InferOutput<typeof SkillsMatrixRow>;

// ---------------------------------------------------------------------------
// Formations
// ---------------------------------------------------------------------------

export const StudentsByDiplomaRow = v.object({
  diploma: v.picklist(['bts', 'but', 'licence', 'master', 'ingenieur', 'total']),
  diplomaLabel: Label,
  year: v.literal('2022-2023'),
  value: Count,
  /** True only on the study's printed total (filter it out of bar charts). */
  isTotal: v.boolean(),
  ...RowProvenance,
});
export type StudentsByDiplomaRow = v.InferOutput<typeof StudentsByDiplomaRow>;

export const DEPARTMENT_LABELS = {
  '14': 'Calvados',
  '27': 'Eure',
  '50': 'Manche',
  '61': 'Orne',
  '76': 'Seine-Maritime',
} as const;
const DepartmentCode = v.picklist(['14', '27', '50', '61', '76']);
const RncpCode = v.pipe(v.string(), v.regex(/^RNCP\d{4,5}$/, 'code RNCP attendu'));
const Pairing = v.picklist(['apparie-texte', 'reconstruit', 'non-apparie']);
export const RncpLevel = v.union([v.picklist([4, 5, 6, 7]), Missing]);

export const RncpCertificationsRow = v.object({
  certification: Slug,
  title: Label,
  parcours: v.array(Label),
  diplomaType: v.picklist(['master', 'ingenieur', 'but', 'bachelor', 'titre-professionnel', 'titre-rncp', 'bts', 'bac-pro']),
  /** Block of the study's table (the table is printed in three blocks). */
  segment: v.picklist([1, 2, 3]),
  level: RncpLevel,
  /** 'type-de-diplome': set by the national framework (Master = 7, BTS = 5…); 'texte': printed next to it. */
  levelBasis: v.picklist(['texte', 'type-de-diplome', 'multiset-du-bloc']),
  code: v.nullable(RncpCode),
  codePairing: Pairing,
  /** Codes printed in the same block when the code could not be paired. */
  codeCandidates: v.array(RncpCode),
  /** Establishment ids (see rncp-establishments) paired with this certification. */
  establishments: v.array(Slug),
  establishmentPairing: Pairing,
  ...RowProvenance,
});
export type RncpCertificationsRow = v.InferOutput<typeof RncpCertificationsRow>;

export const RncpEstablishmentsRow = v.pipe(
  v.object({
    establishment: Slug,
    name: Label,
    town: Label,
    departmentCode: DepartmentCode,
    departmentLabel: Label,
    segment: v.picklist([1, 2, 3]),
    /** Certification ids paired with it (empty when the text does not pair them). */
    certifications: v.array(Slug),
    pairing: Pairing,
    ...RowProvenance,
  }),
  v.check((row) => DEPARTMENT_LABELS[row.departmentCode] === row.departmentLabel, 'departmentLabel incohérent'),
);
export type RncpEstablishmentsRow = v.InferOutput<typeof RncpEstablishmentsRow>;

export const NormanthiiaTargetsRow = v.object({
  level: v.picklist(['master-ingenieur', 'but-licence']),
  levelLabel: Label,
  /** « plus de 700 » → comparator 'plus-de', value 700. */
  comparator: v.literal('plus-de'),
  value: Count,
  periodStart: v.literal('2023-09-01'),
  periodEnd: v.literal('2028-08-31'),
  ...RowProvenance,
});
export type NormanthiiaTargetsRow = v.InferOutput<typeof NormanthiiaTargetsRow>;

export const GlossaryRow = v.object({
  term: Slug,
  termLabel: Label,
  /** French equivalent printed in brackets, if any. */
  alias: v.optional(Label),
  kind: v.picklist(['metier', 'notion']),
  definition: Label,
  ...RowProvenance,
});
export type GlossaryRow = v.InferOutput<typeof GlossaryRow>;

export const JobActivitiesRow = v.object({
  job: v.picklist(['data-ingenieur', 'developpeur-ia']),
  jobLabel: v.picklist(['Data ingénieur', 'Développeur informatique spécialisé IA']),
  activity: Slug,
  activityLabel: Label,
  task: Label,
  order: v.pipe(v.number(), v.integer(), v.minValue(1)),
  ...RowProvenance,
});
export type JobActivitiesRow = v.InferOutput<typeof JobActivitiesRow>;

// ---------------------------------------------------------------------------
// Declarations
// ---------------------------------------------------------------------------

export const studyDatasets = {
  'employment-growth': defineDataset('study/employment-growth.json', 'emploi', EmploymentGrowthRow),
  'employment-profile': defineDataset('study/employment-profile.json', 'emploi', EmploymentProfileRow),
  'employment-sectors': defineDataset('study/employment-sectors.json', 'emploi', EmploymentSectorsRow),
  'employment-key-figures': defineDataset('study/employment-key-figures.json', 'emploi', EmploymentKeyFiguresRow),
  'labour-market': defineDataset('study/labour-market.json', 'marche-travail', LabourMarketRow),
  'jobseekers-profile': defineDataset('study/jobseekers-profile.json', 'marche-travail', JobseekersProfileRow),
  'job-offers-duration': defineDataset('study/job-offers-duration.json', 'marche-travail', JobOffersDurationRow),
  'genscan-offers': defineDataset('study/genscan-offers.json', 'marche-travail', GenscanOffersRow),
  'ai-adoption-by-sector': defineDataset('study/ai-adoption-by-sector.json', 'ia-entreprises', AiAdoptionRow),
  'ai-uses': defineDataset('study/ai-uses.json', 'ia-entreprises', AiUsesRow),
  'ai-benefits': defineDataset('study/ai-benefits.json', 'ia-entreprises', AiBenefitsRow),
  'skills-matrix': defineDataset('study/skills-matrix.json', 'competences', SkillsMatrixRow),
  'job-activities': defineDataset('study/job-activities.json', 'competences', JobActivitiesRow),
  glossary: defineDataset('study/glossary.json', 'competences', GlossaryRow),
  'students-by-diploma': defineDataset('study/students-by-diploma.json', 'formations', StudentsByDiplomaRow),
  'rncp-certifications': defineDataset('study/rncp-certifications.json', 'formations', RncpCertificationsRow),
  'rncp-establishments': defineDataset('study/rncp-establishments.json', 'formations', RncpEstablishmentsRow),
  'normanthiia-targets': defineDataset('study/normanthiia-targets.json', 'formations', NormanthiiaTargetsRow),
} as const;

export type StudyDatasetId = keyof typeof studyDatasets;

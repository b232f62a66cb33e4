/** Hand-written job sheets for the directory and chart tests (not the real file). */
import type { JobFamilyRow, JobSheetRow } from '../../data/schemas/jobs';

export function job(overrides: Partial<JobSheetRow> & Pick<JobSheetRow, 'id' | 'order' | 'title' | 'family' | 'familyLabel'>): JobSheetRow {
  return {
    hasSheet: true,
    sheetHeading: overrides.title.toUpperCase(),
    directoryTitle: overrides.title,
    introLabel: null,
    lines: '1-10',
    description: [`Le ${overrides.title.toLowerCase()} fait son métier.`],
    accessLevel: { text: 'Bac +2', bacPlus: 2, rncpLevel: 5 },
    initialTraining: ['BTS, BUT.'],
    initialTrainingLinks: [],
    continuingTraining: ['Ce métier est également accessible par le biais de la formation continue.'],
    continuingCourses: { count: 10, lowerBound: 10, statement: 'Le réseau des Carif-Oref recense 10 formations.' },
    knowledge: ['Connaissances en informatique.'],
    skills: ['Maîtrise de l’anglais.'],
    synonyms: [],
    careerMoves: [],
    status: ['Salarié'],
    growthEnvironments: [],
    absentSections: [],
    notes: [],
    ...overrides,
  };
}

const DEV = { family: 'programmation-developpement', familyLabel: 'Programmation et développement' };
const DESIGN = { family: 'interfaces-creations-numeriques', familyLabel: 'Interfaces utilisateurs et créations numériques' };
const COMMERCE = { family: 'commerce', familyLabel: 'Commerce' };

export const sheets: JobSheetRow[] = [
  job({
    id: 'developpeur-web-mobile',
    order: 1,
    title: 'Développeur web mobile',
    ...DEV,
    synonyms: ['Développeur mobile', 'Ingénieur informatique web mobile'],
    careerMoves: ['Chef de projet'],
    continuingCourses: { count: 95, lowerBound: 95, statement: '95 formations.' },
  }),
  job({
    id: 'architecte-logiciel',
    order: 2,
    title: 'Architecte logiciel',
    ...DEV,
    accessLevel: { text: 'Bac +5', bacPlus: 5, rncpLevel: 7 },
    continuingCourses: { count: 2, text: 'deux', lowerBound: 2, statement: 'deux formations.' },
    notes: ['Description : « vieille technologique » est une coquille pour « veille technologique » ; conservé tel quel.'],
  }),
  job({
    id: 'directeur-artistique',
    order: 3,
    title: 'Directeur artistique',
    ...DESIGN,
    confidence: 'ambiguous',
    synonyms: ['Développeur internet mobile', 'Développeur mobile'],
    careerMoves: ['Direction des systèmes d’information'],
    continuingCourses: { text: 'plus de 1 000', lowerBound: 1000, statement: 'plus de 1 000 formations.' },
    notes: [
      'Copier-coller manifeste : synonymes (« Développeur internet mobile, Développeur mobile… ») et perspectives d’évolution repris mot pour mot de la fiche « Développeur web mobile ».',
      'Répétition : rubrique « Synonymes » identique ou quasi identique à celle de la fiche « Développeur web mobile » (détection automatique).',
      'Intitulé : « Directeur artistique » dans le répertoire.',
    ],
  }),
  job({
    id: 'ergonome',
    order: 4,
    title: 'Ergonome',
    ...DESIGN,
    accessLevel: { text: 'Bac +5', bacPlus: 5, rncpLevel: 7 },
    continuingCourses: { text: 'plusieurs', lowerBound: 2, statement: 'plusieurs formations.', note: '« plusieurs » : borne basse conventionnelle de 2.' },
    notes: ['Connaissances : « en analyse prédictive des compétences en statistique » — ponctuation manquante.'],
  }),
  job({
    id: 'ingenieur-avant-vente',
    order: 5,
    title: 'Ingénieur avant-vente',
    ...COMMERCE,
    continuingTraining: [],
    continuingCourses: { missing: 'not-in-source', note: 'La fiche n’a pas de rubrique « Formation continue ».' },
    absentSections: ['continuingTraining', 'growthEnvironments'],
  }),
  job({
    id: 'ingenieur-commercial',
    order: 6,
    title: 'Ingénieur commercial',
    ...COMMERCE,
    hasSheet: false,
    sheetHeading: null,
    directoryTitle: null,
    lines: null,
    description: [],
    accessLevel: { missing: 'not-in-source', note: 'Métier sans fiche.' },
    initialTraining: [],
    continuingTraining: [],
    continuingCourses: { missing: 'not-in-source', note: 'Métier sans fiche.' },
    knowledge: [],
    skills: [],
    status: [],
    notes: ['Métier cité sans fiche : seules la famille et l’intitulé sont connus.'],
  }),
];

const family = (id: string, order: number, label: string, jobIds: string[], withoutSheet = 0): JobFamilyRow => ({
  id,
  order,
  label,
  sectionLabel: label,
  jobCount: jobIds.length,
  jobsWithSheet: jobIds.length - withoutSheet,
  jobsWithoutSheet: withoutSheet,
  jobIds,
  statedCount: jobIds.length,
  introList: [],
  lines: '1-10',
  notes: [],
});

export const families: JobFamilyRow[] = [
  family('commerce', 3, 'Commerce', ['ingenieur-avant-vente', 'ingenieur-commercial'], 1),
  family('programmation-developpement', 1, 'Programmation et développement', ['developpeur-web-mobile', 'architecte-logiciel']),
  family('interfaces-creations-numeriques', 2, 'Interfaces utilisateurs et créations numériques', ['directeur-artistique', 'ergonome']),
];

export const sheetsData = {
  rows: sheets,
  source: {
    publisher: 'Réseau des Carif-Oref',
    dataset: 'Fiches',
    year: 'non daté',
    citation: 'Source : Réseau des Carif-Oref, Les fiches métiers : formation, compétences et emploi',
  },
};

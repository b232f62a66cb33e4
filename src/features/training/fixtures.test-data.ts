/** Small hand-written datasets for the training builders' tests (not the real files). */
import type { Dataset } from '../../data/queries';
import type { RncpCertificationsRow, RncpEstablishmentsRow } from '../../data/schemas/study';

const source = { publisher: 'Test', dataset: 'Test', year: '2022-2023', citation: 'Source : Carif-Oref de Normandie' };

export const students: Pick<Dataset<'students-by-diploma'>, 'rows' | 'period' | 'source'> = {
  period: '2022-2023',
  source,
  rows: [
    { diploma: 'bts', diplomaLabel: 'Brevet de technicien supérieur (BTS)', year: '2022-2023', value: 153, isTotal: false },
    { diploma: 'licence', diplomaLabel: 'Licence', year: '2022-2023', value: 1872, isTotal: false },
    { diploma: 'master', diplomaLabel: 'Master', year: '2022-2023', value: 449, isTotal: false },
    { diploma: 'total', diplomaLabel: 'Total', year: '2022-2023', value: 2474, isTotal: true },
  ],
};

export const targets: Pick<Dataset<'normanthiia-targets'>, 'rows' | 'source'> = {
  source: { ...source, citation: 'Projet Normanthiia – cité par le Carif-Oref de Normandie' },
  rows: [
    {
      level: 'master-ingenieur',
      levelLabel: 'Étudiants de niveau master ou ingénieur formés en IA',
      comparator: 'plus-de',
      value: 700,
      periodStart: '2023-09-01',
      periodEnd: '2028-08-31',
    },
    {
      level: 'but-licence',
      levelLabel: 'Étudiants de niveau BUT ou licence',
      comparator: 'plus-de',
      value: 2500,
      periodStart: '2023-09-01',
      periodEnd: '2028-08-31',
    },
  ],
};

const certification = (overrides: Partial<RncpCertificationsRow> & Pick<RncpCertificationsRow, 'certification' | 'title'>): RncpCertificationsRow => ({
  parcours: [],
  diplomaType: 'master',
  segment: 1,
  level: 7,
  levelBasis: 'type-de-diplome',
  code: null,
  codePairing: 'non-apparie',
  codeCandidates: [],
  establishments: [],
  establishmentPairing: 'non-apparie',
  ...overrides,
});

const establishment = (
  overrides: Partial<RncpEstablishmentsRow> & Pick<RncpEstablishmentsRow, 'establishment' | 'name' | 'town' | 'departmentCode' | 'departmentLabel'>,
): RncpEstablishmentsRow => ({ segment: 1, certifications: [], pairing: 'non-apparie', ...overrides });

export const certifications: RncpCertificationsRow[] = [
  certification({ certification: 'master-data', title: 'Master Science des données', codeCandidates: ['RNCP34126', 'RNCP39278'] }),
  certification({
    certification: 'ingenieur-ia',
    title: 'Ingénieur en sciences du numérique, majeure data science et intelligence artificielle',
    diplomaType: 'ingenieur',
    segment: 2,
    code: 'RNCP20812',
    codePairing: 'apparie-texte',
    establishments: ['esigelec'],
    establishmentPairing: 'reconstruit',
    note: 'Code imprimé sur la même ligne que l’intitulé.',
  }),
  certification({
    certification: 'developpeur-informatique',
    title: 'Développeur informatique',
    diplomaType: 'titre-rncp',
    segment: 2,
    level: { missing: 'ambiguous', candidates: [6, 5] },
    levelBasis: 'multiset-du-bloc',
    codeCandidates: ['RNCP31678'],
  }),
  certification({
    certification: 'bts-ciel',
    title: 'BTS Cybersécurité, informatique et réseaux, électronique option A',
    diplomaType: 'bts',
    segment: 2,
    level: 5,
    establishments: ['lycee-modeste-leroy', 'lycee-chataigneraie'],
    establishmentPairing: 'reconstruit',
  }),
  certification({ certification: 'bac-pro-ciel', title: 'Bac pro CIEL', diplomaType: 'bac-pro', segment: 3, level: 4 }),
];

export const establishments: RncpEstablishmentsRow[] = [
  establishment({ establishment: 'universite-caen', name: 'Université Caen Normandie', town: 'Caen', departmentCode: '14', departmentLabel: 'Calvados' }),
  establishment({
    establishment: 'esigelec',
    name: 'ESIGELEC',
    town: 'Rouen',
    departmentCode: '76',
    departmentLabel: 'Seine-Maritime',
    segment: 2,
    certifications: ['ingenieur-ia'],
    pairing: 'reconstruit',
  }),
  establishment({
    establishment: 'lycee-modeste-leroy',
    name: 'Lycée Modeste Leroy',
    town: 'Évreux',
    departmentCode: '27',
    departmentLabel: 'Eure',
    segment: 2,
    pairing: 'reconstruit',
  }),
  establishment({
    establishment: 'lycee-chataigneraie',
    name: 'Lycée La Châtaigneraie',
    town: 'Le Mesnil-Esnard',
    departmentCode: '76',
    departmentLabel: 'Seine-Maritime',
    segment: 2,
    pairing: 'reconstruit',
  }),
  // The same lycée printed again in block 3, unpaired there.
  establishment({
    establishment: 'lycee-chataigneraie',
    name: 'Lycée La Châtaigneraie',
    town: 'Le Mesnil-Esnard',
    departmentCode: '76',
    departmentLabel: 'Seine-Maritime',
    segment: 3,
  }),
];

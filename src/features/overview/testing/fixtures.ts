/** Small datasets for the key-figure tests, shaped like the files under data/. */
import type { Dataset } from '../../../data/queries';
import type { DatasetId } from '../../../data/registry';

export function meta(id: DatasetId, citation: string) {
  return {
    id,
    title: `Jeu d'essai ${id}`,
    unit: '%',
    period: '2024',
    source: { publisher: 'Essai', dataset: 'Essai', year: '2024', citation },
    seed: { document: 'essai.txt', title: 'Essai', section: 'Essai' },
    authority: 'primary' as const,
    confidence: 'certain' as const,
    notes: [],
  };
}

export const EMPLOYMENT_CITATION = 'Source : Insee, RP 2021 et 2015, traitement Carif-Oref de Normandie';

export const growthFixture: Dataset<'employment-growth'> = {
  ...meta('employment-growth', EMPLOYMENT_CITATION),
  rows: [
    {
      group: 'famille',
      groupLabel: 'Informatique et télécommunication',
      indicator: 'actifs-en-emploi',
      indicatorLabel: 'Actifs',
      period: '2021',
      unit: 'personnes',
      value: 13358,
    },
    {
      group: 'famille',
      groupLabel: 'Informatique et télécommunication',
      indicator: 'evolution-emploi',
      indicatorLabel: 'Évolution',
      period: '2015-2021',
      unit: '%',
      value: 20.5,
    },
    {
      group: 'ingenieurs',
      groupLabel: "Ingénieurs de l'informatique",
      indicator: 'actifs-en-emploi',
      indicatorLabel: 'Actifs',
      period: '2021',
      unit: 'personnes',
      value: 6205,
    },
    {
      group: 'ingenieurs',
      groupLabel: "Ingénieurs de l'informatique",
      indicator: 'evolution-emploi',
      indicatorLabel: 'Évolution',
      period: '2015-2021',
      unit: '%',
      value: 41.6,
    },
    {
      group: 'techniciens',
      groupLabel: "Techniciens de l'informatique",
      indicator: 'actifs-en-emploi',
      indicatorLabel: 'Actifs',
      period: '2021',
      unit: 'personnes',
      value: 6211,
    },
    {
      group: 'techniciens',
      groupLabel: "Techniciens de l'informatique",
      indicator: 'evolution-emploi',
      indicatorLabel: 'Évolution',
      period: '2015-2021',
      unit: '%',
      value: { missing: 'ambiguous', candidates: [11.1, 12], note: 'Deux taux imprimés.' },
    },
  ],
};

const AI = { indicator: 'ai', indicatorLabel: 'Part des entreprises ayant des solutions d’IA' } as const;
export const aiFixture: Dataset<'ai-adoption-by-sector'> = {
  ...meta('ai-adoption-by-sector', 'Source : Baromètres FranceNum, traitement Carif-Oref de Normandie'),
  rows: [
    { ...AI, sector: 'ensemble', sectorLabel: 'Ensemble des TPE-PME', year: 2023, area: 'normandie', value: 3.5 },
    { ...AI, sector: 'ensemble', sectorLabel: 'Ensemble des TPE-PME', year: 2024, area: 'normandie', value: 11.6 },
    { ...AI, sector: 'ensemble', sectorLabel: 'Ensemble des TPE-PME', year: 2024, area: 'france', value: 12.8 },
    { ...AI, sector: 'industrie', sectorLabel: 'Industrie', year: 2024, area: 'normandie', value: 13.4 },
  ],
};

export const bmoFixture: Dataset<'bmo-2024-normandie'> = {
  ...meta('bmo-2024-normandie', 'Source : France Travail, enquête BMO 2024'),
  rows: [
    { occupation: 'M2X90', basin: '2817', dep: '14', met: 126, xmet: 74, smet: { missing: 'secret' } },
    { occupation: 'M2X90', basin: '2801', dep: '76', met: 77, xmet: 77, smet: 0 },
    { occupation: 'M2X90', basin: '2806', dep: '76', met: { missing: 'secret' }, xmet: { missing: 'secret' }, smet: { missing: 'secret' } },
    { occupation: 'M1X80', basin: '2801', dep: '76', met: 218, xmet: 33, smet: 0 },
    { occupation: 'M1X80', basin: '2817', dep: '14', met: 72, xmet: 43, smet: 10 },
    { occupation: 'T2A60', basin: '2817', dep: '14', met: 1500, xmet: 10, smet: 0 },
  ],
};

export const occupationsFixture: Dataset<'bmo-2024-occupations'> = {
  ...meta('bmo-2024-occupations', 'Source : France Travail, enquête BMO 2024'),
  rows: [
    { code: 'M1X80', label: "Techniciens d'étude et de développement en informatique", family: 'A', familyLabel: 'Fonctions administratives' },
    { code: 'M2X90', label: "Ingénieurs et cadres d'étude, R&D en informatique", family: 'C', familyLabel: "Fonctions d'encadrement" },
    { code: 'T2A60', label: 'Aides à domicile', family: 'S', familyLabel: 'Fonctions sociales et médico-sociales' },
  ],
};

export const studentsFixture: Dataset<'students-by-diploma'> = {
  ...meta('students-by-diploma', 'Source : Carif-Oref de Normandie'),
  rows: [
    { diploma: 'bts', diplomaLabel: 'BTS', year: '2022-2023', value: 153, isTotal: false },
    { diploma: 'total', diplomaLabel: 'Total', year: '2022-2023', value: 3320, isTotal: true },
  ],
};

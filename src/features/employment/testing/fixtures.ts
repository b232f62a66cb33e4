/**
 * Small hand-written datasets for the builders' tests: same shape as the
 * files under data/study, a few rows each, values chosen to test order,
 * formatting and missing/ambiguous handling rather than to match the study.
 */
import type { Dataset } from '../../../data/queries';
import type { DatasetId } from '../../../data/registry';

export const CITATION = 'Source : Insee, RP 2021 et 2015 – Statoscope, traitement Carif-Oref de Normandie';

export function meta(id: DatasetId, citation = CITATION) {
  return {
    id,
    title: `Jeu d'essai ${id}`,
    unit: '%',
    period: '2021',
    source: { publisher: 'Insee', dataset: 'RP', year: '2021', citation },
    seed: { document: 'essai.txt', title: 'Essai', section: 'Essai' },
    authority: 'primary' as const,
    confidence: 'read' as const,
    notes: [],
  };
}

const FAMILY = { group: 'famille', groupLabel: 'Informatique et télécommunication' } as const;
const ENGINEERS = { group: 'ingenieurs', groupLabel: "Ingénieurs de l'informatique" } as const;
const TECHNICIANS = { group: 'techniciens', groupLabel: "Techniciens de l'informatique" } as const;

export const growthFixture: Dataset<'employment-growth'> = {
  ...meta('employment-growth'),
  rows: [
    // Deliberately out of display order: the builder must sort ingénieurs, techniciens, famille.
    { ...FAMILY, indicator: 'actifs-en-emploi', indicatorLabel: 'Actifs', period: '2021', unit: 'personnes', value: 13358 },
    {
      ...FAMILY,
      indicator: 'actifs-en-emploi',
      indicatorLabel: 'Actifs',
      period: '2015',
      unit: 'personnes',
      value: { missing: 'not-in-source' },
      derivedEstimate: 11085,
    },
    { ...FAMILY, indicator: 'evolution-emploi', indicatorLabel: 'Évolution', period: '2015-2021', unit: '%', value: 20.5 },
    { ...FAMILY, indicator: 'part-emplois-regionaux', indicatorLabel: 'Part', period: '2021', unit: '%', value: 1 },
    { ...TECHNICIANS, indicator: 'actifs-en-emploi', indicatorLabel: 'Actifs', period: '2021', unit: 'personnes', value: 6211 },
    // A published 2015 figure is drawn solid, not hatched.
    { ...TECHNICIANS, indicator: 'actifs-en-emploi', indicatorLabel: 'Actifs', period: '2015', unit: 'personnes', value: 5590 },
    { ...TECHNICIANS, indicator: 'evolution-emploi', indicatorLabel: 'Évolution', period: '2015-2021', unit: '%', value: 11.1 },
    { ...TECHNICIANS, indicator: 'part-emplois-regionaux', indicatorLabel: 'Part', period: '2021', unit: '%', value: 0.5 },
    { ...ENGINEERS, indicator: 'actifs-en-emploi', indicatorLabel: 'Actifs', period: '2021', unit: 'personnes', value: 6205 },
    {
      ...ENGINEERS,
      indicator: 'actifs-en-emploi',
      indicatorLabel: 'Actifs',
      period: '2015',
      unit: 'personnes',
      value: { missing: 'not-in-source' },
      derivedEstimate: 4382,
    },
    { ...ENGINEERS, indicator: 'evolution-emploi', indicatorLabel: 'Évolution', period: '2015-2021', unit: '%', value: 41.6 },
    {
      ...ENGINEERS,
      indicator: 'part-emplois-regionaux',
      indicatorLabel: 'Part',
      period: '2021',
      unit: '%',
      value: { missing: 'ambiguous', candidates: [0.4, 0.5] },
    },
  ],
};

export const labourFixture: Dataset<'labour-market'> = {
  ...meta('labour-market', 'Source : France Travail, DEFM 2024 – Statoscope, traitement Carif-Oref de Normandie'),
  rows: [
    { ...FAMILY, indicator: 'demandeurs-emploi-abc', indicatorLabel: 'DE', period: 'T1 2024', unit: 'personnes', value: 3000 },
    { ...FAMILY, indicator: 'offres-diffusees', indicatorLabel: 'Offres', period: 'T1 2019 – T1 2024', unit: 'offres', value: 9950 },
    {
      ...FAMILY,
      indicator: 'evolution-demandeurs-emploi',
      indicatorLabel: 'Évolution des demandeurs d’emploi',
      period: 'T1 2019 – T1 2024',
      unit: '%',
      value: { missing: 'not-in-source' },
    },
    { ...FAMILY, indicator: 'evolution-offres', indicatorLabel: 'Évolution des offres', period: 'T1 2019 – T1 2024', unit: '%', value: 153.3 },
    { ...ENGINEERS, indicator: 'demandeurs-emploi-abc', indicatorLabel: 'DE', period: 'T1 2024', unit: 'personnes', value: 580 },
    { ...ENGINEERS, indicator: 'offres-diffusees', indicatorLabel: 'Offres', period: 'T1 2019 – T1 2024', unit: 'offres', value: 3598 },
    { ...ENGINEERS, indicator: 'evolution-demandeurs-emploi', indicatorLabel: 'Évolution DE', period: 'T1 2019 – T1 2024', unit: '%', value: 38.1 },
    { ...ENGINEERS, indicator: 'evolution-offres', indicatorLabel: 'Évolution des offres', period: 'T1 2019 – T1 2024', unit: '%', value: 252.6 },
    { ...ENGINEERS, indicator: 'part-hommes', indicatorLabel: 'Hommes', period: 'T1 2024', unit: '%', value: 81 },
    { ...TECHNICIANS, indicator: 'demandeurs-emploi-abc', indicatorLabel: 'DE', period: 'T1 2024', unit: 'personnes', value: 2420 },
    { ...TECHNICIANS, indicator: 'offres-diffusees', indicatorLabel: 'Offres', period: 'T1 2019 – T1 2024', unit: 'offres', value: 6352 },
    { ...TECHNICIANS, indicator: 'evolution-demandeurs-emploi', indicatorLabel: 'Évolution DE', period: 'T1 2019 – T1 2024', unit: '%', value: 16.9 },
    { ...TECHNICIANS, indicator: 'evolution-offres', indicatorLabel: 'Évolution des offres', period: 'T1 2019 – T1 2024', unit: '%', value: 117.6 },
  ],
};

export const profileFixture: Dataset<'employment-profile'> = {
  ...meta('employment-profile'),
  rows: [
    { ...ENGINEERS, dimension: 'diplome', category: 'etudes-superieures', categoryLabel: "Diplôme d'études supérieures", year: 2021, value: 89.1 },
    { ...ENGINEERS, dimension: 'diplome', category: 'aucun-diplome', categoryLabel: 'Aucun diplôme', year: 2021, value: 2.2 },
    { ...TECHNICIANS, dimension: 'diplome', category: 'etudes-superieures', categoryLabel: "Diplôme d'études supérieures", year: 2021, value: 62.6 },
    { ...FAMILY, dimension: 'diplome', category: 'etudes-superieures', categoryLabel: "Diplôme d'études supérieures", year: 2021, value: 73.6 },
    {
      ...ENGINEERS,
      dimension: 'sexe',
      category: 'femmes',
      categoryLabel: 'Femmes',
      year: 2021,
      value: { missing: 'ambiguous', candidates: [18.2, 17.7] },
    },
    {
      ...ENGINEERS,
      dimension: 'sexe',
      category: 'hommes',
      categoryLabel: 'Hommes',
      year: 2021,
      value: { missing: 'ambiguous', candidates: [81.8, 82.3] },
    },
    { ...FAMILY, dimension: 'sexe', category: 'hommes', categoryLabel: 'Hommes', year: 2021, value: 79.9 },
  ],
};

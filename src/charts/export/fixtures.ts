import type { ChartModel } from '../model';

/** A chart model with accents, a lower bound, a secret cell and a label that looks like a formula. */
export const fixtureModel: ChartModel = {
  id: 'employment-growth',
  title: 'Évolution de l’emploi dans l’informatique',
  subtitle: 'Nombre de personnes en emploi, 2015 et 2021',
  source: 'Source : Insee, RP 2015 et 2021, traitement Carif-Oref de Normandie',
  option: { series: [{ type: 'bar', data: [1, 2] }] },
  table: {
    columns: [
      { key: 'area', label: 'Territoire', kind: 'text' },
      { key: 'count', label: 'Effectif', kind: 'count' },
      { key: 'growth', label: 'Évolution', kind: 'rate' },
    ],
    rows: [
      {
        area: { text: 'Orne', sort: 'Orne' },
        count: { text: '1\u202f234', sort: 1234 },
        growth: { text: '+12,3\u00a0%', sort: 12.3 },
      },
      {
        area: { text: 'Seine-Maritime; Le Havre', sort: 'Seine-Maritime' },
        count: { text: '5\u202f000', sort: 5000, flag: 'lower-bound' },
        growth: { text: '-3,5\u00a0%', sort: -3.5 },
      },
      {
        area: { text: '=HYPERLINK("x")', sort: 'x' },
        count: { text: 'secret statistique', sort: null, flag: 'secret' },
        growth: { text: 'non disponible', sort: null, flag: 'not-in-source' },
      },
    ],
  },
  summary: 'L’emploi progresse.',
  notes: [],
  height: 320,
};

import { exportFileName, isoDate, slugify } from './fileName';

describe('export file names', () => {
  const date = new Date(2026, 10, 3, 23, 59);

  it('name the chart and the local day of the export', () => {
    expect(exportFileName('employment-growth', 'png', date)).toBe('observatoire-data-ia_employment-growth_2026-11-03.png');
    expect(exportFileName('recruitment-map', 'csv', date)).toBe('observatoire-data-ia_recruitment-map_2026-11-03.csv');
    expect(isoDate(date)).toBe('2026-11-03');
  });

  it('strip accents and anything unsafe in a file name', () => {
    expect(slugify('Évolution / emploi : «Orne»')).toBe('evolution-emploi-orne');
    expect(exportFileName('../../etc', 'svg', date)).toBe('observatoire-data-ia_etc_2026-11-03.svg');
    expect(exportFileName('', 'svg', date)).toBe('observatoire-data-ia_graphique_2026-11-03.svg');
  });
});

import { HIGHLIGHT_COLOR, UNCERTAIN_DECAL } from '../../charts/theme';
import { buildAdoptionBySector } from './buildAdoptionBySector';
import { adoptionRow, aiRows, SOURCE, type TestAxis, type TestSeries } from './testFixtures';

const data = { rows: aiRows(), source: SOURCE };
const noFilter = { sector: null, year: null } as const;

function parts(model: ReturnType<typeof buildAdoptionBySector>) {
  const option = model.option as unknown as { series: TestSeries[]; yAxis: TestAxis; xAxis: TestAxis; tooltip: { formatter: (p: unknown) => string } };
  return { series: option.series, yAxis: option.yAxis, xAxis: option.xAxis, tooltip: option.tooltip };
}

describe('buildAdoptionBySector', () => {
  it('puts the total first, then sectors by decreasing Normandie 2024 share', () => {
    const model = buildAdoptionBySector(data, noFilter, 'fr');
    expect(model.categories).toEqual(['ensemble', 'numerique', 'industrie', 'transport-logistique']);
    expect(parts(model).yAxis.data).toEqual(model.categories);
    expect(model.table.rows.map((row) => row.sector!.text)).toEqual([
      'Ensemble des TPE-PME',
      'Numérique',
      'Industrie',
      'Transport, logistique',
    ]);
  });

  it('draws Normandie beside France as the reference, one series per area and year, with the values in axis order', () => {
    const { series } = parts(buildAdoptionBySector(data, noFilter, 'fr'));
    expect(series.map((s) => s.name)).toEqual(['Normandie 2023', 'Normandie 2024', 'France 2023', 'France 2024']);
    expect(series[1]!.data.map((item) => item.value)).toEqual([11.6, 20.1, 13.4, 8.6]);
    expect(series[3]!.data.map((item) => item.value)).toEqual([12.8, 39.6, 10.8, 12.4]);
  });

  it('can sort by France instead', () => {
    const model = buildAdoptionBySector(data, noFilter, 'fr', { sortBy: 'france' });
    expect(model.categories).toEqual(['ensemble', 'numerique', 'transport-logistique', 'industrie']);
  });

  it('focuses the year filter: only 2023 series, sorted by Normandie 2023', () => {
    const model = buildAdoptionBySector(data, { sector: null, year: 2023 }, 'fr');
    expect(parts(model).series.map((s) => s.name)).toEqual(['Normandie 2023', 'France 2023']);
    expect(model.categories).toEqual(['ensemble', 'transport-logistique', 'numerique', 'industrie']);
    expect(model.subtitle).toMatch(/2023$/);
    expect(model.table.columns.map((column) => column.label)).toEqual(['Secteur', 'Normandie 2023', 'France 2023']);
  });

  it('ignores a year the barometers do not cover, and says so', () => {
    const model = buildAdoptionBySector(data, { sector: null, year: 2021 }, 'fr');
    expect(parts(model).series).toHaveLength(4);
    expect(model.notes.join(' ')).toContain('2021 n’est pas couverte');
  });

  it('formats numbers the French way in the table, axis, tooltip and summary', () => {
    const model = buildAdoptionBySector(data, noFilter, 'fr');
    const { xAxis, tooltip } = parts(model);
    expect(model.table.rows[0]!['normandie-2024']!.text).toMatch(/^11,6\s%$/u);
    expect(xAxis.axisLabel.formatter(20)).toMatch(/^20\s%$/u);
    const text = tooltip.formatter([{ dataIndex: 1 }]);
    expect(text).toContain('Numérique');
    expect(text).toMatch(/France 2024 : 39,6\s%/u);
    expect(model.summary).toMatch(/En 2024, 11,6\s% des TPE-PME normandes .* contre 12,8\s% en France\. .*Numérique \(20,1\s%\)/u);
    expect(model.source).toBe(SOURCE.citation);
  });

  it('writes English numbers in English', () => {
    const model = buildAdoptionBySector(data, noFilter, 'en');
    expect(model.table.rows[0]!['normandie-2024']!.text).toBe('11.6%');
    expect(parts(model).series[0]!.name).toBe('Normandy 2023');
  });

  it('highlights the picked sector in words, colour and outline, and fades the others', () => {
    const model = buildAdoptionBySector(data, { sector: 'numerique', year: null }, 'fr');
    const { series, yAxis } = parts(model);
    const numerique = series[1]!.data[1]!;
    const industrie = series[1]!.data[2]!;
    expect(numerique.itemStyle?.borderColor).toBe(HIGHLIGHT_COLOR);
    expect(numerique.itemStyle?.opacity).toBeUndefined();
    expect(industrie.itemStyle?.opacity).toBeLessThan(1);
    expect(yAxis.axisLabel.formatter('numerique')).toBe('{picked|▶ Numérique}');
    expect(yAxis.axisLabel.formatter('industrie')).toBe('Industrie');
    expect(model.highlight).toMatch(/^Numérique : .*Normandie 2024 20,1\s%/u);
  });

  it('says when the picked sector is not in this chart', () => {
    const model = buildAdoptionBySector(data, { sector: 'commerce', year: null }, 'fr');
    expect(model.highlight).toBe('« Commerce (détail et gros) » ne figure pas dans ce graphique.');
    expect(parts(model).series[1]!.data.every((item) => item.itemStyle?.opacity === undefined)).toBe(true);
  });

  it('draws an ambiguous value hatched, never as a confident bar, with its candidates in the table', () => {
    const rows = [
      ...aiRows().filter((row) => !(row.sector === 'industrie' && row.year === 2024 && row.area === 'normandie')),
      adoptionRow('ai', 'industrie', 2024, 'normandie', { missing: 'ambiguous', candidates: [13.4, 12] }),
    ];
    const model = buildAdoptionBySector({ rows, source: SOURCE }, noFilter, 'fr');
    const index = model.categories.indexOf('industrie');
    const item = parts(model).series[1]!.data[index]!;
    expect(item.itemStyle?.decal).toEqual(UNCERTAIN_DECAL);
    expect(item.label?.formatter).toBe('incertain');
    const cell = model.table.rows[index]!['normandie-2024']!;
    expect(cell.flag).toBe('ambiguous');
    expect(cell.text).toMatch(/valeur incertaine \(13,4\s% ; 12\s%\)/u);
    expect(model.notes.join(' ')).toContain('hachurées');
  });

  it('returns no option when the selection leaves nothing to draw', () => {
    expect(buildAdoptionBySector({ rows: [], source: SOURCE }, noFilter, 'fr').option).toBeNull();
    const only2023 = { rows: aiRows().filter((row) => row.year === 2023), source: SOURCE };
    const model = buildAdoptionBySector(only2023, { sector: null, year: 2024 }, 'fr');
    expect(model.option).toBeNull();
    expect(model.table.rows).toEqual([]);
    expect(model.notes).toContain('Cet indicateur n’est publié que pour 2023.');
  });
});

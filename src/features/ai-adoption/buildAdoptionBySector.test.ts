import { barTooltipText } from '../../charts/bars';
import { buildAdoptionBySector } from './buildAdoptionBySector';
import { adoptionRow, aiRows, SOURCE } from './testFixtures';

const data = { rows: aiRows(), source: SOURCE };
const noFilter = { sector: null, year: null } as const;

function described(model: ReturnType<typeof buildAdoptionBySector>) {
  if (!model.description) throw new Error('no chart description');
  return model.description;
}

describe('buildAdoptionBySector', () => {
  it('puts the total first, then sectors by decreasing Normandie 2024 share', () => {
    const model = buildAdoptionBySector(data, noFilter, 'fr');
    expect(model.categories).toEqual(['ensemble', 'numerique', 'industrie', 'transport-logistique']);
    expect(described(model).categories.map((category) => category.key)).toEqual(model.categories);
    expect(described(model).categories[0]).toMatchObject({ label: 'Ensemble des TPE-PME', total: true });
    expect(model.table.rows.map((row) => row.sector!.text)).toEqual(['Ensemble des TPE-PME', 'Numérique', 'Industrie', 'Transport, logistique']);
  });

  it('draws Normandie beside France as the reference, one series per area and year, with the values in axis order', () => {
    const { series, unit } = described(buildAdoptionBySector(data, noFilter, 'fr'));
    expect(unit).toBe('percent');
    expect(series.map((s) => s.name)).toEqual(['Normandie 2023', 'Normandie 2024', 'France 2023', 'France 2024']);
    expect(series[1]!.values).toEqual([11.6, 20.1, 13.4, 8.6].map((value) => ({ kind: 'number', value })));
    expect(series[3]!.values).toEqual([12.8, 39.6, 10.8, 12.4].map((value) => ({ kind: 'number', value })));
    // The earlier year is the lighter fill outlined in the area's colour; four series are too many to label.
    expect(series[0]!.fill).toBeDefined();
    expect(series[1]!.fill).toBeUndefined();
    expect(series.every((s) => s.labelled === false)).toBe(true);
  });

  it('can sort by France instead', () => {
    const model = buildAdoptionBySector(data, noFilter, 'fr', { sortBy: 'france' });
    expect(model.categories).toEqual(['ensemble', 'numerique', 'transport-logistique', 'industrie']);
  });

  it('focuses the year filter: only 2023 series, sorted by Normandie 2023', () => {
    const model = buildAdoptionBySector(data, { sector: null, year: 2023 }, 'fr');
    expect(described(model).series.map((s) => s.name)).toEqual(['Normandie 2023', 'France 2023']);
    expect(described(model).series.every((s) => s.labelled !== false)).toBe(true);
    expect(model.categories).toEqual(['ensemble', 'transport-logistique', 'numerique', 'industrie']);
    expect(model.subtitle).toMatch(/2023$/);
    expect(model.table.columns.map((column) => column.label)).toEqual(['Secteur', 'Normandie 2023', 'France 2023']);
  });

  it('ignores a year the barometers do not cover, and says so', () => {
    const model = buildAdoptionBySector(data, { sector: null, year: 2021 }, 'fr');
    expect(described(model).series).toHaveLength(4);
    expect(model.notes.join(' ')).toContain('2021 n’est pas couverte');
  });

  it('formats numbers the French way in the table, axis, tooltip and summary', () => {
    const model = buildAdoptionBySector(data, noFilter, 'fr');
    expect(model.table.rows[0]!['normandie-2024']!.text).toMatch(/^11,6\s%$/u);
    const text = barTooltipText(described(model), 1);
    expect(text).toContain('Numérique');
    expect(text).toMatch(/France 2024 : 39,6\s%/u);
    expect(model.summary).toMatch(/En 2024, 11,6\s% des TPE-PME normandes .* contre 12,8\s% en France\. .*Numérique \(20,1\s%\)/u);
    expect(model.source).toBe(SOURCE.citation);
  });

  it('writes English numbers in English', () => {
    const model = buildAdoptionBySector(data, noFilter, 'en');
    expect(model.table.rows[0]!['normandie-2024']!.text).toBe('11.6%');
    expect(described(model).series[0]!.name).toBe('Normandy 2023');
  });

  it('highlights the picked sector in words, colour and outline, and fades the others', () => {
    const model = buildAdoptionBySector(data, { sector: 'numerique', year: null }, 'fr');
    expect(described(model).emphasis).toEqual({ picked: 'numerique' });
    expect(described(model).clickable).toBe(true);
    expect(model.highlight).toMatch(/^Numérique : .*Normandie 2024 20,1\s%/u);
  });

  it('says when the picked sector is not in this chart', () => {
    const model = buildAdoptionBySector(data, { sector: 'commerce', year: null }, 'fr');
    expect(model.highlight).toBe('« Commerce (détail et gros) » ne figure pas dans ce graphique.');
    expect(described(model).emphasis).toEqual({ picked: null });
  });

  it('draws an ambiguous value hatched, never as a confident bar, with its candidates in the table', () => {
    const rows = [
      ...aiRows().filter((row) => !(row.sector === 'industrie' && row.year === 2024 && row.area === 'normandie')),
      adoptionRow('ai', 'industrie', 2024, 'normandie', { missing: 'ambiguous', candidates: [13.4, 12] }),
    ];
    const model = buildAdoptionBySector({ rows, source: SOURCE }, noFilter, 'fr');
    const index = model.categories.indexOf('industrie');
    const normandie2024 = described(model).series[1]!;
    expect(normandie2024.values[index]).toEqual({ kind: 'ambiguous', candidates: [13.4, 12] });
    expect(normandie2024.labels?.[index]).toBe('incertain');
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

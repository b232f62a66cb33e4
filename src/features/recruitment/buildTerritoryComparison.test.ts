import { OCCUPATIONS_FIXTURE, ROWS_FIXTURE } from './map/map.fixtures';
import { METRO_REGION_CODES, type BmoAggregate, type BmoNationalRow } from '../../data/schemas/bmo';
import { buildTerritoryComparison, shownTokens } from './buildTerritoryComparison';

const NNBSP = '\u202f';
const NBSP = '\u00a0';
const agg = (value: number, secretCells = 0): BmoAggregate => (secretCells > 0 ? { value, lowerBound: true, secretCells } : { value, lowerBound: false });
const regions = Object.fromEntries(METRO_REGION_CODES.map((r) => [r, agg(100)])) as BmoNationalRow['regions'];
const NATIONAL: BmoNationalRow[] = [
  { kind: 'occupation', code: 'M2X90', france: { met: agg(10_000, 5), xmet: agg(6_000, 8), smet: agg(100, 20) }, regions },
  { kind: 'occupation', code: 'M1X80', france: { met: agg(2_000), xmet: agg(900, 1), smet: agg(50, 1) }, regions },
];
// Normandie (ROWS_FIXTURE), IT pair: Rouen 1 200 + 34, Le Havre secret + 20, Caen secret.
const DATA = { national: NATIONAL, rows: ROWS_FIXTURE, occupations: OCCUPATIONS_FIXTURE, source: { citation: 'Source : France Travail, enquête BMO 2024' } };
const base = { occupation: 'informatique', basin: null, dep: null } as const;

describe('buildTerritoryComparison', () => {
  it('defaults to the selection, Normandie and France, and follows the compare parameter', () => {
    expect(shownTokens({ compare: null, basin: null, dep: null })).toEqual(['normandie', 'france']);
    expect(shownTokens({ compare: null, basin: '2817', dep: '14' })).toEqual(['2817', 'normandie', 'france']);
    expect(shownTokens({ compare: '76,2801,2801,zz', basin: '2817', dep: '14' })).toEqual(['76', '2801']);
  });

  it('puts basins, a department, Normandie and France side by side, secret cells never as 0', () => {
    const model = buildTerritoryComparison(DATA, { ...base, compare: '2801,2817,76,france' }, 'fr');
    expect(model.id).toBe('recruitment-territory-comparison');
    const rows = model.table.rows;
    expect(rows.map((row) => row.territory!.text)).toEqual(['Rouen', 'Caen', 'Seine-Maritime', 'France entière']);
    expect(rows[0]!.projects).toMatchObject({ text: `1${NNBSP}234`, sort: 1234 });
    // Caen: its one IT cell is secret — « secret statistique », not 0 and not « aucun projet ».
    expect(rows[1]!.projects).toMatchObject({ text: 'secret statistique', flag: 'secret', sort: null });
    expect(rows[1]!.range!.text).toBe('entre 0 et 4');
    expect(rows[2]!.projects).toMatchObject({ text: `au moins 1${NNBSP}254`, flag: 'lower-bound' });
    expect(rows[3]!.projects!.text).toBe(`au moins 12${NNBSP}000`);
    expect(rows[3]!.difficult!.text).toBe(`≈ 57,5${NBSP}%`);
    const [projects, shares] = model.panels!.panels.map((panel) => panel.chart);
    expect(projects!.categories.map((category) => category.label)).toEqual(['Rouen', 'Caen', 'Seine-Maritime', 'France entière']);
    // Caen's projects are secret: words, never a 0 bar; France is a reference row.
    expect(projects!.series[0]!.values[1]).toEqual({ kind: 'secret' });
    expect(projects!.categories[3]!.total).toBe(true);
    expect(shares!.series.map((series) => series.name)).toEqual(['Part jugée difficile', 'Part saisonnière']);
    expect(shares!.series[0]!.values[3]).toMatchObject({ kind: 'approximate' });
    expect(model.summary).toContain('Caen : projets sous secret statistique (moins de 5 par case).');
  });

  it('speaks English', () => {
    const model = buildTerritoryComparison(DATA, { ...base, compare: 'normandie,france' }, 'en');
    expect(model.title).toBe('Compare areas');
    expect(model.table.rows.map((row) => row.territory!.text)).toEqual(['Normandy', 'Whole of France']);
  });

  it('writes English colons in English (no space before « : ») and keeps the French ones in French', () => {
    const filters = { ...base, compare: '2801,2817,normandie,france' };
    const en = buildTerritoryComparison(DATA, filters, 'en');
    const [projects] = en.panels!.panels.map((panel) => panel.chart);
    expect(projects!.tooltip!(0)).toMatch(/^Rouen\nRecruitment projects: 1,234 \(.*\)\nShare judged difficult: .+\nShare seasonal: .+$/);
    expect(en.summary).toMatch(/^[^:]+: Rouen/);
    for (const text of [en.summary, ...en.notes, ...en.table.rows.map((_, index) => projects!.tooltip!(index))]) expect(text).not.toMatch(/[ \u00a0\u202f]:/);
    const fr = buildTerritoryComparison(DATA, filters, 'fr');
    expect(fr.panels!.panels[0]!.chart.tooltip!(0)).toMatch(
      /^Rouen\nProjets de recrutement : 1\u202f234 \(.*\)\nPart jugée difficile : .+\nPart saisonnière : .+$/,
    );
    expect(fr.summary).toMatch(/^[^:]+ : Rouen/);
  });
});

import { OCCUPATIONS_FIXTURE, ROWS_FIXTURE } from './map/map.fixtures';
import { rankRange, shareOfWhole, shareWithin } from '../../data/bmoNational';
import { METRO_REGION_CODES, type BmoAggregate, type BmoNationalRow } from '../../data/schemas/bmo';
import { buildNormandyFrance, normandyFranceComparison, rankText } from './buildNormandyFrance';

const NNBSP = '\u202f';
const PCT = '\u00a0%';
const agg = (value: number, secretCells = 0): BmoAggregate => (secretCells > 0 ? { value, lowerBound: true, secretCells } : { value, lowerBound: false });
function nationalRow(
  kind: 'occupation' | 'family',
  code: string,
  france: [BmoAggregate, BmoAggregate, BmoAggregate],
  regions: Record<string, BmoAggregate>,
): BmoNationalRow {
  const all = Object.fromEntries(METRO_REGION_CODES.map((r) => [r, regions[r] ?? agg(100)])) as BmoNationalRow['regions'];
  return { kind, code, france: { met: france[0], xmet: france[1], smet: france[2] }, regions: all };
}

// Normandie (ROWS_FIXTURE): M2X90 = 1 200 + 2 secret cells; xmet 600 + 2 secret; smet 0 + 2 secret (all secret).
const NATIONAL: BmoNationalRow[] = [
  nationalRow('occupation', 'M2X90', [agg(10_000, 5), agg(6_000, 8), agg(100, 20)], {
    '11': agg(5_000),
    '84': agg(1_500, 1),
    '76': agg(1_202),
    '93': agg(1_100, 30),
    '28': agg(1_200, 2),
    '94': agg(0),
  }),
  nationalRow('occupation', 'M1X80', [agg(2_000), agg(900, 1), agg(50, 1)], { '28': agg(54, 0) }),
  nationalRow('occupation', 'A0X40', [agg(40_000), agg(20_000), agg(30_000)], { '28': agg(50) }),
  nationalRow('family', 'C', [agg(12_000, 5), agg(6_900, 9), agg(150, 21)], { '28': agg(1_254, 2) }),
  nationalRow('family', 'Z', [agg(40_000), agg(20_000), agg(30_000)], { '28': agg(50) }),
];
const DATA = { national: NATIONAL, rows: ROWS_FIXTURE, occupations: OCCUPATIONS_FIXTURE, source: { citation: 'Source : France Travail, enquête BMO 2024' } };

describe('national comparison helpers', () => {
  it('bounds a part of a whole by the rest of the whole at its extremes', () => {
    const share = shareOfWhole({ value: 1_200, secretCells: 2 }, { value: 10_000, secretCells: 5 })!;
    expect(share.value).toBe(12);
    expect(share.min).toBeCloseTo((100 * 1_200) / (1_200 + 8_800 + 12), 6);
    expect(share.max).toBeCloseTo((100 * 1_208) / (1_208 + 8_800), 6);
    expect(share.uncertain).toBe(true);
    expect(shareOfWhole({ value: 0, secretCells: 0 }, { value: 0, secretCells: 0 })).toBeNull();
  });

  it('never reads an all-secret numerator as 0 %', () => {
    const seasonal = shareWithin({ value: 0, secretCells: 2 }, { value: 1_200, secretCells: 2 })!;
    expect(seasonal.value).toBeNull();
    expect(seasonal.min).toBe(0);
    expect(seasonal.max).toBeCloseTo((100 * 8) / 1_200, 6);
  });

  it('ranks with a range when secret cells could reorder regions', () => {
    const target = { value: 1_200, secretCells: 2 };
    const all = [{ value: 5_000, secretCells: 0 }, target, { value: 1_202, secretCells: 0 }, { value: 10, secretCells: 0 }];
    expect(rankRange(target, all)).toEqual({ min: 2, max: 3, of: 4 });
    expect(rankRange(all[0]!, all)).toEqual({ min: 1, max: 1, of: 4 });
  });
});

describe('buildNormandyFrance', () => {
  it('puts Normandie against France for an occupation, secret cells as bounds, rank as a range', () => {
    const c = normandyFranceComparison(DATA, 'M2X90');
    expect(c.normandie.met).toEqual({ value: 1_200, secretCells: 2 });
    expect(c.rank).toEqual({ min: 3, max: 5, of: 13 });
    expect(rankText(c.rank, 'fr')).toBe('entre le 3e et le 5e sur 13');

    const model = buildNormandyFrance(DATA, { occupation: 'M2X90' }, 'fr');
    expect(model.id).toBe('recruitment-normandy-france');
    expect(model.title).toBe('La Normandie face à la France');
    expect(model.notes[0]).toBe(
      `Normandie : au moins 1${NNBSP}200 projets, soit ≈ 12${PCT} des projets de France (entre 12${PCT} et 12,1${PCT}) ; rang parmi les régions métropolitaines : entre le 3e et le 5e sur 13.`,
    );
    // Seasonal projects of Normandie are all secret: « secret statistique », never 0 %.
    expect(model.notes[1]).toBe(`Jugés difficiles : ≈ 50${PCT} en Normandie contre ≈ 60${PCT} en France ; saisonniers : secret statistique contre ≈ 1${PCT}.`);
    expect(model.summary).toContain('Ingénieurs');
    const normandie = model.table.rows.find((row) => row.territory!.text === 'Normandie')!;
    expect(normandie.projects).toMatchObject({ text: `au moins 1${NNBSP}200`, flag: 'lower-bound' });
    expect(normandie.range!.text).toBe(`entre 1${NNBSP}200 et 1${NNBSP}208`);
    expect(normandie.seasonal).toMatchObject({ text: 'secret statistique', flag: 'secret', sort: null });
    expect(model.table.rows[0]!.territory!.text).toBe('France entière');
    expect(model.table.rows).toHaveLength(14);
    // Corse has no IT line: « aucun projet », a true zero, distinct from a secret.
    expect(model.table.rows.find((row) => row.territory!.text === 'Corse')!.projects!.text).toBe('aucun projet');
  });

  it('draws the two shares side by side and the 13 regions with Normandie highlighted', () => {
    const model = buildNormandyFrance(DATA, { occupation: 'M2X90' }, 'fr');
    const [shares, regions] = model.panels!.panels.map((panel) => panel.chart);
    expect(shares!.series.map((series) => series.name)).toEqual(['Normandie', 'France entière']);
    // Normandie's seasonal projects are all secret: words on an empty slot, never a 0 % bar.
    expect(shares!.series[0]!.values).toEqual([{ kind: 'approximate', value: 50 }, { kind: 'secret' }]);
    expect(shares!.series[1]!.values[0]).toEqual({ kind: 'approximate', value: 60 });
    expect(shares!.max).toBe(100);
    expect(regions!.categories.slice(0, 5).map((category) => category.label)).toEqual([
      'Île-de-France',
      'Auvergne-Rhône-Alpes',
      'Occitanie',
      'Normandie',
      "Provence-Alpes-Côte d'Azur",
    ]);
    expect(regions!.emphasis?.picked).toBe('28');
    expect(regions!.series[0]!.values[3]).toEqual({ kind: 'lower-bound', value: 1_200 });
    expect(regions!.tooltip!(3)).toBe(`Normandie\nProjets de recrutement : au moins 1${NNBSP}200\nRang : entre le 3e et le 5e sur 13`);
  });

  it('uses the family aggregate for a family, the pair for « informatique », and says when France has no project', () => {
    expect(normandyFranceComparison(DATA, 'famille-C').france.met).toEqual({ value: 12_000, secretCells: 5 });
    expect(normandyFranceComparison(DATA, 'informatique').france.met).toEqual({ value: 12_000, secretCells: 5 });
    expect(normandyFranceComparison(DATA, 'informatique').normandie.met).toEqual({ value: 1_254, secretCells: 2 });
    const exact = buildNormandyFrance(DATA, { occupation: 'A0X40' }, 'fr');
    expect(exact.notes[0]).toContain('Normandie : 50 projets, soit 0,1');
    expect(exact.notes.join(' ')).not.toContain('au moins');
    const empty = buildNormandyFrance(DATA, { occupation: 'B0X10' }, 'fr');
    expect(empty.option).toBeNull();
    expect(empty.summary).toContain('aucun projet de recrutement déclaré en France');
  });

  it('names the shares briefly at phone width', () => {
    const model = buildNormandyFrance(DATA, { occupation: 'M2X90' }, 'fr', { compact: true });
    expect(model.panels!.panels[0]!.chart.categories.map((category) => category.label)).toEqual(['Difficiles', 'Saisonniers']);
  });

  it('speaks English', () => {
    const model = buildNormandyFrance(DATA, { occupation: 'M2X90' }, 'en');
    expect(model.title).toBe('Normandy against France');
    expect(model.notes[0]).toContain('at least 1,200 projects, ≈ 12% of France’s projects');
    expect(model.notes[0]).toContain('between 3rd and 5th of 13');
  });

  it('writes English colons in English (no space before « : ») and keeps the French ones in French', () => {
    const spacedColon = /[ \u00a0\u202f]:/;
    const en = buildNormandyFrance(DATA, { occupation: 'M2X90' }, 'en');
    const [shares, regions] = en.panels!.panels.map((panel) => panel.chart);
    expect(regions!.tooltip!(3)).toMatch(/\nRecruitment projects: at least 1,200\nRank: between 3rd and 5th of 13$/);
    expect(shares!.tooltip!(0, 0)).toMatch(/^Share judged difficult\nNormandy: ≈ 50%/);
    expect(en.summary).toMatch(/^[^:]+: /);
    const texts = [
      en.summary,
      ...en.notes,
      ...[0, 1].flatMap((index) => [0, 1].map((series) => shares!.tooltip!(index, series))),
      ...regions!.categories.map((_, index) => regions!.tooltip!(index)),
    ];
    for (const text of texts) expect(text).not.toMatch(spacedColon);
    const fr = buildNormandyFrance(DATA, { occupation: 'M2X90' }, 'fr');
    const [frShares] = fr.panels!.panels.map((panel) => panel.chart);
    expect(frShares!.tooltip!(0, 0)).toMatch(/^Part jugée difficile\nNormandie : ≈ 50/);
    expect(fr.summary).toMatch(/^Ingénieurs de l’informatique \(M2X90\) : Normandie : au moins/);
  });
});

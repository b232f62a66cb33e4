import { BASINS_FIXTURE, OCCUPATIONS_FIXTURE, ROWS_FIXTURE } from './map.fixtures';
import { joinBasins, rankDescending, rankedOrder, resolveOccupationCodes } from './join';

const STUDY = ['M2X90', 'M1X80'];
const byCode = (join: ReturnType<typeof joinBasins>) => new Map(join.basins.map((basin) => [basin.code, basin]));

describe('resolveOccupationCodes', () => {
  it('maps the study pair, one code and a family to BMO codes', () => {
    expect(resolveOccupationCodes('informatique', OCCUPATIONS_FIXTURE)).toEqual(['M2X90', 'M1X80']);
    expect(resolveOccupationCodes('A0X40', OCCUPATIONS_FIXTURE)).toEqual(['A0X40']);
    expect(resolveOccupationCodes('famille-C', OCCUPATIONS_FIXTURE)).toEqual(['M1X80', 'M2X90']);
    expect(resolveOccupationCodes('famille-Q', OCCUPATIONS_FIXTURE)).toEqual([]);
  });
});

describe('joinBasins (projects)', () => {
  const join = joinBasins(ROWS_FIXTURE, BASINS_FIXTURE, STUDY, 'projets');
  const basins = byCode(join);

  it('keeps every basin, in the given order', () => {
    expect(join.basins.map((basin) => basin.code)).toEqual(['2801', '2806', '2817', '2821']);
  });

  it('sums published cells and flags a sum with a secret cell as a lower bound', () => {
    expect(basins.get('2801')).toMatchObject({ status: 'value', value: 1234, uncertain: false, rank: 1 });
    expect(basins.get('2806')).toMatchObject({ status: 'value', value: 20, uncertain: true, rank: 2 });
  });

  it('never reads an all-secret basin as 0, and tells it apart from a basin without any project', () => {
    expect(basins.get('2817')).toMatchObject({ status: 'secret', value: null, rank: null });
    expect(basins.get('2821')).toMatchObject({ status: 'none', value: null, rank: null, shareOfRegion: null });
  });

  it('gives each basin its share of the region, and the region total as a lower bound', () => {
    expect(join.region).toEqual({ value: 1254, lowerBound: true });
    expect(basins.get('2801')!.shareOfRegion).toBeCloseTo((100 * 1234) / 1254);
    expect(join.ranked).toBe(2);
  });
});

describe('joinBasins (shares)', () => {
  it('computes difficult shares, approximate when a cell is secret, secret when the numerator is', () => {
    const basins = byCode(joinBasins(ROWS_FIXTURE, BASINS_FIXTURE, STUDY, 'difficiles'));
    expect(basins.get('2801')).toMatchObject({ status: 'value', uncertain: false });
    expect(basins.get('2801')!.value).toBeCloseTo((100 * 610) / 1234);
    // Le Havre: 20 projects published, every "difficult" cell secret → unknown, not 0 %.
    expect(basins.get('2806')).toMatchObject({ status: 'secret', value: null });
    expect(basins.get('2817')!.status).toBe('secret');
    expect(basins.get('2821')!.status).toBe('none');
  });

  it('computes seasonal shares from smet', () => {
    const basins = byCode(joinBasins(ROWS_FIXTURE, BASINS_FIXTURE, ['A0X40'], 'saisonniers'));
    expect(basins.get('2821')).toMatchObject({ status: 'value', value: 80, uncertain: false, rank: 1 });
  });
});

describe('ranking', () => {
  it('gives ties the same rank and skips the next ones', () => {
    expect([
      ...rankDescending(
        new Map([
          ['a', 5],
          ['b', 9],
          ['c', 5],
          ['d', 1],
        ]),
      ),
    ]).toEqual([
      ['a', 2],
      ['b', 1],
      ['c', 2],
      ['d', 4],
    ]);
  });

  it('orders ranked basins first, then secret, then none', () => {
    const join = joinBasins(ROWS_FIXTURE, BASINS_FIXTURE, STUDY, 'projets');
    expect(rankedOrder(join.basins).map((basin) => basin.label)).toEqual(['Rouen', 'Le Havre', 'Caen', 'Vire']);
  });
});

import { derivedSum, fromMeasure, fromShare, fromTotal, statementCell, statementFields, statementText, type ValueStatement } from './valueStatement';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('fromTotal: a sum of cells, some maybe secret', () => {
  it.each([
    [{ value: 0, lowerBound: true }, { kind: 'secret' }],
    [{ value: 0, lowerBound: false }, { kind: 'none' }],
    [
      { value: 26, lowerBound: true },
      { kind: 'lower-bound', value: 26 },
    ],
    [
      { value: 26, lowerBound: false },
      { kind: 'number', value: 26 },
    ],
  ])('%o → %o', (total, expected) => {
    expect(fromTotal(total)).toEqual(expected);
  });
});

describe('fromShare', () => {
  it('a numerator whose every cell is secret is secret, not ≈ 0 %', () => {
    const statement = fromShare({ value: 0, lowerBound: true }, { value: 23, lowerBound: false });
    expect(statement).toEqual({ kind: 'secret' });
    expect(statementText(statement, 'percent', 'fr')).toBe('secret statistique');
  });
  it('a secret denominator is secret; no project at all leaves the share undefined', () => {
    expect(fromShare({ value: 0, lowerBound: true }, { value: 0, lowerBound: true }).kind).toBe('secret');
    expect(fromShare({ value: 0, lowerBound: false }, { value: 0, lowerBound: false }).kind).toBe('undefined-share');
  });
  it('is approximate when either side omits secret cells, exact otherwise', () => {
    expect(fromShare({ value: 20, lowerBound: false }, { value: 1254, lowerBound: true })).toEqual({ kind: 'approximate', value: (100 * 20) / 1254 });
    expect(fromShare({ value: 600, lowerBound: false }, { value: 1200, lowerBound: false })).toEqual({ kind: 'number', value: 50 });
  });
});

describe('statementText: one wording per kind, in French and English', () => {
  const cases: [ValueStatement, 'count' | 'percent', string, string][] = [
    [{ kind: 'number', value: 1234 }, 'count', `1${NNBSP}234`, '1,234'],
    [{ kind: 'lower-bound', value: 26 }, 'count', 'au moins 26', 'at least 26'],
    [{ kind: 'lower-bound', value: 1000, strict: true }, 'count', `plus de 1${NNBSP}000`, 'more than 1,000'],
    [{ kind: 'approximate', value: 58.23 }, 'percent', `≈ 58,2${NBSP}%`, '≈ 58.2%'],
    [{ kind: 'range', min: 254, max: 266 }, 'count', 'entre 254 et 266', 'between 254 and 266'],
    [{ kind: 'secret' }, 'count', 'secret statistique', 'statistical confidentiality'],
    [{ kind: 'secret' }, 'percent', 'secret statistique', 'statistical confidentiality'],
    [{ kind: 'none' }, 'count', 'aucun', 'none'],
    [{ kind: 'not-in-source' }, 'count', 'non disponible', 'not available'],
    [{ kind: 'ambiguous', candidates: [0, 10] }, 'count', 'valeur incertaine (0 ou 10)', 'uncertain value (0 or 10)'],
    [
      { kind: 'derived', value: 680, how: 'sum-of-study-figures' },
      'count',
      '680 (somme calculée des chiffres de l’étude)',
      '680 (sum computed from the study’s figures)',
    ],
  ];
  it.each(cases)('%o (%s)', (statement, unit, fr, en) => {
    expect(statementText(statement, unit, 'fr')).toBe(fr);
    expect(statementText(statement, unit, 'en')).toBe(en);
  });

  it('never writes a secret as 0 or « aucun », whatever the unit or option', () => {
    for (const unit of ['count', 'percent', 'rate'] as const) {
      for (const lang of ['fr', 'en'] as const) {
        const text = statementText({ kind: 'secret' }, unit, lang, { noneText: 'aucun projet', terse: true });
        expect(text).not.toMatch(/\b0\b|aucun|none|no project/);
      }
    }
  });
});

describe('derivedSum', () => {
  it('adds confident figures into a value marked as derived, never as the source’s', () => {
    expect(
      derivedSum([
        { kind: 'number', value: 270 },
        { kind: 'number', value: 410 },
      ]),
    ).toEqual({ kind: 'derived', value: 680, how: 'sum-of-study-figures' });
  });
  it('refuses to add an ambiguous or missing figure', () => {
    expect(derivedSum([{ kind: 'number', value: 270 }, fromMeasure({ missing: 'ambiguous', candidates: [0, 10] })])).toBeNull();
    expect(derivedSum([{ kind: 'number', value: 270 }, fromMeasure(undefined)])).toBeNull();
  });
});

describe('statementCell and statementFields', () => {
  it('keeps secret and missing values out of the sort order and flags them', () => {
    expect(statementCell({ kind: 'secret' }, 'count', 'fr')).toMatchObject({ text: 'secret statistique', sort: null, flag: 'secret' });
    expect(statementCell({ kind: 'lower-bound', value: 26 }, 'count', 'fr')).toMatchObject({ text: '26', sort: 26, flag: 'lower-bound' });
    expect(statementCell({ kind: 'lower-bound', value: 1000, strict: true }, 'count', 'fr')).toMatchObject({ text: `plus de 1${NNBSP}000`, sort: 1000 });
    expect(statementCell({ kind: 'derived', value: 680, how: 'sum-of-study-figures' }, 'count', 'fr', { terse: true })).toMatchObject({
      text: '680',
      flag: 'derived',
    });
  });
  it('gives exports a raw value only when it is the source’s exact figure, a bound, and a status', () => {
    expect(statementFields({ kind: 'number', value: 12.5 })).toEqual({ value: 12.5, lowerBound: null, status: 'exact' });
    expect(statementFields({ kind: 'lower-bound', value: 26 })).toEqual({ value: null, lowerBound: 26, status: 'lower-bound' });
    expect(statementFields({ kind: 'secret' })).toEqual({ value: null, lowerBound: null, status: 'secret' });
    expect(statementFields({ kind: 'ambiguous', candidates: [0, 10] })).toEqual({ value: null, lowerBound: null, status: 'ambiguous:0|10' });
    expect(statementFields({ kind: 'derived', value: 680, how: 'sum-of-study-figures' }).status).toBe('derived:sum-of-study-figures');
  });
});

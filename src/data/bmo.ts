/**
 * France Travail BMO (Besoins en main-d'œuvre) — pure helpers shared by the
 * data script (`scripts/data-bmo.ts`), the map, the charts and the tests.
 *
 * - The CSV parser lives in `./bmoCsv.ts` (it pulls in papaparse, which the
 *   app does not need at run time).
 * - {@link sumRows}, {@link totalsBy}: sums returning the contract's `Total`
 *   (`lowerBound: true` as soon as one summed cell is secret).
 * - {@link share}, {@link difficultShare}, {@link seasonalShare}: percentages
 *   that are `Missing` when the denominator is secret or zero.
 * - {@link rangeOf}, {@link roundToTens}, {@link checkRounded}: bounds used to
 *   compare figures rounded to tens (the study's) with the open data.
 *
 * Secret cells (`*`) hold fewer than 5 projects: they are never read as 0 or 1,
 * only as `{ missing: 'secret' }`, and as the interval 0…{@link SECRET_MAX}
 * when a bound is needed.
 */
import type { Missing, Total } from './contract';
import type { BmoCount, BmoOccupation, BmoRow, RoundingCheck } from './schemas/bmo';

export type { BmoCount, BmoOccupation, BmoRow };

/** The largest value a secret cell can hold (the smallest published value is 5). */
export const SECRET_MAX = 4;

/** The three measures of the survey. */
export type BmoMeasure = 'met' | 'xmet' | 'smet';

/** A fresh secret marker (never share one object between rows). */
export function secretCell(): { missing: 'secret' } {
  return { missing: 'secret' };
}

export function isSecret(cell: BmoCount): cell is { missing: 'secret' } {
  return typeof cell === 'object';
}

/**
 * Basin names used by the Carif-Oref study (BMO 2024 pages), by BMO 2024 code.
 * "Lillebonne" is basin 2808 (BOLBEC, which contains Lillebonne and
 * Port-Jérôme). "Vernon" (2812) and "Louviers" (2810) are two basins, as in
 * the BMO 2024 zoning; "Coutances – St-Lô" is one basin (2824 SAINT LO
 * COUTANCES), its label printed on two lines. The reasoning is in
 * data/bmo/SOURCES.md. Basins the study does not show are absent.
 */
export const STUDY_BASIN_NAMES: Readonly<Record<string, readonly string[]>> = {
  '2801': ['Rouen'],
  '2802': ['Pays de Caux'],
  '2806': ['Le Havre'],
  '2808': ['Lillebonne'],
  '2810': ['Louviers'],
  '2811': ['Evreux'],
  '2812': ['Vernon'],
  '2814': ['Pont-Audemer'],
  '2817': ['Caen'],
  '2818': ['Bayeux'],
  '2820': ['Lisieux'],
  '2822': ['Nord Cotentin'],
  '2823': ['Sud Manche'],
  '2824': ['Coutances – St-Lô'],
  '2826': ['Alençon'],
  '2828': ['Mortagne-l’Aigle'],
};

/** BMO 2024 basin codes behind a study basin name ("Vernon" → ["2812"]). */
export function basinsOfStudyName(name: string): string[] {
  return Object.keys(STUDY_BASIN_NAMES)
    .filter((code) => STUDY_BASIN_NAMES[code]?.includes(name))
    .sort();
}

// ---------------------------------------------------------------------------
// Aggregation
// ---------------------------------------------------------------------------

/** Restricts a sum; an omitted list means "all". */
export interface BmoFilter {
  occupations?: readonly string[];
  basins?: readonly string[];
  deps?: readonly string[];
}

export function matchesFilter(row: BmoRow, filter: BmoFilter = {}): boolean {
  return (
    (!filter.occupations || filter.occupations.includes(row.occupation)) &&
    (!filter.basins || filter.basins.includes(row.basin)) &&
    (!filter.deps || filter.deps.includes(row.dep))
  );
}

/** Sum of cells; `lowerBound` when any cell is secret (the true total is at least `value`). */
export function sumCells(cells: Iterable<BmoCount>): Total {
  let value = 0;
  let lowerBound = false;
  for (const cell of cells) {
    if (typeof cell === 'number') value += cell;
    else lowerBound = true;
  }
  return { value, lowerBound };
}

/** Sum of one measure over the rows matching `filter`. An empty selection gives `{ value: 0, lowerBound: false }`. */
export function sumRows(rows: readonly BmoRow[], measure: BmoMeasure, filter?: BmoFilter): Total {
  return sumCells(rows.filter((row) => matchesFilter(row, filter)).map((row) => row[measure]));
}

/** Totals of one measure grouped by basin, department or occupation (keys sorted). */
export function totalsBy(
  rows: readonly BmoRow[],
  measure: BmoMeasure,
  by: 'basin' | 'dep' | 'occupation',
  filter?: BmoFilter,
): Record<string, Total> {
  const groups = new Map<string, BmoCount[]>();
  for (const row of rows) {
    if (!matchesFilter(row, filter)) continue;
    const key = row[by];
    const list = groups.get(key);
    if (list) list.push(row[measure]);
    else groups.set(key, [row[measure]]);
  }
  const out: Record<string, Total> = {};
  for (const key of [...groups.keys()].sort()) out[key] = sumCells(groups.get(key) ?? []);
  return out;
}

/** Per-basin totals (for the choropleth). */
export const sumByBasin = (rows: readonly BmoRow[], measure: BmoMeasure, filter?: BmoFilter) => totalsBy(rows, measure, 'basin', filter);
/** Per-department totals. */
export const sumByDepartment = (rows: readonly BmoRow[], measure: BmoMeasure, filter?: BmoFilter) => totalsBy(rows, measure, 'dep', filter);
/** Per-occupation totals (ranking charts). */
export const sumByOccupation = (rows: readonly BmoRow[], measure: BmoMeasure, filter?: BmoFilter) =>
  totalsBy(rows, measure, 'occupation', filter);

/**
 * A percentage computed from totals.
 * - `value` is in percent (0–100, not rounded), or `Missing` when the
 *   denominator is 0: `secret` if it is 0 only because every cell is secret,
 *   `not-in-source` if there are no projects at all.
 * - `lowerBoundAffected`: numerator or denominator omits secret cells, so the
 *   true share may differ; show it as approximate.
 */
export interface Share {
  value: number | Missing;
  lowerBoundAffected: boolean;
}

export function share(part: Total, whole: Total): Share {
  const lowerBoundAffected = part.lowerBound || whole.lowerBound;
  if (whole.value === 0) {
    return {
      value: whole.lowerBound
        ? { missing: 'secret', note: 'dénominateur soumis au secret statistique' }
        : { missing: 'not-in-source', note: 'aucun projet de recrutement : part non définie' },
      lowerBoundAffected,
    };
  }
  return { value: Math.min(100, (100 * part.value) / whole.value), lowerBoundAffected };
}

/** Share of recruitment projects judged difficult (xmet / met), in %. */
export function difficultShare(rows: readonly BmoRow[], filter?: BmoFilter): Share {
  return share(sumRows(rows, 'xmet', filter), sumRows(rows, 'met', filter));
}

/** Share of seasonal recruitment projects (smet / met), in %. */
export function seasonalShare(rows: readonly BmoRow[], filter?: BmoFilter): Share {
  return share(sumRows(rows, 'smet', filter), sumRows(rows, 'met', filter));
}

// ---------------------------------------------------------------------------
// Bounds and rounding (comparing figures rounded to tens)
// ---------------------------------------------------------------------------

/** Closed integer interval. */
export interface Range {
  min: number;
  max: number;
}

/** Interval of the true sum of cells: each secret cell counts 0…SECRET_MAX. */
export function rangeOf(cells: Iterable<BmoCount>): Range {
  let min = 0;
  let secrets = 0;
  for (const cell of cells) {
    if (typeof cell === 'number') min += cell;
    else secrets += 1;
  }
  return { min, max: min + secrets * SECRET_MAX };
}

/** {@link rangeOf} for one measure over the rows matching `filter`. */
export function rangeOfRows(rows: readonly BmoRow[], measure: BmoMeasure, filter?: BmoFilter): Range {
  return rangeOf(rows.filter((row) => matchesFilter(row, filter)).map((row) => row[measure]));
}

/** Rounds to the nearest ten, halves up (85 → 90), as the study does. */
export function roundToTens(n: number): number {
  return Math.floor(n / 10 + 0.5) * 10;
}

/** The interval of values rounded to tens that a true value in `range` can give. */
export function roundedRange(range: Range): Range {
  return { min: roundToTens(range.min), max: roundToTens(range.max) };
}

/**
 * Compares a figure rounded to tens with the true value's interval:
 * `exact` when the interval is one value and it rounds to the figure,
 * `bound` when the figure is reachable only for some values of the secret
 * cells, `mismatch` otherwise.
 */
export function checkRounded(figure: number, range: Range): RoundingCheck {
  const rounded = roundedRange(range);
  if (figure % 10 !== 0 || figure < rounded.min || figure > rounded.max) return 'mismatch';
  return range.min === range.max ? 'exact' : 'bound';
}

/**
 * Compares a printed percentage (one decimal) with the interval of
 * part / whole, each an interval: `exact` if both are exact and the share
 * rounds to the figure, `bound` if the figure lies within reach, else `mismatch`.
 */
export function checkShare(percent: number, part: Range, whole: Range, decimals = 1): RoundingCheck {
  if (whole.max === 0) return 'mismatch';
  const step = 10 ** -decimals / 2;
  const low = (100 * part.min) / whole.max;
  const high = whole.min === 0 ? 100 : Math.min(100, (100 * part.max) / whole.min);
  if (percent + step < low || percent - step > high) return 'mismatch';
  if (part.min === part.max && whole.min === whole.max) {
    return Math.abs((100 * part.min) / whole.min - percent) <= step ? 'exact' : 'mismatch';
  }
  return 'bound';
}

/**
 * Normandy against France from the national aggregates (`bmo-YYYY-france`)
 * and Normandy's own rows: pure helpers shared by the Recrutements chart and
 * the overview's key figure.
 *
 * Every figure is an interval because secret cells (0 to {@link SECRET_MAX}
 * each) are left out of the published sums: a count is [published, published
 * + 4 × secret cells], a share is bounded from those intervals, and the rank
 * of Normandie among the 13 metropolitan regions is a range when secret cells
 * could reorder regions. Point values (published cells only) are what the
 * rest of the dashboard shows, marked uncertain when a secret cell is left out.
 */
import { SECRET_MAX, type BmoMeasure } from './bmo';
import type { Total } from './contract';
import {
  METRO_REGION_CODES,
  METRO_REGIONS,
  type BmoAggregate,
  type BmoNationalRow,
  type BmoRow,
  type MetroRegionCode,
} from './schemas/bmo';

/** A sum of cells: the published part and how many secret cells it leaves out. */
export interface CellTotal {
  value: number;
  secretCells: number;
}

export const NO_CELLS: CellTotal = { value: 0, secretCells: 0 };

export const cellTotal = (aggregate: BmoAggregate): CellTotal => ({ value: aggregate.value, secretCells: aggregate.secretCells ?? 0 });
export const addCells = (a: CellTotal, b: CellTotal): CellTotal => ({ value: a.value + b.value, secretCells: a.secretCells + b.secretCells });
export const toTotal = (cells: CellTotal): Total => ({ value: cells.value, lowerBound: cells.secretCells > 0 });
export const maxOf = (cells: CellTotal): number => cells.value + SECRET_MAX * cells.secretCells;

/** A percentage with its bounds; `value` from published cells only (null when undefined). */
export interface ShareInterval {
  value: number | null;
  min: number;
  max: number;
  /** Secret cells are left out: the value is approximate (shown as ≈). */
  uncertain: boolean;
}

/**
 * part / whole where `part` is a subset of `whole`'s cells (Normandie within
 * France). The rest of the whole is [whole − part] published plus its own
 * secret cells; the share is lowest with part at its minimum and the rest at
 * its maximum, and the reverse. Null value when the published whole is 0.
 */
export function shareOfWhole(part: CellTotal, whole: CellTotal): ShareInterval | null {
  const rest: CellTotal = { value: whole.value - part.value, secretCells: whole.secretCells - part.secretCells };
  const lowDen = part.value + maxOf(rest);
  const highNum = maxOf(part);
  const highDen = highNum + rest.value;
  if (lowDen === 0 && highDen === 0) return null;
  return {
    value: whole.value > 0 ? (100 * part.value) / whole.value : null,
    min: lowDen === 0 ? 0 : (100 * part.value) / lowDen,
    max: highDen === 0 ? 100 : (100 * highNum) / highDen,
    uncertain: whole.secretCells > 0,
  };
}

/**
 * sub / all within one area, where each cell of `sub` (xmet, smet) is at most
 * the same cell of `all` (met): bounded by sub's minimum over all's maximum
 * and sub's maximum over all's minimum (capped at 100).
 */
export function shareWithin(sub: CellTotal, all: CellTotal): ShareInterval | null {
  if (maxOf(all) === 0) return null;
  return {
    value: all.value > 0 && !(sub.value === 0 && sub.secretCells > 0) ? Math.min(100, (100 * sub.value) / all.value) : null,
    min: (100 * sub.value) / maxOf(all),
    max: all.value === 0 ? 100 : Math.min(100, (100 * maxOf(sub)) / all.value),
    uncertain: sub.secretCells > 0 || all.secretCells > 0,
  };
}

export interface AreaMeasures {
  met: CellTotal;
  xmet: CellTotal;
  smet: CellTotal;
}

export interface RegionProjects {
  code: MetroRegionCode;
  name: string;
  met: CellTotal;
}

/** Competition rank (1 = most projects) of one region, as a range when intervals overlap. */
export interface RankRange {
  min: number;
  max: number;
  of: number;
}

export interface NationalComparison {
  normandie: AreaMeasures;
  france: AreaMeasures;
  /** Normandie's projects as a share of France's. */
  shareOfFrance: ShareInterval | null;
  difficult: { normandie: ShareInterval | null; france: ShareInterval | null };
  seasonal: { normandie: ShareInterval | null; france: ShareInterval | null };
  /** Null when Normandie has no project declared. */
  rank: RankRange | null;
  /** The 13 metropolitan regions, most published projects first (then by name). */
  regions: RegionProjects[];
  /** No project at all in France for this selection. */
  empty: boolean;
}

/** What the occupation filter covers: a family (its aggregate row) or a list of occupation codes. */
export type NationalSelection = { family: string } | { codes: readonly string[] };

function nationalRows(rows: readonly BmoNationalRow[], selection: NationalSelection): BmoNationalRow[] {
  if ('family' in selection) return rows.filter((row) => row.kind === 'family' && row.code === selection.family);
  const codes = new Set(selection.codes);
  return rows.filter((row) => row.kind === 'occupation' && codes.has(row.code));
}

/** Published sum and secret-cell count of one measure over rows. */
export function sumMeasure(rows: readonly BmoRow[], measure: BmoMeasure): CellTotal {
  let value = 0;
  let secretCells = 0;
  for (const row of rows) {
    const cell = row[measure];
    if (typeof cell === 'number') value += cell;
    else secretCells += 1;
  }
  return { value, secretCells };
}

/** Rank range of `target` among `all` (target included): strictly larger intervals only push it down. */
export function rankRange(target: CellTotal, all: readonly CellTotal[]): RankRange {
  const low = target.value;
  const high = maxOf(target);
  let surelyAbove = 0;
  let maybeAbove = 0;
  for (const other of all) {
    if (other === target) continue;
    if (other.value > high) surelyAbove += 1;
    if (maxOf(other) > low) maybeAbove += 1;
  }
  return { min: 1 + surelyAbove, max: 1 + maybeAbove, of: all.length };
}

/**
 * Normandie against France for one selection. `normandieRows` are Normandy's
 * occupation × basin rows of the same occupations (the caller filters them).
 */
export function compareWithFrance(
  national: readonly BmoNationalRow[],
  normandieRows: readonly BmoRow[],
  selection: NationalSelection,
): NationalComparison {
  const selected = nationalRows(national, selection);
  const france: AreaMeasures = { met: NO_CELLS, xmet: NO_CELLS, smet: NO_CELLS };
  const byRegion = new Map<MetroRegionCode, CellTotal>(METRO_REGION_CODES.map((code) => [code, NO_CELLS]));
  for (const row of selected) {
    france.met = addCells(france.met, cellTotal(row.france.met));
    france.xmet = addCells(france.xmet, cellTotal(row.france.xmet));
    france.smet = addCells(france.smet, cellTotal(row.france.smet));
    for (const code of METRO_REGION_CODES) byRegion.set(code, addCells(byRegion.get(code) ?? NO_CELLS, cellTotal(row.regions[code])));
  }
  const normandie: AreaMeasures = { met: sumMeasure(normandieRows, 'met'), xmet: sumMeasure(normandieRows, 'xmet'), smet: sumMeasure(normandieRows, 'smet') };
  // Normandie's own rows and its line in the aggregates are the same cells (tested on the committed files).
  byRegion.set('28', normandie.met);
  const regions = METRO_REGION_CODES.map((code) => ({ code, name: METRO_REGIONS[code], met: byRegion.get(code) ?? NO_CELLS })).sort(
    (a, b) => b.met.value - a.met.value || b.met.secretCells - a.met.secretCells || a.name.localeCompare(b.name, 'fr'),
  );
  const normandieMet = regions.find((region) => region.code === '28')!.met;
  const hasNormandie = normandie.met.value > 0 || normandie.met.secretCells > 0;
  return {
    normandie,
    france,
    shareOfFrance: shareOfWhole(normandie.met, france.met),
    difficult: { normandie: shareWithin(normandie.xmet, normandie.met), france: shareWithin(france.xmet, france.met) },
    seasonal: { normandie: shareWithin(normandie.smet, normandie.met), france: shareWithin(france.smet, france.met) },
    rank: hasNormandie ? rankRange(normandieMet, regions.map((region) => region.met)) : null,
    regions,
    empty: france.met.value === 0 && france.met.secretCells === 0,
  };
}

/**
 * The data join behind the recruitment map and the basin ranking: BMO rows of
 * the selected occupation → one datum per employment basin, with secret cells
 * kept visible (a count that omits secret cells is a lower bound, a share
 * computed from such counts is approximate, a basin whose every cell is secret
 * is "secret statistique", a basin with no row at all has "aucun projet").
 */
import { share, totalsBy, type BmoMeasure } from '../../../data/bmo';
import type { Total } from '../../../data/contract';
import type { BmoOccupation, BmoRow } from '../../../data/schemas/bmo';
import { fromShare, fromTotal, type ValueStatement } from '../../../charts/valueStatement';
import type { MeasureId, OccupationId } from '../../../state/filters';
import { resolveOccupation } from '../../../state/occupation';

export interface BasinRef {
  code: string;
  label: string;
  dep: string;
}

/** `value`: a number is known (maybe as a bound); `secret`: every cell is secret; `none`: no project declared. */
export type BasinStatus = 'value' | 'secret' | 'none';

export interface BasinDatum extends BasinRef {
  status: BasinStatus;
  /** In the measure's unit (projects, or percent for shares); null unless status is `value`. */
  value: number | null;
  /** The value omits secret cells: a lower bound for counts, an approximation for shares. */
  uncertain: boolean;
  projects: Total;
  difficult: Total;
  seasonal: Total;
  /** Percent of projects judged difficult; null when undefined (no or only secret projects). */
  difficultShare: number | null;
  seasonalShare: number | null;
  /** 1 = highest value; ties share a rank; null for secret / none basins. */
  rank: number | null;
  /** Percent of the region's recruitment projects (met) located in this basin. */
  shareOfRegion: number | null;
  /**
   * What may be said of each value (see `valueStatement.ts`): `value` is the
   * selected measure; a share is approximate when its numerator or its
   * denominator (the basin's projects, or the region's) is a lower bound.
   */
  statements: { value: ValueStatement; projects: ValueStatement; difficultShare: ValueStatement; seasonalShare: ValueStatement; shareOfRegion: ValueStatement };
}

export interface BasinJoin {
  basins: BasinDatum[];
  /** Region-wide projects of the selected occupation. */
  region: Total;
  /** How many basins have a rank (status `value`). */
  ranked: number;
}

/** BMO columns behind each measure of the filter bar. */
export const MEASURE_COLUMN: Record<MeasureId, BmoMeasure> = { projets: 'met', difficiles: 'xmet', saisonniers: 'smet' };

/**
 * The BMO occupation codes an occupation filter covers: the study's pair, one
 * code, or every occupation of a family (which only the occupations file knows).
 */
export function resolveOccupationCodes(occupation: OccupationId, occupations: readonly BmoOccupation[]): string[] {
  return resolveOccupation(occupation, occupations).codes;
}

const EMPTY: Total = { value: 0, lowerBound: false };

/** Competition ranking (1, 2, 2, 4), highest first. */
export function rankDescending(values: ReadonlyMap<string, number>): Map<string, number> {
  const sorted = [...values.values()].sort((a, b) => b - a);
  const ranks = new Map<string, number>();
  for (const [key, value] of values) ranks.set(key, sorted.indexOf(value) + 1);
  return ranks;
}

function shareValue(part: Total, whole: Total): { value: number | null; uncertain: boolean; secret: boolean } {
  // Every cell of the numerator secret: the share is unknown (0 to 4 per cell), not "about 0 %".
  if (part.value === 0 && part.lowerBound) return { value: null, uncertain: true, secret: true };
  const result = share(part, whole);
  if (typeof result.value === 'number') return { value: result.value, uncertain: result.lowerBoundAffected, secret: false };
  return { value: null, uncertain: result.lowerBoundAffected, secret: result.value.missing === 'secret' };
}

/**
 * Joins BMO rows onto the basins (every basin appears, in the order given),
 * for the occupations in `codes` and the selected measure.
 */
export function joinBasins(rows: readonly BmoRow[], basins: readonly BasinRef[], codes: readonly string[], measure: MeasureId): BasinJoin {
  const filter = { occupations: codes };
  const met = totalsBy(rows, 'met', 'basin', filter);
  const xmet = totalsBy(rows, 'xmet', 'basin', filter);
  const smet = totalsBy(rows, 'smet', 'basin', filter);
  const region: Total = Object.values(met).reduce<Total>(
    (sum, total) => ({ value: sum.value + total.value, lowerBound: sum.lowerBound || total.lowerBound }),
    EMPTY,
  );

  const partial = basins.map((basin) => {
    const projects = met[basin.code] ?? EMPTY;
    const difficult = xmet[basin.code] ?? EMPTY;
    const seasonal = smet[basin.code] ?? EMPTY;
    const difficultShare = shareValue(difficult, projects);
    const seasonalShare = shareValue(seasonal, projects);
    const ofRegion = shareValue(projects, region);
    let status: BasinStatus;
    let value: number | null;
    let uncertain: boolean;
    if (projects.value === 0 && !projects.lowerBound) {
      status = 'none';
      value = null;
      uncertain = false;
    } else if (measure === 'projets') {
      status = projects.value === 0 ? 'secret' : 'value';
      value = status === 'value' ? projects.value : null;
      uncertain = projects.lowerBound;
    } else {
      const chosen = measure === 'difficiles' ? difficultShare : seasonalShare;
      status = chosen.value === null ? 'secret' : 'value';
      value = chosen.value;
      uncertain = chosen.uncertain;
    }
    const none: ValueStatement = { kind: 'none' };
    const statements = {
      projects: fromTotal(projects),
      difficultShare: status === 'none' ? none : fromShare(difficult, projects),
      seasonalShare: status === 'none' ? none : fromShare(seasonal, projects),
      shareOfRegion: status === 'none' ? none : fromShare(projects, region),
    };
    return {
      ...basin,
      statements: {
        ...statements,
        value: measure === 'projets' ? statements.projects : measure === 'difficiles' ? statements.difficultShare : statements.seasonalShare,
      },
      status,
      value,
      uncertain,
      projects,
      difficult,
      seasonal,
      difficultShare: difficultShare.value,
      seasonalShare: seasonalShare.value,
      shareOfRegion: projects.value > 0 ? ofRegion.value : null,
    };
  });

  const ranks = rankDescending(new Map(partial.flatMap((datum) => (datum.value === null ? [] : [[datum.code, datum.value] as const]))));
  return {
    basins: partial.map((datum) => ({ ...datum, rank: ranks.get(datum.code) ?? null })),
    region,
    ranked: ranks.size,
  };
}

/** Basins ordered for a ranking: ranked ones by rank (then name), then secret, then none. */
export function rankedOrder(basins: readonly BasinDatum[]): BasinDatum[] {
  const weight = (datum: BasinDatum) => (datum.status === 'value' ? 0 : datum.status === 'secret' ? 1 : 2);
  return [...basins].sort((a, b) => weight(a) - weight(b) || (a.rank ?? 0) - (b.rank ?? 0) || a.label.localeCompare(b.label, 'fr'));
}

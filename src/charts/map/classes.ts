/**
 * Class breaks for the choropleth: Ckmeans (optimal 1-D k-means, the
 * dynamic-programming successor of Jenks natural breaks) from simple-statistics.
 * With 27 basins and values spread over two orders of magnitude, quantiles
 * would split equal values apart; ckmeans keeps similar basins together.
 */
import { ckmeans } from 'simple-statistics';

/** One class: the smallest and largest data value it holds. */
export interface ValueClass {
  min: number;
  max: number;
}

export const DEFAULT_CLASS_COUNT = 5;

/** Classes of the known values (never secret or absent ones); fewer when there are fewer distinct values. */
export function classBreaks(values: readonly number[], maxClasses = DEFAULT_CLASS_COUNT): ValueClass[] {
  const finite = values.filter((value) => Number.isFinite(value));
  const distinct = new Set(finite).size;
  if (distinct === 0) return [];
  const k = Math.max(1, Math.min(maxClasses, distinct));
  return ckmeans(finite, k).map((cluster) => ({ min: cluster[0]!, max: cluster[cluster.length - 1]! }));
}

/** Index of the class a value falls in (values between two classes go to the lower one); -1 without classes. */
export function classify(value: number, classes: readonly ValueClass[]): number {
  if (classes.length === 0) return -1;
  let index = 0;
  for (let i = 0; i < classes.length; i += 1) if (value >= classes[i]!.min) index = i;
  return index;
}

/**
 * Which basin keeps its name when two names would collide on the map: the
 * basins that matter most for the measure on screen. The selected basin
 * first, then the basins with a value, largest first (ties: the larger
 * basin on the map, then the name), then the secret ones, then the basins
 * with no project: a basin with no project never hides the name of one
 * with hundreds. The MapLibre map and its no-WebGL drawing share the order.
 */
import type { MapArea } from './areas';

type Ranked = Pick<MapArea, 'code' | 'label' | 'status' | 'value'>;

const weight = (basin: Ranked) => (basin.status === 'value' ? 0 : basin.status === 'secret' ? 1 : 2);

/** Basin codes, the one whose name shows first when names collide first. */
export function labelOrder(basins: readonly Ranked[], options: { selected?: string | null; area?: ReadonlyMap<string, number> } = {}): string[] {
  const area = (code: string) => options.area?.get(code) ?? 0;
  return [...basins]
    .sort(
      (a, b) =>
        Number(b.code === options.selected) - Number(a.code === options.selected) ||
        weight(a) - weight(b) ||
        (b.value ?? 0) - (a.value ?? 0) ||
        area(b.code) - area(a.code) ||
        a.label.localeCompare(b.label, 'fr'),
    )
    .map((basin) => basin.code);
}

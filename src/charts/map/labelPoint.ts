/**
 * Where to put a basin's name: a point well inside its largest polygon (a
 * coarse "pole of inaccessibility": the grid point farthest from any edge).
 * A centroid can fall outside a crescent-shaped basin or in its neighbour;
 * the browser test also clicks at this point, so it must be inside.
 */
export type Position = readonly [number, number];
type Ring = readonly Position[];
type Polygon = readonly Ring[];

export type AreaGeometry = { type: 'Polygon'; coordinates: Polygon } | { type: 'MultiPolygon'; coordinates: readonly Polygon[] };

/** Shoelace area (absolute), in squared degrees: only used to compare polygons. */
export function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) sum += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  return Math.abs(sum / 2);
}

function insideRing(point: Position, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > point[1] !== yj > point[1] && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside the outer ring and outside every hole. */
export function insidePolygon(point: Position, polygon: Polygon): boolean {
  const [outer, ...holes] = polygon;
  return !!outer && insideRing(point, outer) && !holes.some((hole) => insideRing(point, hole));
}

function segmentDistance(p: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

function edgeDistance(point: Position, polygon: Polygon): number {
  let best = Infinity;
  for (const ring of polygon) for (let i = 1; i < ring.length; i += 1) best = Math.min(best, segmentDistance(point, ring[i - 1]!, ring[i]!));
  return best;
}

export function largestPolygon(geometry: AreaGeometry): Polygon {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  return geometry.coordinates.reduce((best, polygon) => (ringArea(polygon[0] ?? []) > ringArea(best[0] ?? []) ? polygon : best));
}

export function bbox(geometry: AreaGeometry): [number, number, number, number] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygons)
    for (const [x, y] of polygon[0] ?? []) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  return [minX, minY, maxX, maxY];
}

/** An interior point of the largest polygon; `steps`² candidates, refined once around the best. */
export function labelPoint(geometry: AreaGeometry, steps = 24): Position {
  const polygon = largestPolygon(geometry);
  const [minX, minY, maxX, maxY] = bbox({ type: 'Polygon', coordinates: polygon });
  let best: Position = [(minX + maxX) / 2, (minY + maxY) / 2];
  let bestDistance = insidePolygon(best, polygon) ? edgeDistance(best, polygon) : -1;
  const search = (x0: number, y0: number, width: number, height: number) => {
    for (let i = 0; i <= steps; i += 1)
      for (let j = 0; j <= steps; j += 1) {
        const candidate: Position = [x0 + (width * i) / steps, y0 + (height * j) / steps];
        if (!insidePolygon(candidate, polygon)) continue;
        const distance = edgeDistance(candidate, polygon);
        if (distance > bestDistance) {
          best = candidate;
          bestDistance = distance;
        }
      }
  };
  search(minX, minY, maxX - minX, maxY - minY);
  const cellX = (maxX - minX) / steps;
  const cellY = (maxY - minY) / steps;
  search(best[0] - cellX, best[1] - cellY, 2 * cellX, 2 * cellY);
  return [Math.round(best[0] * 1e4) / 1e4, Math.round(best[1] * 1e4) / 1e4];
}

/** Bounds of a whole collection, for fitting the view. */
export function collectionBounds(geometries: readonly AreaGeometry[]): [[number, number], [number, number]] {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const geometry of geometries) {
    const [a, b, c, d] = bbox(geometry);
    minX = Math.min(minX, a);
    minY = Math.min(minY, b);
    maxX = Math.max(maxX, c);
    maxY = Math.max(maxY, d);
  }
  return [
    [minX, minY],
    [maxX, maxY],
  ];
}

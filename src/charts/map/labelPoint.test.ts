import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bbox, collectionBounds, insidePolygon, labelPoint, type AreaGeometry } from './labelPoint';

// A "C" open to the east: its centroid and bbox centre lie in the gap, outside the shape.
const C_SHAPE: AreaGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [10, 0],
      [10, 2],
      [2, 2],
      [2, 8],
      [10, 8],
      [10, 10],
      [0, 10],
      [0, 0],
    ],
  ],
};

describe('labelPoint', () => {
  it('finds a point inside a concave polygon, where the bbox centre is outside', () => {
    expect(insidePolygon([5, 5], C_SHAPE.coordinates as never)).toBe(false);
    const point = labelPoint(C_SHAPE);
    expect(insidePolygon(point, C_SHAPE.coordinates as never)).toBe(true);
  });

  it('labels the largest part of a multipolygon', () => {
    const small = [
      [
        [20, 20],
        [21, 20],
        [21, 21],
        [20, 21],
        [20, 20],
      ],
    ];
    const large = [
      [
        [0, 0],
        [8, 0],
        [8, 8],
        [0, 8],
        [0, 0],
      ],
    ];
    const point = labelPoint({ type: 'MultiPolygon', coordinates: [small, large] } as unknown as AreaGeometry);
    expect(point[0]).toBeGreaterThan(2);
    expect(point[0]).toBeLessThan(6);
  });

  it('puts every basin of the real GeoJSON inside itself (Caen around -0.37, 49.18)', () => {
    const geo = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../data/geo/bassins-bmo-2024.geojson'), 'utf8')) as {
      features: { properties: { code: string; label_point: [number, number] }; geometry: AreaGeometry }[];
    };
    for (const feature of geo.features) {
      const point = labelPoint(feature.geometry);
      // The committed file carries the same point (scripts/data-geo.ts computes it once, browsers read it).
      expect(feature.properties.label_point, feature.properties.code).toEqual(point);
      const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
      expect(
        polygons.some((polygon) => insidePolygon(point, polygon)),
        feature.properties.code,
      ).toBe(true);
    }
    const caen = geo.features.find((feature) => feature.properties.code === '2817')!;
    const [x, y] = labelPoint(caen.geometry);
    expect(Math.abs(x - -0.37)).toBeLessThan(0.3);
    expect(Math.abs(y - 49.18)).toBeLessThan(0.2);
    const [[minX, minY], [maxX, maxY]] = collectionBounds(geo.features.map((feature) => feature.geometry));
    expect([minX, minY, maxX, maxY].map(Math.round)).toEqual([-2, 48, 2, 50]);
    expect(bbox(caen.geometry)[0]).toBeLessThan(x);
  });
});

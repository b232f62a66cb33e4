/**
 * data/training/training-places.json (issue #14 item 4): a fresh run of
 * scripts/data-training-places.ts gives the committed file byte for byte, every
 * establishment of the study is placed once, in its own department, and each
 * point lies inside the basin the file names.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { insidePolygon, type AreaGeometry } from '../../../src/charts/map/labelPoint';
import { datasets } from '../../../src/data/registry';
import { buildTrainingPlaces, townKey } from '../../../scripts/data-training-places';

const repo = resolve(import.meta.dirname, '../../..');
const shared = resolve(process.env.SHARED_DIR ?? process.env.OBSERVATOIRE_SHARED ?? resolve(repo, '../shared'));
const geoRaw = join(shared, 'data/geo-raw');
const read = (file: string) => readFileSync(join(repo, 'data', file), 'utf8');

describe('training-places', () => {
  const places = v.parse(datasets['training-places'].schema, JSON.parse(read('training/training-places.json')));
  const establishments = v.parse(datasets['rncp-establishments'].schema, JSON.parse(read('study/rncp-establishments.json'))).rows;

  it.skipIf(!existsSync(geoRaw))('is what the script writes from ../shared, byte for byte', () => {
    expect(`${JSON.stringify(buildTrainingPlaces(geoRaw), null, 2)}\n`).toBe(read('training/training-places.json'));
  });

  it('places every establishment of the study once, at its town and department', () => {
    const placed = places.rows.flatMap((row) => row.establishments);
    expect(new Set(placed).size).toBe(placed.length);
    expect(new Set(placed)).toEqual(new Set(establishments.map((row) => row.establishment)));
    for (const row of establishments) {
      const place = places.rows.find((p) => p.establishments.includes(row.establishment))!;
      expect(place.town, row.establishment).toBe(row.town);
      expect(place.departmentCode, row.establishment).toBe(row.departmentCode);
    }
  });

  it('puts each point inside the basin it names', () => {
    const basins = JSON.parse(read('geo/bassins-bmo-2024.geojson')) as { features: { properties: { code: string }; geometry: AreaGeometry }[] };
    for (const row of places.rows) {
      const basin = basins.features.find((f) => f.properties.code === row.basin)!;
      const polygons = basin.geometry.type === 'Polygon' ? [basin.geometry.coordinates] : basin.geometry.coordinates;
      expect(polygons.some((polygon) => insidePolygon(row.point, polygon)), row.town).toBe(true);
    }
  });

  it('matches COG 2018 names that drop the leading article', () => {
    expect(townKey('Le Havre')).toBe(townKey('Havre'));
    expect(townKey('Le Petit-Quevilly')).toBe('petit-quevilly');
    expect(townKey('Évreux')).not.toBe(townKey('Evreux'));
  });
});

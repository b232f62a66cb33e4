import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { ringArea } from '../map/labelPoint';
import { buildAdoptionBySector } from '../../features/ai-adoption/buildAdoptionBySector';
import { aiRows, SOURCE } from '../../features/ai-adoption/testFixtures';
import { drawingFingerprint } from './fingerprint';
import { FONT_FAMILY } from '../theme';
import { drawingGeometry, renderDrawing } from './renderSvg';
import { DRAWING_FONT_FAMILY, measureDrawingText } from './textMetrics';

describe('renderDrawing (build time)', () => {
  const model = buildAdoptionBySector({ rows: aiRows(), source: SOURCE }, { sector: null, year: null }, 'fr');
  const request = {
    id: model.id,
    variant: 'desktop' as const,
    fingerprint: drawingFingerprint(model.option, model.height),
    option: model.option,
    height: model.height,
    sizes: ['desktopHalf' as const],
    align: 'left' as const,
  };

  it('draws a well-formed SVG image with the chart’s labels and French figures', () => {
    const svg = renderDrawing(request, 'desktopHalf');
    const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
    // An SVG with a stray quote or entity shows as a broken image: the parser must accept it whole.
    expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = document.documentElement;
    expect(root.getAttribute('width')).toBe('562');
    expect(root.getAttribute('height')).toBe(String(model.height));
    expect(root.getAttribute('preserveAspectRatio')).toBe('xMinYMin meet');
    const texts = [...document.getElementsByTagName('text')].map((text) => text.textContent ?? '');
    expect(texts).toContain('Ensemble des TPE-PME'); // i16: the chart layer wraps labels itself (this one fits on a line)
    expect(texts.map((text) => text.replace(/\u202f|\u00a0/g, ' '))).toContain('10 %');
  });

  it('writes no script and no event handler into the file', () => {
    const svg = renderDrawing(request, 'phone');
    expect(svg).not.toMatch(/<script|\son[a-z]+=/i);
  });
});

describe('drawingGeometry (the map drawn at build time)', () => {
  type Ring = [number, number][];
  type Geometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
  const geo = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../data/geo/bassins-bmo-2024.geojson'), 'utf8')) as FeatureCollection;
  const polygons = (geometry: Geometry) => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);
  const points = (collection: FeatureCollection) =>
    collection.features.reduce(
      (sum, feature) =>
        sum +
        polygons(feature.geometry as Geometry)
          .flat()
          .reduce((count, ring) => count + ring.length, 0),
      0,
    );
  const area = (geometry: Geometry) => polygons(geometry).reduce((sum, polygon) => sum + ringArea(polygon[0] ?? []), 0);

  it('keeps every basin and its shape (area within 1 %) with far fewer points', () => {
    const drawn = drawingGeometry(geo);
    expect(drawn.features.map((feature) => feature.properties?.code)).toEqual(geo.features.map((feature) => feature.properties?.code));
    expect(points(drawn)).toBeLessThan(points(geo) * 0.6);
    drawn.features.forEach((feature, index) => {
      const before = area(geo.features[index]!.geometry as Geometry);
      expect(Math.abs(area(feature.geometry as Geometry) - before) / before, String(feature.properties?.code)).toBeLessThan(0.01);
    });
  });

  it('leaves the file the browser loads untouched', () => {
    const before = JSON.stringify(geo);
    drawingGeometry(geo);
    expect(JSON.stringify(geo)).toBe(before);
  });
});

describe('text in build-time drawings', () => {
  it('is set in the font whose widths the build measured (no browser font of unknown width)', () => {
    const model = buildAdoptionBySector({ rows: aiRows(), source: SOURCE }, { sector: null, year: null }, 'fr');
    const svg = renderDrawing(
      { id: model.id, variant: 'desktop', fingerprint: 'x', option: model.option, height: model.height, sizes: ['desktopHalf'], align: 'left' },
      'desktopHalf',
    );
    expect(svg).toContain(`font-family:${DRAWING_FONT_FAMILY}`);
    expect(svg).not.toContain(FONT_FAMILY);
  });

  it('measures accented letters as their base letter, French spaces as spaces, bold wider', () => {
    const width = (text: string, font = '12px Arial') => measureDrawingText(text, font).width;
    expect(width('Électricité')).toBeCloseTo(width('Electricite'));
    // zrender alone counts each of these as a whole em: « Aides à domicile » would be 3 em too wide, or too narrow in bold.
    expect(width('à')).toBeLessThan(width('M'));
    expect(width('1\u202f000')).toBeCloseTo(width('1 000'));
    expect(width('Caen', 'bold 12px Arial')).toBeGreaterThan(width('Caen'));
    expect(width('abc', '24px Arial')).toBeCloseTo(2 * width('abc'));
  });
});

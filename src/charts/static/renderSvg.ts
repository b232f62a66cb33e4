/**
 * Build time only: a chart's option drawn to an SVG file by ECharts'
 * server-side rendering (no DOM), with the same ECharts build and house
 * defaults as the browser.
 */
import { simplify } from '@turf/simplify';
import type { FeatureCollection } from 'geojson';
import { echarts, withHouseDefaults } from '../echartsSetup';
import { FONT_FAMILY } from '../theme';
import { DRAWING_FONT_FAMILY, measureDrawingText } from './textMetrics';
import { FALLBACK_MAP_NAME } from '../map/echartsMap';
import { DRAWING_WIDTHS, type DrawingRequest, type DrawingSize } from './drawings';

let mapRegistered = false;

// Text laid out with the widths of the font the drawing is set in (textMetrics.ts): no canvas here to measure.
echarts.setPlatformAPI({ measureText: measureDrawingText as never });

/**
 * The basin outlines carry points a few metres apart, for MapLibre's zoom. Drawn once at a card's width
 * (Normandy is ≈ 3.8° wide over 317 to 1006 px), a point closer than ≈ 0.003° (under a pixel) to the line
 * through its neighbours changes no pixel but costs the browser parsing and painting: the drawing keeps
 * the outline to that tolerance, and is half the size.
 */
export const DRAWING_SIMPLIFY_DEGREES = 0.003;

export function drawingGeometry(geo: FeatureCollection): FeatureCollection {
  return simplify(geo, { tolerance: DRAWING_SIMPLIFY_DEGREES, highQuality: true });
}

export function renderDrawing(request: DrawingRequest, size: DrawingSize, basinsGeo?: unknown): string {
  if (request.geo === 'basins' && !mapRegistered) {
    if (!basinsGeo) throw new Error('the map needs the basin geometry');
    echarts.registerMap(FALLBACK_MAP_NAME, drawingGeometry(basinsGeo as FeatureCollection) as unknown as Parameters<typeof echarts.registerMap>[1]);
    mapRegistered = true;
  }
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: DRAWING_WIDTHS[size], height: request.height });
  try {
    chart.setOption(withHouseDefaults(request.option as Parameters<typeof withHouseDefaults>[0], { animation: false }));
    // Never stretched when the box is wider or narrower than the drawing: cards left-aligned, the map centred.
    const align = request.align === 'center' ? 'xMidYMid' : 'xMinYMin';
    return chart
      .renderToSVGString()
      .replace(/^<svg /, `<svg preserveAspectRatio="${align} meet" `)
      .split(FONT_FAMILY)
      .join(DRAWING_FONT_FAMILY);
  } finally {
    chart.dispose();
  }
}

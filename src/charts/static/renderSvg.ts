/**
 * Build time only: a chart's option drawn to an SVG file by ECharts'
 * server-side rendering (no DOM), with the same ECharts build and house
 * defaults as the browser.
 */
import { echarts, withHouseDefaults } from '../echartsSetup';
import { FALLBACK_MAP_NAME } from '../map/echartsMap';
import { DRAWING_WIDTHS, type DrawingRequest, type DrawingSize } from './drawings';

let mapRegistered = false;

export function renderDrawing(request: DrawingRequest, size: DrawingSize, basinsGeo?: unknown): string {
  if (request.geo === 'basins' && !mapRegistered) {
    if (!basinsGeo) throw new Error('the map needs the basin geometry');
    echarts.registerMap(FALLBACK_MAP_NAME, basinsGeo as Parameters<typeof echarts.registerMap>[1]);
    mapRegistered = true;
  }
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: DRAWING_WIDTHS[size], height: request.height });
  try {
    chart.setOption(withHouseDefaults(request.option as Parameters<typeof withHouseDefaults>[0], { animation: false }));
    // Never stretched when the box is wider or narrower than the drawing: cards left-aligned, the map centred.
    const align = request.align === 'center' ? 'xMidYMid' : 'xMinYMin';
    return chart.renderToSVGString().replace(/^<svg /, `<svg preserveAspectRatio="${align} meet" `);
  } finally {
    chart.dispose();
  }
}

/**
 * What the map layer draws of one area (an employment basin): its code and
 * name, its value (null when secret or absent), its fill and pattern, and the
 * lines read on hover. The feature that knows what the areas mean
 * (src/features/recruitment/map) builds them; the drawing code here
 * (MapLibre style, ECharts map, export, name placement) only reads them.
 */
import type { FillPattern } from './colors';
import type { MapLegend } from './legend';

export type AreaStatus = 'value' | 'secret' | 'none';

export interface MapArea {
  code: string;
  label: string;
  /** The department the area lies in (a selected department fades the others). */
  dep: string;
  status: AreaStatus;
  value: number | null;
  fill: string;
  pattern: FillPattern | null;
  /** The lines read on hover or focus (written when first asked for). */
  tooltip: () => string[];
}

/** A choropleth ready to draw: its areas and its legend. */
export interface MapDrawing {
  areas: readonly MapArea[];
  legend: MapLegend;
}

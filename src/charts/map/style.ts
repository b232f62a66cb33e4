/**
 * A self-contained MapLibre style: a background, the basins and departments
 * as inline GeoJSON, patterns generated in code. No tile server, sprite,
 * font or glyph URL, so the map works offline; names are HTML labels drawn
 * over the canvas, not symbol layers.
 */
import type { ExpressionSpecification, FilterSpecification, GeoJSONSourceSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { BasinFeatureCollection, DepartementFeatureCollection } from '../../data/schemas/bmo';
import type { MapArea } from './areas';
import { MAP_COLORS } from './colors';

export const LAYERS = {
  fill: 'basins-fill',
  pattern: 'basins-pattern',
  departments: 'departements-line',
} as const;

export const SOURCES = { basins: 'basins', departements: 'departements' } as const;

/** Fill colour by basin code. */
export function fillColorExpression(basins: readonly MapArea[]): ExpressionSpecification {
  const pairs = basins.flatMap((basin) => [basin.code, basin.fill]);
  return ['match', ['get', 'code'], ...pairs, MAP_COLORS.none] as unknown as ExpressionSpecification;
}

/** Pattern image by basin code; basins without a pattern are filtered out of the pattern layer. */
export function patternExpression(basins: readonly MapArea[]): ExpressionSpecification {
  const pairs = basins.flatMap((basin) => (basin.pattern ? [basin.code, basin.pattern] : []));
  if (pairs.length === 0) return ['literal', 'hatch'] as unknown as ExpressionSpecification;
  return ['match', ['get', 'code'], ...pairs, 'hatch'] as unknown as ExpressionSpecification;
}

export function patternFilter(basins: readonly MapArea[]): FilterSpecification {
  const codes = basins.filter((basin) => basin.pattern).map((basin) => basin.code);
  return ['in', ['get', 'code'], ['literal', codes]] as unknown as FilterSpecification;
}

/** Slightly translucent, so the background's tint shows the region's coast and edges under the lightest class. */
const FILL_OPACITY = 0.92;

export interface StyleInput {
  basins: BasinFeatureCollection;
  departements: DepartementFeatureCollection;
  choropleth: readonly MapArea[];
}

/**
 * Simplification tolerance of the GeoJSON tiles, in screen pixels (MapLibre's
 * default is 0.375). Boundaries drawn at 1 px do not show the difference,
 * while every layer has about half the vertices to process: that is most of
 * a repaint's cost on a software-rendered WebGL (no GPU, SwiftShader).
 */
export const TILE_TOLERANCE_PX = 1;

/**
 * Four layers, not more: every layer is one more pass over the geometry on
 * each repaint. Basin borders are the fill's own outline. The selection and
 * the hovered basin are not in the style at all: they are an SVG overlay
 * (`overlay.ts`), so they never repaint the canvas.
 */
export function mapStyle({ basins, departements, choropleth }: StyleInput): StyleSpecification {
  return {
    version: 8,
    sources: {
      [SOURCES.basins]: {
        type: 'geojson',
        data: basins as GeoJSONSourceSpecification['data'],
        tolerance: TILE_TOLERANCE_PX,
      },
      [SOURCES.departements]: {
        type: 'geojson',
        data: departements as GeoJSONSourceSpecification['data'],
        tolerance: TILE_TOLERANCE_PX,
      },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': MAP_COLORS.background } },
      {
        id: LAYERS.fill,
        type: 'fill',
        source: SOURCES.basins,
        paint: { 'fill-color': fillColorExpression(choropleth), 'fill-opacity': FILL_OPACITY, 'fill-outline-color': MAP_COLORS.basinLine },
      },
      {
        id: LAYERS.pattern,
        type: 'fill',
        source: SOURCES.basins,
        filter: patternFilter(choropleth),
        // The fill below already outlines these basins.
        paint: { 'fill-pattern': patternExpression(choropleth), 'fill-opacity': FILL_OPACITY, 'fill-antialias': false },
      },
      {
        id: LAYERS.departments,
        type: 'line',
        source: SOURCES.departements,
        paint: { 'line-color': MAP_COLORS.departmentLine, 'line-width': 1.6, 'line-opacity': 0.85 },
      },
    ],
  };
}

/**
 * A self-contained MapLibre style: a background, the basins and departments
 * as inline GeoJSON, patterns generated in code. No tile server, sprite,
 * font or glyph URL, so the map works offline; names are HTML labels drawn
 * over the canvas, not symbol layers.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSourceSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { BasinFeatureCollection, DepartementFeatureCollection } from '../../data/schemas/bmo';
import type { ChoroplethBasin } from './choropleth';
import { MAP_COLORS } from './colors';

export const LAYERS = {
  fill: 'basins-fill',
  pattern: 'basins-pattern',
  basinLine: 'basins-line',
  hover: 'basins-hover',
  departmentLine: 'departements-line',
  departmentSelected: 'departement-selected',
  basinSelected: 'basin-selected',
} as const;

export const SOURCES = { basins: 'basins', departements: 'departements' } as const;

/** Fill colour by basin code. */
export function fillColorExpression(basins: readonly ChoroplethBasin[]): ExpressionSpecification {
  const pairs = basins.flatMap((basin) => [basin.code, basin.fill]);
  return ['match', ['get', 'code'], ...pairs, MAP_COLORS.none] as unknown as ExpressionSpecification;
}

/** Pattern image by basin code; basins without a pattern are filtered out of the pattern layer. */
export function patternExpression(basins: readonly ChoroplethBasin[]): ExpressionSpecification {
  const pairs = basins.flatMap((basin) => (basin.pattern ? [basin.code, basin.pattern] : []));
  if (pairs.length === 0) return ['literal', 'hatch'] as unknown as ExpressionSpecification;
  return ['match', ['get', 'code'], ...pairs, 'hatch'] as unknown as ExpressionSpecification;
}

export function patternFilter(basins: readonly ChoroplethBasin[]): FilterSpecification {
  const codes = basins.filter((basin) => basin.pattern).map((basin) => basin.code);
  return ['in', ['get', 'code'], ['literal', codes]] as unknown as FilterSpecification;
}

/** Basins outside the selected department fade so the department stands out; all opaque otherwise. */
export function fillOpacityExpression(dep: string | null): ExpressionSpecification | number {
  if (!dep) return 0.92;
  return ['case', ['==', ['get', 'dep'], dep], 0.95, 0.35] as unknown as ExpressionSpecification;
}

export function codeFilter(property: 'code', value: string | null): FilterSpecification {
  return ['==', ['get', property], value ?? '__none__'] as unknown as FilterSpecification;
}

export interface StyleInput {
  basins: BasinFeatureCollection;
  departements: DepartementFeatureCollection;
  choropleth: readonly ChoroplethBasin[];
  basin: string | null;
  dep: string | null;
}

export function mapStyle({ basins, departements, choropleth, basin, dep }: StyleInput): StyleSpecification {
  return {
    version: 8,
    sources: {
      [SOURCES.basins]: { type: 'geojson', data: basins as GeoJSONSourceSpecification['data'], promoteId: 'code' },
      [SOURCES.departements]: { type: 'geojson', data: departements as GeoJSONSourceSpecification['data'], promoteId: 'code' },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': MAP_COLORS.background } },
      {
        id: LAYERS.fill,
        type: 'fill',
        source: SOURCES.basins,
        paint: { 'fill-color': fillColorExpression(choropleth), 'fill-opacity': fillOpacityExpression(dep) },
      },
      {
        id: LAYERS.pattern,
        type: 'fill',
        source: SOURCES.basins,
        filter: patternFilter(choropleth),
        paint: { 'fill-pattern': patternExpression(choropleth), 'fill-opacity': fillOpacityExpression(dep) },
      },
      { id: LAYERS.basinLine, type: 'line', source: SOURCES.basins, paint: { 'line-color': MAP_COLORS.basinLine, 'line-width': 1 } },
      {
        id: LAYERS.hover,
        type: 'line',
        source: SOURCES.basins,
        paint: {
          'line-color': MAP_COLORS.departmentLine,
          'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2.5, 0] as unknown as ExpressionSpecification,
        },
      },
      {
        id: LAYERS.departmentLine,
        type: 'line',
        source: SOURCES.departements,
        paint: { 'line-color': MAP_COLORS.departmentLine, 'line-width': 1.6, 'line-opacity': 0.85 },
      },
      {
        id: LAYERS.departmentSelected,
        type: 'line',
        source: SOURCES.departements,
        filter: codeFilter('code', basin ? null : dep),
        paint: { 'line-color': MAP_COLORS.selected, 'line-width': 3.5 },
      },
      {
        id: LAYERS.basinSelected,
        type: 'line',
        source: SOURCES.basins,
        filter: codeFilter('code', basin),
        paint: { 'line-color': MAP_COLORS.selected, 'line-width': 4 },
      },
    ],
  };
}

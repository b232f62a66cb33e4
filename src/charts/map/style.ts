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

/**
 * Selection and department fading are feature states, not filters or paint
 * expressions: changing a feature state repaints only, whereas a new filter
 * or expression re-tiles the source in the worker and recompiles shaders
 * (~200 ms per click on a modest machine).
 */
export const FEATURE_STATE = { selected: 'selected', faded: 'faded' } as const;

const whenState = (state: string, on: number, off: number) =>
  ['case', ['boolean', ['feature-state', state], false], on, off] as unknown as ExpressionSpecification;

/** Basins outside the selected department fade so the department stands out. */
export const FILL_OPACITY = whenState(FEATURE_STATE.faded, 0.35, 0.92);

/** Which basins and departments carry which state for a given selection. */
export function selectionStates(
  basinCodes: readonly { code: string; dep: string }[],
  selection: { basin: string | null; dep: string | null },
): { basins: Map<string, { selected: boolean; faded: boolean }>; departments: Map<string, { selected: boolean }> } {
  const basins = new Map(
    basinCodes.map(({ code, dep }) => [code, { selected: code === selection.basin, faded: selection.dep !== null && dep !== selection.dep }]),
  );
  const departments = new Map([...new Set(basinCodes.map(({ dep }) => dep))].map((dep) => [dep, { selected: !selection.basin && dep === selection.dep }]));
  return { basins, departments };
}

export interface StyleInput {
  basins: BasinFeatureCollection;
  departements: DepartementFeatureCollection;
  choropleth: readonly ChoroplethBasin[];
}

export function mapStyle({ basins, departements, choropleth }: StyleInput): StyleSpecification {
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
        paint: { 'fill-color': fillColorExpression(choropleth), 'fill-opacity': FILL_OPACITY },
      },
      {
        id: LAYERS.pattern,
        type: 'fill',
        source: SOURCES.basins,
        filter: patternFilter(choropleth),
        paint: { 'fill-pattern': patternExpression(choropleth), 'fill-opacity': FILL_OPACITY },
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
        paint: { 'line-color': MAP_COLORS.selected, 'line-width': whenState(FEATURE_STATE.selected, 3.5, 0) },
      },
      {
        id: LAYERS.basinSelected,
        type: 'line',
        source: SOURCES.basins,
        paint: { 'line-color': MAP_COLORS.selected, 'line-width': whenState(FEATURE_STATE.selected, 4, 0) },
      },
    ],
  };
}

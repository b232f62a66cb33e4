/**
 * The no-WebGL fallback: the same choropleth as an ECharts `map` series on the
 * same GeoJSON (SVG renderer), so the geography stays readable when MapLibre
 * cannot run. The caller registers the GeoJSON under {@link FALLBACK_MAP_NAME}.
 */
import type { EChartsOption } from 'echarts';
import { FONT_FAMILY, TEXT_COLOR } from '../theme';
import type { MapDrawing } from './areas';
import { MAP_COLORS } from './colors';
import type { Position } from './labelPoint';
import { legendGraphics } from './legend';
import { labelOrder } from './labelRank';

export const FALLBACK_MAP_NAME = 'bassins-bmo-2024';

/** ECharts decals standing for the MapLibre patterns (hatch = secret, dots = no project). */
export const FALLBACK_DECALS = {
  hatch: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: Math.PI / 4, color: MAP_COLORS.secretInk },
  dots: { symbol: 'circle', symbolSize: 0.4, dashArrayX: [[4, 4]], dashArrayY: [4, 4], color: MAP_COLORS.noneInk },
};

/** Mercator at Normandy's latitude (≈ 49° N) shrinks longitudes by cos 49° ≈ 0.66. */
const ASPECT = Math.cos((49 * Math.PI) / 180);

/** Shared by the hidden `geo` the names sit on and the map series: both lay the map out alike. */
const LAYOUT = { map: FALLBACK_MAP_NAME, aspectScale: ASPECT, layoutCenter: ['50%', '50%'], layoutSize: '98%', roam: false } as const;

/**
 * A name's priority when names collide: ECharts keeps the label whose host is
 * the larger (`hideOverlap`), so each name sits on an invisible point whose
 * size grows with the basin's place in {@link labelOrder}.
 */
export const labelSymbolSize = (place: number, count: number) => 1 + (count - place) * 0.25;

/**
 * `points`: where each basin's name goes (the GeoJSON's `label_point`, as on
 * the MapLibre map). Without them the map has no names.
 */
export function fallbackMapOption(
  choropleth: MapDrawing,
  selected: { basin: string | null; dep: string | null },
  points: ReadonlyMap<string, Position> = new Map(),
): EChartsOption {
  const byCode = new Map(choropleth.areas.map((basin) => [basin.code, basin]));
  const order = labelOrder(choropleth.areas, { selected: selected.basin }).filter((code) => points.has(code));
  return {
    // Only a coordinate system for the names: the map series draws the basins.
    geo: { ...LAYOUT, show: false, silent: true },
    tooltip: {
      trigger: 'item',
      renderMode: 'richText',
      formatter: (params: unknown) =>
        byCode
          .get((params as { name: string }).name)
          ?.tooltip()
          .join('\n') ?? '',
    },
    series: [
      {
        type: 'map',
        ...LAYOUT,
        nameProperty: 'code',
        selectedMode: false,
        // The names are the series below: ranked by the measure, not by the basin's size.
        label: { show: false },
        emphasis: { label: { show: false }, itemStyle: { borderColor: MAP_COLORS.departmentLine, borderWidth: 2 } },
        data: choropleth.areas.map((basin) => {
          const isSelected = basin.code === selected.basin;
          const faded = !selected.basin && selected.dep !== null && basin.dep !== selected.dep;
          return {
            name: basin.code,
            value: basin.value ?? undefined,
            itemStyle: {
              areaColor: basin.fill,
              opacity: faded ? 0.4 : 1,
              borderColor: isSelected ? MAP_COLORS.selected : MAP_COLORS.departmentLine,
              borderWidth: isSelected ? 3 : 0.6,
              ...(basin.pattern ? { decal: FALLBACK_DECALS[basin.pattern] } : {}),
            },
          };
        }),
      },
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        geoIndex: 0,
        silent: true,
        symbol: 'circle',
        // Above the training places' points (z 5, trainingLayer.ts): a town's dot never hides its basin's name.
        z: 6,
        // The point is invisible, its name is not (a label takes its symbol's opacity).
        itemStyle: { color: 'rgba(0,0,0,0)', borderWidth: 0 },
        labelLayout: { hideOverlap: true },
        label: {
          show: true,
          position: 'inside',
          fontFamily: FONT_FAMILY,
          fontSize: 10,
          color: TEXT_COLOR,
          textBorderColor: '#ffffff',
          textBorderWidth: 2,
          formatter: (params: unknown) => byCode.get((params as { name: string }).name)?.label ?? '',
        },
        data: order.map((code, place) => ({ name: code, value: [...points.get(code)!], symbolSize: labelSymbolSize(place, order.length) })),
      },
    ],
  } as unknown as EChartsOption;
}

/**
 * The map as exported (PNG, SVG), with or without WebGL: the no-WebGL map's
 * option (basins, selection, names ranked by the measure, hidden where they
 * would collide) with its legend drawn under it (the map-legend kind,
 * `legend.ts`: the same description as the legend on screen, secret and
 * no-value swatches patterned as on the map), so a pasted map keeps its key.
 */
export function mapExportOption(
  choropleth: MapDrawing,
  selected: { basin: string | null; dep: string | null },
  points: ReadonlyMap<string, Position>,
  { width, mapHeight }: { width: number; mapHeight: number },
): { option: EChartsOption; height: number } {
  const base = fallbackMapOption(choropleth, selected, points) as Record<string, unknown>;
  const top = mapHeight + 8;
  const legend = legendGraphics(choropleth.legend, { top, width });
  const height = top + legend.height;
  const option = {
    ...base,
    // The map keeps the height it has on screen; the legend goes below it.
    geo: { ...(base.geo as object), layoutCenter: ['50%', mapHeight / 2], layoutSize: Math.min(width, mapHeight) * 0.98 },
    series: (base.series as Record<string, unknown>[]).map((series) =>
      series.type === 'map' ? { ...series, layoutCenter: ['50%', mapHeight / 2], layoutSize: Math.min(width, mapHeight) * 0.98 } : series,
    ),
    tooltip: undefined,
    graphic: { elements: legend.elements },
  };
  return { option: option as unknown as EChartsOption, height };
}

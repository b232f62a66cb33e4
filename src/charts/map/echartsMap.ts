/**
 * The no-WebGL fallback: the same choropleth as an ECharts `map` series on the
 * same GeoJSON (SVG renderer), so the geography stays readable when MapLibre
 * cannot run. The caller registers the GeoJSON under {@link FALLBACK_MAP_NAME}.
 */
import type { EChartsOption } from 'echarts';
import { FONT_FAMILY, TEXT_COLOR } from '../theme';
import type { Choropleth } from './choropleth';
import { MAP_COLORS } from './colors';

export const FALLBACK_MAP_NAME = 'bassins-bmo-2024';

/** ECharts decals standing for the MapLibre patterns (hatch = secret, dots = no project). */
export const FALLBACK_DECALS = {
  hatch: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: Math.PI / 4, color: MAP_COLORS.secretInk },
  dots: { symbol: 'circle', symbolSize: 0.4, dashArrayX: [[4, 4]], dashArrayY: [4, 4], color: MAP_COLORS.noneInk },
};

/** Mercator at Normandy's latitude (≈ 49° N) shrinks longitudes by cos 49° ≈ 0.66. */
const ASPECT = Math.cos((49 * Math.PI) / 180);

export function fallbackMapOption(choropleth: Choropleth, selected: { basin: string | null; dep: string | null }): EChartsOption {
  const byCode = new Map(choropleth.basins.map((basin) => [basin.code, basin]));
  return {
    tooltip: {
      trigger: 'item',
      renderMode: 'richText',
      formatter: (params) => byCode.get((params as { name: string }).name)?.tooltip().join('\n') ?? '',
    },
    series: [
      {
        type: 'map',
        map: FALLBACK_MAP_NAME,
        nameProperty: 'code',
        aspectScale: ASPECT,
        roam: false,
        selectedMode: false,
        layoutCenter: ['50%', '50%'],
        layoutSize: '98%',
        labelLayout: { hideOverlap: true },
        label: {
          show: true,
          fontFamily: FONT_FAMILY,
          fontSize: 10,
          color: TEXT_COLOR,
          textBorderColor: '#ffffff',
          textBorderWidth: 2,
          formatter: (params) => byCode.get((params as { name: string }).name)?.label ?? '',
        },
        emphasis: { label: { show: true }, itemStyle: { borderColor: MAP_COLORS.departmentLine, borderWidth: 2 } },
        data: choropleth.basins.map((basin) => {
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
    ],
  } as EChartsOption;
}

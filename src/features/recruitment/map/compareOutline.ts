/**
 * The basins of the `compare` parameter (issue #14 item 2) outlined on the
 * recruitment map: a dashed violet line, distinct from the orange selection
 * and the dark department borders. One colour and width for both engines:
 * {@link withComparedBasins} restyles the no-WebGL / build-time ECharts map's
 * basins, MapLibreView draws a line layer (so the PNG export has it too).
 */
import type { EChartsOption } from 'echarts';
import { compareTokens } from '../../../state/compare';
import { isBasinCode } from '../../../state/territories';

export const COMPARE_OUTLINE = { color: '#6d28d9', width: 2.5, dash: [2, 1.2] as const };

/** The basin codes among the compared territories (departments, Normandie and France are not outlined). */
export function comparedBasins(compare: string | null): string[] {
  return compareTokens(compare).filter(isBasinCode);
}

interface MapDatum {
  name: string;
  itemStyle?: Record<string, unknown>;
}

/**
 * The option with each compared basin's border dashed violet. The selected
 * basin keeps its orange outline (the selection says more than the comparison).
 */
export function withComparedBasins(option: EChartsOption, basins: readonly string[], selected: string | null): EChartsOption {
  if (basins.length === 0) return option;
  const list = Array.isArray(option.series) ? option.series : option.series ? [option.series] : [];
  return {
    ...option,
    series: list.map((series) => {
      if ((series as { type?: string }).type !== 'map') return series;
      const data = ((series as { data?: MapDatum[] }).data ?? []).map((datum) =>
        basins.includes(datum.name) && datum.name !== selected
          ? { ...datum, itemStyle: { ...datum.itemStyle, borderColor: COMPARE_OUTLINE.color, borderWidth: COMPARE_OUTLINE.width, borderType: [4, 2] } }
          : datum,
      );
      return { ...series, data };
    }),
  } as EChartsOption;
}

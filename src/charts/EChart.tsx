/**
 * The only module that imports ECharts. It registers just the chart types the
 * dashboard draws (tree-shaken `echarts/core`, never the full bundle) and is
 * loaded lazily, after first paint.
 */
import { BarChart, HeatmapChart, LineChart, MapChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  GraphicComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { FONT_FAMILY, TEXT_COLOR } from './theme';

echarts.use([
  BarChart,
  LineChart,
  ScatterChart,
  HeatmapChart,
  MapChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  AriaComponent,
  MarkLineComponent,
  TitleComponent,
  VisualMapComponent,
  GraphicComponent,
  SVGRenderer,
]);

export type EChartsInstance = ReturnType<typeof echarts.init>;

export interface EChartProps {
  option: EChartsOption;
  /** Our own accessible description: ECharts' French aria text calls every chart a "carte". */
  ariaLabel: string;
  height: number;
  onEvents?: Record<string, (params: unknown) => void>;
  onReady?: (instance: EChartsInstance) => void;
}

export default function EChart({ option, ariaLabel, height, onEvents, onReady }: EChartProps) {
  const withDefaults = useMemo<EChartsOption>(
    () => ({
      animationDuration: 300,
      textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
      ...option,
      aria: { enabled: true, label: { description: ariaLabel } },
    }),
    [option, ariaLabel],
  );
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={withDefaults}
      notMerge
      lazyUpdate
      style={{ height, width: '100%' }}
      opts={{ renderer: 'svg' }}
      onEvents={onEvents}
      onChartReady={onReady}
    />
  );
}

export { echarts };

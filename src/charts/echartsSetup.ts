/**
 * The ECharts build the dashboard uses: `echarts/core` with only the chart
 * types and components it draws (never the full bundle), the SVG renderer.
 * Shared by the browser (EChart.tsx, loaded on demand) and the build-time
 * drawing of every chart (static/renderSvg.ts), so both draw the same way.
 */
import { BarChart, HeatmapChart, LineChart, MapChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
// `labelLayout` (names hidden when they would collide, on the maps) is a feature of its own in ECharts' modular build.
import { LabelLayout } from 'echarts/features';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';
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
  LabelLayout,
]);

export { echarts };

/**
 * What every chart gets on top of its builder's option: the house font and
 * colour, and no ECharts aria text (ours is on the wrapper: ECharts' French
 * text calls every chart a "carte").
 */
export function withHouseDefaults(option: EChartsOption, { animation }: { animation: boolean }): EChartsOption {
  return {
    animationDuration: 300,
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
    ...option,
    // After the chart's own option: a builder cannot turn animation back on for someone who asked for less motion.
    ...(animation ? {} : { animation: false }),
    aria: { enabled: false },
  };
}

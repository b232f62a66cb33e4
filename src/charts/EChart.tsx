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
import ReactEChartsCoreModule from 'echarts-for-react/lib/core';
import type { EChartsOption } from 'echarts';
import { useMemo, useRef, useSyncExternalStore } from 'react';
import { useHeldUnless, useNearViewport, usePrinting } from '../ui/onScreen';
import { FONT_FAMILY, TEXT_COLOR } from './theme';

// The production build (Rolldown) hands a CommonJS module's `exports` object to a default import, as Node does;
// Vitest hands over `exports.default`. Unwrap so both get the component.
const ReactEChartsCore =
  (ReactEChartsCoreModule as unknown as { default?: typeof ReactEChartsCoreModule }).default ?? ReactEChartsCoreModule;

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

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

function subscribeReducedMotion(onChange: () => void) {
  const query = window.matchMedia?.(REDUCED_MOTION);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

/** Follows the OS setting live, so turning it on mid-session stops the next transition too. */
function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribeReducedMotion,
    () => window.matchMedia?.(REDUCED_MOTION).matches ?? false,
    () => false,
  );
}

/**
 * A chart far from the viewport keeps its last drawing until it comes back
 * into view (or the page is printed): a filter change then redraws only
 * what the user can see, instead of every chart of the section at once.
 * The accessible description is React's, on the wrapper, so it is current
 * even while the drawing waits.
 */
export default function EChart({ option, ariaLabel, height, onEvents, onReady }: EChartProps) {
  const reducedMotion = usePrefersReducedMotion();
  const box = useRef<HTMLDivElement>(null);
  const printing = usePrinting();
  const near = useNearViewport(box);
  const withDefaults = useMemo<EChartsOption>(
    () => ({
      animationDuration: 300,
      textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
      ...option,
      // After the chart's own option: a builder cannot turn animation back on for someone who asked for less motion.
      ...(reducedMotion ? { animation: false } : {}),
      // Described by the wrapper below: ECharts' own French aria text calls every chart a "carte".
      aria: { enabled: false },
    }),
    [option, reducedMotion],
  );
  const drawn = useHeldUnless(withDefaults, near || printing);
  return (
    <div ref={box} role="img" aria-label={ariaLabel} className="echart">
      <ReactEChartsCore
        echarts={echarts}
        option={drawn}
        notMerge
        // Drawing on the next frame lets a filter change paint at once; print needs the drawing now.
        lazyUpdate={!printing}
        style={{ height, width: '100%' }}
        opts={{ renderer: 'svg' }}
        onEvents={onEvents}
        onChartReady={onReady}
      />
    </div>
  );
}

export { echarts };

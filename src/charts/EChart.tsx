/**
 * The ECharts drawing of one chart in the browser. Loaded on demand
 * (src/charts/engine.ts): the page first shows the drawing made at build
 * time, and ECharts takes over when the user reaches for the chart or its
 * data changes.
 */
import ReactEChartsCoreModule from 'echarts-for-react/lib/core';
import type { EChartsOption } from 'echarts';
import { useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useHeldUnless, useNearViewport, usePrinting } from './onScreen';
import { echarts, withHouseDefaults } from './echartsSetup';

// The production build (Rolldown) hands a CommonJS module's `exports` object to a default import, as Node does;
// Vitest hands over `exports.default`. Unwrap so both get the component.
const ReactEChartsCore = (ReactEChartsCoreModule as unknown as { default?: typeof ReactEChartsCoreModule }).default ?? ReactEChartsCoreModule;

export type EChartsInstance = ReturnType<typeof echarts.init>;

export interface EChartProps {
  option: EChartsOption;
  /** Our own accessible description: ECharts' French aria text calls every chart a "carte". */
  ariaLabel: string;
  height: number;
  onEvents?: Record<string, (params: unknown) => void>;
  onReady?: (instance: EChartsInstance) => void;
  /**
   * False when this drawing replaces the one made at build time: the first
   * draw then lands in place, without bars growing from zero.
   */
  animateFirstDraw?: boolean;
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
export default function EChart({ option, ariaLabel, height, onEvents, onReady, animateFirstDraw = true }: EChartProps) {
  const reducedMotion = usePrefersReducedMotion();
  // The option of the first draw: only that one skips the animation when taking over a build-time drawing.
  const [firstOption] = useState(option);
  const box = useRef<HTMLDivElement>(null);
  const printing = usePrinting();
  const near = useNearViewport(box);
  const withDefaults = useMemo<EChartsOption>(
    () => withHouseDefaults(option, { animation: !reducedMotion && (animateFirstDraw || option !== firstOption) }),
    [option, reducedMotion, animateFirstDraw, firstOption],
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

import { createContext, useContext } from 'react';

/**
 * Where a chart is being shown. ChartFrame reads it to decide what goes
 * around the chart: every share action on the dashboard, none in an embed or
 * on a slide (no chrome there), larger text and a taller chart on a slide.
 */
export interface ChartDisplay {
  mode: 'dashboard' | 'embed' | 'present';
  /** Overrides the model's height (a slide fills the screen). */
  chartHeight?: number;
}

export const ChartDisplayContext = createContext<ChartDisplay>({ mode: 'dashboard' });

export function useChartDisplay(): ChartDisplay {
  return useContext(ChartDisplayContext);
}

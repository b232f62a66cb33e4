import { createContext, useContext } from 'react';

/** Which rows of a long chart a slide shows (see `slidePart`). */
export interface SlidePartInfo {
  parts: number;
  first: number;
  last: number;
  total: number;
}

/**
 * Where a chart is being shown. ChartFrame reads it to decide what goes
 * around the chart: every share action on the dashboard, none in an embed or
 * on a slide (no chrome there), larger text and a taller chart on a slide.
 */
export interface ChartDisplay {
  mode: 'dashboard' | 'embed' | 'present';
  /** Overrides the model's height (a slide's chart is drawn for a fixed height; its CSS fits it to the screen). */
  chartHeight?: number;
  /** On a slide: pixels of the screen taken under the chart (a facilitator's caption), out of the height the chart is laid out for. */
  reserve?: number;
  /** On a slide: which part of a chart too long for one slide is shown (0-based). */
  part?: number;
  /** On a slide: the chart says how many parts it has, and which rows are shown. */
  onParts?: (info: SlidePartInfo) => void;
}

export const ChartDisplayContext = createContext<ChartDisplay>({ mode: 'dashboard' });

export function useChartDisplay(): ChartDisplay {
  return useContext(ChartDisplayContext);
}

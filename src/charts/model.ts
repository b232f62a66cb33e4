/**
 * What a chart builder returns: everything a view needs to draw one chart
 * and its accessible twin (table + summary), derived purely from
 * (data, filters, language). Rendering components take a ChartModel and
 * never look at raw data, which keeps builders testable on fixtures.
 */
import type { EChartsOption } from 'echarts';
import type { BarChartDescription, BarPanelsDescription } from './bars';
import type { HeatmapDescription } from './heatmap';
import type { ValueStatement } from './valueStatement';

export type CellKind = 'text' | 'count' | 'percent' | 'rate';

export interface TableColumn {
  key: string;
  label: string;
  kind: CellKind;
}

/** `sort` orders the column (numbers for figures, null for missing); `text` is what is shown and exported. */
export interface TableCell {
  text: string;
  sort: number | string | null;
  /** The value is a lower bound, ambiguous or secret: shown with a note, never as a confident figure. */
  flag?: 'secret' | 'ambiguous' | 'lower-bound' | 'not-in-source' | 'approximate' | 'derived' | 'read';
  /** What the cell states about its value (see `valueStatement.ts`): exports take raw numbers and a status from it. */
  statement?: ValueStatement;
  /** A code behind a label (BMO occupation, basin, department): exported in its own column. */
  code?: string;
}

export interface TableModel {
  columns: TableColumn[];
  rows: Record<string, TableCell>[];
}

export interface ChartModel {
  /** Stable id, used for `data-chart-id`, embeds and exports. */
  id: string;
  title: string;
  /** Unit and period, e.g. "Nombre de personnes en emploi, 2015 et 2021". */
  subtitle: string;
  /** The source line as printed under the chart. */
  source: string;
  /** null when the selection leaves nothing to draw. */
  option: EChartsOption | null;
  /**
   * What the chart says, when it is drawn by the chart layer (`bars.ts`): the
   * option is generated from it. Tests read this rather than the option.
   */
  description?: BarChartDescription;
  /** The same, for bar plots stacked in panels (`barPanelsOption`). */
  panels?: BarPanelsDescription;
  /** The same, for a heatmap (`heatmapOption`). */
  heatmap?: HeatmapDescription;
  table: TableModel;
  /** One or two sentences for screen readers, also used as the chart's aria label. */
  summary: string;
  /** Caveats shown under the chart (reconstructed or ambiguous values, lower bounds). */
  notes: string[];
  /** Pixel height reserved for the chart so nothing jumps while it loads. */
  height: number;
}

export function textCell(text: string): TableCell {
  return { text, sort: text };
}

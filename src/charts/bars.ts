/**
 * Horizontal bar charts, described rather than drawn. A builder states what
 * the chart says — categories, series of typed values (see
 * `valueStatement.ts`), the emphasised category, the unit — and
 * {@link barChartOption} turns that into the ECharts option, applying the
 * house rules once for every bar chart:
 *
 * - a confident value is a solid bar labelled the French (or English) way;
 * - a lower bound or an approximation is hatched up to its value;
 * - a range, or an ambiguous value with several candidates, is a hatched
 *   band from its smallest to its largest candidate, never one confident bar;
 * - a secret value, or one the source does not give, is words on an empty
 *   slot (« secret statistique », « non publié »), never a zero bar;
 * - the picked category is outlined and marked « ▶ » in bold on the axis, the
 *   others fade; a group (the basins of a department) stays bright, the rest fade;
 * - tooltips are plain text (data never parsed as HTML);
 * - category labels break between words only, never before punctuation;
 * - every bar is at least as thick as its value label is tall and the chart's
 *   height follows from its rows, so two value labels never overlap; the right
 *   margin fits the longest value label, so none is cut at the card's edge;
 * - a value label longer than a label may be (words on an empty slot) breaks
 *   between words, its row and the gap to the next bar growing with its lines;
 *   a legend name wider than the card breaks the same way;
 * - on a phone, fewer axis ticks (never « 0 50100150 ») and narrower labels.
 */
import type { BarSeriesOption, EChartsOption } from 'echarts';
import type { Language } from '../state/filters';
import { formatNumber, formatPercent, formatSignedPercent } from '../i18n/format';
import { charsIn, textWidth, wrapLabel, wrapText } from './labels';
import { GRID_LINE_COLOR, HIGHLIGHT_COLOR, MUTED_TEXT_COLOR, TEXT_COLOR, UNCERTAIN_DECAL } from './theme';
import { categoryTooltip } from './tooltip';
import { statementText, type StatementUnit, type ValueStatement } from './valueStatement';

/** One bar's value; null: this series has nothing for the category (no bar, no label). */
export type BarValue = ValueStatement | null;

export interface BarCategory {
  /** What clicks and the store know the category by (a sector code, a basin code). */
  key: string;
  label: string;
  /** A total or reference row (« Ensemble »): italic on the axis. */
  total?: boolean;
}

export interface BarSeries {
  name: string;
  color: string;
  /** A lighter fill outlined in `color` (an earlier year beside the latest). */
  fill?: string;
  /** One value per category, in category order. */
  values: readonly BarValue[];
  /** The label beside a bar when the statement's own text is not the one to print (« ≈ 20 »); null hides it. */
  labels?: readonly (string | null | undefined)[];
  /** false: no value labels for this series (too many series to label them all). */
  labelled?: boolean;
}

export interface BarChartDescription {
  kind: 'bar';
  categories: readonly BarCategory[];
  series: readonly BarSeries[];
  /** How values read and how the value axis is graduated. */
  unit: StatementUnit;
  /** The value axis' end (100 for shares of a whole). */
  max?: number;
  emphasis?: {
    /** The picked category (or categories: a pair the filter names): outlined, marked on the axis; every other one fades. */
    picked?: string | readonly string[] | null;
    /** Categories that stay bright when nothing is picked (a department's basins); the others fade. */
    group?: readonly string[] | null;
    /** false: the picked category is only marked, the others keep their colour (a default selection, not a comparison). */
    fadeOthers?: boolean;
  };
  /** Words for a value the source does not give (« non publié », « non cité »). */
  absentText?: string;
  /** Words for a zero the source states (« aucun projet »). */
  noneText?: string;
  /**
   * The plain-text tooltip of a category (of one series of it, in stacked
   * panels, whose tooltips are per bar); by default its label and the values.
   */
  tooltip?: (index: number, seriesIndex?: number) => string;
  /** The legend: above the plot (default when there are several series), stacked vertically, or none. */
  legend?: 'horizontal' | 'vertical' | 'none';
  /** Labels that need more room than a sector name (long survey items). */
  wideLabels?: boolean;
  /** Labels that need still more room (occupation names of the BMO, a third of the card). */
  widestLabels?: boolean;
  /** Clicking a category label emits an event (a chart whose categories can be picked). */
  clickable?: boolean;
  lang: Language;
}

export interface BarLayout {
  /** A phone-width card (see `useCompactChart`). */
  compact?: boolean;
}

export const BAR_THICKNESS = 14;
const VALUE_LABEL_SIZE = 11;
const CATEGORY_LINE_HEIGHT = 14;
const FADED_OPACITY = 0.35;
const HATCHED_OPACITY = 0.75;
const AXIS_ROOM = 28;

type Drawing = 'bar' | 'hatched' | 'band' | 'words' | 'nothing';

/** How the house draws a value: the one place that decides what is a confident bar. */
export function drawingOf(value: BarValue): Drawing {
  if (value === null) return 'nothing';
  switch (value.kind) {
    case 'number':
    case 'derived':
    case 'none':
      return 'bar';
    case 'lower-bound':
    case 'approximate':
      return 'hatched';
    case 'range':
      return 'band';
    case 'ambiguous':
      return value.candidates.length > 1 ? 'band' : value.candidates.length === 1 ? 'hatched' : 'words';
    default:
      return 'words';
  }
}

/** Where a value's bar or band starts and ends on the value axis. */
function extent(value: BarValue): { low: number; high: number } | null {
  if (value === null) return null;
  switch (value.kind) {
    case 'number':
    case 'derived':
    case 'lower-bound':
    case 'approximate':
      return { low: value.value, high: value.value };
    case 'none':
      return { low: 0, high: 0 };
    case 'range':
      return { low: value.min, high: value.max };
    case 'ambiguous':
      return value.candidates.length ? { low: Math.min(...value.candidates), high: Math.max(...value.candidates) } : null;
    default:
      return null;
  }
}

/** A value as text the house way (the table, the tooltip and the bar label say the same). */
export function barValueText(description: Pick<BarChartDescription, 'unit' | 'lang' | 'absentText' | 'noneText'>, value: BarValue): string {
  if (value === null) return '';
  if (value.kind === 'not-in-source' && description.absentText) return description.absentText;
  return statementText(value, description.unit, description.lang, { noneText: description.noneText, terse: true });
}

function rawLabelText(description: BarChartDescription, series: BarSeries, index: number): string {
  if (series.labelled === false) return '';
  const override = series.labels?.[index];
  if (override !== undefined) return override ?? '';
  return barValueText(description, series.values[index] ?? null);
}

/**
 * The widest a value label is drawn on one line: a longer one (words on an
 * empty slot, « 0 ou 10 (total partagé avec Lillebonne / Le Havre) ») breaks
 * between words, and its row and the gap between its bars grow to hold it.
 */
const VALUE_LABEL_WIDTH = { compact: 190, wide: 360 };
const VALUE_LINE_HEIGHT = 13;

/** A bar's value label as drawn: broken between words when it is wider than a label may be. */
function labelText(description: BarChartDescription, series: BarSeries, index: number, compact: boolean): string {
  const text = rawLabelText(description, series, index);
  const chars = charsIn(compact ? VALUE_LABEL_WIDTH.compact : VALUE_LABEL_WIDTH.wide, VALUE_LABEL_SIZE);
  return text.length <= chars ? text : wrapText(text, chars);
}

/** Each series' tallest value label, in lines (1 when none breaks). */
function labelLines(description: BarChartDescription, compact: boolean): number[] {
  return description.series.map((entry) =>
    Math.max(1, ...description.categories.map((_, index) => labelText(description, entry, index, compact).split('\n').length)),
  );
}

/** The room a series' bar takes in its row: the bar, or its value label when that is taller. */
function barSlots(description: BarChartDescription, compact: boolean): number[] {
  return labelLines(description, compact).map((lines) => Math.max(BAR_THICKNESS + 4, lines * VALUE_LINE_HEIGHT + 4));
}

function axisNumber(value: number, unit: StatementUnit, lang: Language): string {
  if (unit === 'percent') return formatPercent(value, lang, 0);
  if (unit === 'rate') return formatSignedPercent(value, lang, 0);
  return formatNumber(value, lang);
}

/** Style of a category's bars under the emphasis rule. */
function emphasisStyle(description: BarChartDescription, key: string): { opacity?: number; borderColor?: string; borderWidth?: number } {
  const { group, fadeOthers = true } = description.emphasis ?? {};
  const picked = pickedKeys(description);
  if (picked.length > 0) return picked.includes(key) ? { borderColor: HIGHLIGHT_COLOR, borderWidth: 2 } : fadeOthers ? { opacity: FADED_OPACITY } : {};
  if (group) return group.includes(key) ? {} : { opacity: FADED_OPACITY };
  return {};
}

/** The picked categories' keys (none, one, or a pair). */
function pickedKeys(description: BarChartDescription): readonly string[] {
  const picked = description.emphasis?.picked;
  if (!picked) return [];
  return typeof picked === 'string' ? [picked] : picked;
}

/** Characters per line of a category label. */
function labelChars(description: BarChartDescription, compact: boolean): number {
  if (description.widestLabels) return compact ? 18 : 38;
  if (description.wideLabels) return compact ? 16 : 28;
  return compact ? 14 : 22;
}

function categoryLines(description: BarChartDescription, compact: boolean): string[][] {
  return description.categories.map((category) => wrapLabel(category.label, labelChars(description, compact)));
}

/** Categories where each series has a value: when no category has two, bars share one slot (centred on their row). */
function barsPerCategory(description: BarChartDescription): number {
  return Math.max(1, ...description.categories.map((_, index) => description.series.filter((series) => series.values[index] != null).length));
}

function legendShown(description: BarChartDescription): 'horizontal' | 'vertical' | 'none' {
  return description.legend ?? (description.series.length > 1 ? 'horizontal' : 'none');
}

/** The legend's width on the narrowest card it is drawn in (a 375 px phone, a half-width card on a desktop). */
const LEGEND_WIDTH = { compact: 300, wide: 640 };
/** A legend item's symbol and the gaps around it. */
const LEGEND_SYMBOL_ROOM = 40;
const LEGEND_FONT_SIZE = 12;
const LEGEND_LINE_HEIGHT = 15;

/**
 * A series name as the legend draws it: broken between words (labels.ts) when
 * it is wider than the card leaves it, so no legend item runs off the card.
 */
function legendLines(name: string, compact: boolean): string[] {
  return wrapLabel(name, charsIn((compact ? LEGEND_WIDTH.compact : LEGEND_WIDTH.wide) - LEGEND_SYMBOL_ROOM, LEGEND_FONT_SIZE));
}

/** Room above the plot for the legend: a line per line of its names. */
function legendRoom(description: BarChartDescription, compact: boolean): number {
  const legend = legendShown(description);
  if (legend === 'none') return 12;
  const lines = description.series.map((series) => legendLines(series.name, compact));
  if (legend === 'vertical') return 12 + lines.reduce((sum, name) => sum + name.length * LEGEND_LINE_HEIGHT + 7, 0);
  const tallest = Math.max(1, ...lines.map((name) => name.length));
  return 8 + legendRows(lines, compact) * (26 + (tallest - 1) * LEGEND_LINE_HEIGHT);
}

/**
 * How many rows a horizontal legend takes: ECharts places whole items left to right and starts a row when the
 * next one does not fit, so three names may need three rows where their summed width would fit in two (on a
 * phone, the department chart's legend then ran into its first bars).
 */
function legendRows(lines: readonly string[][], compact: boolean): number {
  const perRow = compact ? LEGEND_WIDTH.compact : LEGEND_WIDTH.wide;
  let rows = 1;
  let x = 0;
  for (const name of lines) {
    const width = Math.max(...name.map((line) => textWidth(line, LEGEND_FONT_SIZE))) + LEGEND_SYMBOL_ROOM;
    if (x > 0 && x + width > perRow) {
      rows += 1;
      x = 0;
    }
    x += width;
  }
  return rows;
}

/** A row tall enough for its bars (each as thick as its value label is tall) and for its wrapped label. */
function rowHeight(description: BarChartDescription, lines: readonly string[][], compact: boolean): number {
  const bars = barsPerCategory(description);
  const longest = Math.max(1, ...lines.map((label) => label.length));
  const slots = barSlots(description, compact);
  // A label of several lines: bars of several series side by side take a slot each, bars sharing one slot (one per row) the tallest.
  const wraps = slots.some((slot) => slot > BAR_THICKNESS + 4);
  const barsRoom = !wraps ? 0 : bars > 1 ? slots.reduce((sum, slot) => sum + slot, 0) : Math.max(...slots);
  return Math.max(bars * (BAR_THICKNESS + 4) + 8, barsRoom + 8, longest * CATEGORY_LINE_HEIGHT + 8, 26);
}

/**
 * The gap between bars of one row (ECharts' `barGap`, a share of a bar's
 * thickness) when a value label runs to several lines: bar centres far enough
 * apart that the labels beside them do not meet. Undefined: ECharts' default.
 */
function barGap(description: BarChartDescription, compact: boolean): string | undefined {
  const slots = barSlots(description, compact);
  if (barsPerCategory(description) < 2 || slots.every((slot) => slot === BAR_THICKNESS + 4)) return undefined;
  const apart = Math.max(...slots.slice(1).map((slot, index) => (slot + slots[index]!) / 2));
  return `${Math.max(30, Math.ceil(((apart - BAR_THICKNESS) / BAR_THICKNESS) * 100))}%`;
}

/** The narrowest plot a card gives a bar chart (a 375 px phone, a half-width card on a desktop). */
const MIN_PLOT_WIDTH = { compact: 140, wide: 300 };

/**
 * Room right of the plot so that no value label is cut at the card's edge. A
 * label ends at its bar's end plus its own width: the margin covers what
 * sticks out of the narrowest plot, so a label beside a short bar (or words
 * on an empty slot) takes no room from the bars.
 */
function rightMargin(description: BarChartDescription, compact: boolean): number {
  const plot = compact ? MIN_PLOT_WIDTH.compact : MIN_PLOT_WIDTH.wide;
  const ends = description.series.flatMap((entry) => entry.values.map((value) => extent(value)?.high ?? 0));
  const top = description.max ?? Math.max(0, ...ends);
  let needed = 0;
  description.series.forEach((entry, seriesIndex) =>
    description.categories.forEach((_, index) => {
      const width = Math.max(
        0,
        ...labelText(description, entry, index, compact)
          .split('\n')
          .map((line) => (line ? textWidth(line, VALUE_LABEL_SIZE) : 0)),
      );
      if (width === 0) return;
      const end = top > 0 ? Math.max(0, ends[seriesIndex * description.categories.length + index] ?? 0) / top : 0;
      needed = Math.max(needed, width + 6 - plot * (1 - end));
    }),
  );
  return Math.ceil(Math.max(16, needed + 8));
}

/** The pixel height a bar chart needs: the card reserves it, and no two labels overlap in it. */
export function barChartHeight(description: BarChartDescription, { compact = false }: BarLayout = {}): number {
  if (description.categories.length === 0) return 240;
  const lines = categoryLines(description, compact);
  return legendRoom(description, compact) + description.categories.length * rowHeight(description, lines, compact) + AXIS_ROOM;
}

/** The plain-text tooltip of a category: the description's own, or its label and each series' value. */
export function barTooltipText(description: BarChartDescription, index: number, seriesIndex?: number): string {
  if (description.tooltip) return description.tooltip(index, seriesIndex);
  const category = description.categories[index];
  if (!category) return '';
  const lines = description.series
    .filter((series, position) => series.values[index] != null && (seriesIndex === undefined || position === seriesIndex))
    .map((series) => `${series.name} : ${barValueText(description, series.values[index] ?? null)}`);
  return [category.label, ...lines].join('\n');
}

const AXIS_RICH = {
  picked: { fontWeight: 'bold', color: HIGHLIGHT_COLOR, lineHeight: CATEGORY_LINE_HEIGHT },
  total: { fontStyle: 'italic', color: MUTED_TEXT_COLOR, lineHeight: CATEGORY_LINE_HEIGHT },
} as const;

/** Rich-text markers are the only markup in a label: braces and bars from data are taken out. */
function plain(text: string): string {
  return text.replace(/[{}|]/gu, ' ');
}

/** The axis label of a category: wrapped, the picked one marked in words and colour, a total in italics. */
function categoryLabel(description: BarChartDescription, category: BarCategory, lines: readonly string[]): string {
  if (pickedKeys(description).includes(category.key)) return lines.map((line, index) => `{picked|${index === 0 ? '▶ ' : ''}${plain(line)}}`).join('\n');
  if (category.total) return lines.map((line) => `{total|${plain(line)}}`).join('\n');
  return lines.map(plain).join('\n');
}

interface PanelParts {
  grid: Record<string, unknown>;
  xAxis: Record<string, unknown>;
  yAxis: Record<string, unknown>;
  series: BarSeriesOption[];
}

/** The grid, axes and series of one bar plot, on grid `gridIndex`, its plot starting `top` px down. */
function barParts(description: BarChartDescription, compact: boolean, gridIndex: number, top: number, itemTooltips = false): PanelParts {
  const { categories, lang, unit } = description;
  const lines = categoryLines(description, compact);
  const labelByKey = new Map(categories.map((category, index) => [category.key, categoryLabel(description, category, lines[index] ?? [])]));
  // Bars share one slot when no category has two of them (one survey per row): each stays centred on its row.
  const shareSlot = barsPerCategory(description) === 1 && description.series.length > 1;
  const onGrid = gridIndex === 0 ? {} : { xAxisIndex: gridIndex, yAxisIndex: gridIndex };
  const gap = barGap(description, compact);

  const series: BarSeriesOption[] = description.series.flatMap((entry, seriesIndex) => {
    const drawings = entry.values.map(drawingOf);
    const hasBand = drawings.includes('band');
    const stack = shareSlot ? `shared-${gridIndex}` : hasBand ? `band-${gridIndex}-${seriesIndex}` : undefined;
    const texts = categories.map((_, index) => labelText(description, entry, index, compact));
    const baseStyle = { color: entry.fill ?? entry.color, ...(entry.fill ? { borderColor: entry.color, borderWidth: 1 } : {}) };
    const common = {
      type: 'bar' as const,
      name: entry.name,
      ...onGrid,
      barMaxWidth: BAR_THICKNESS,
      barMinWidth: shareSlot ? BAR_THICKNESS : undefined,
      ...(gap ? { barGap: gap } : {}),
      ...(stack ? { stack } : {}),
      ...(itemTooltips
        ? { tooltip: { formatter: (params: unknown) => barTooltipText(description, (params as { dataIndex: number }).dataIndex, seriesIndex) } }
        : {}),
      itemStyle: baseStyle,
    };
    const label = (show: (index: number) => boolean) => ({
      show: true,
      position: 'right' as const,
      fontSize: VALUE_LABEL_SIZE,
      ...(texts.some((text) => text.includes('\n')) ? { lineHeight: VALUE_LINE_HEIGHT } : {}),
      color: MUTED_TEXT_COLOR,
      formatter: (params: { dataIndex: number }) => (show(params.dataIndex) ? (texts[params.dataIndex] ?? '') : ''),
    });
    const main: BarSeriesOption = {
      ...common,
      label: label((index) => drawings[index] !== 'band'),
      data: categories.map((category, index) => {
        const value = entry.values[index] ?? null;
        const drawing = drawings[index]!;
        const emphasis = emphasisStyle(description, category.key);
        const range = extent(value);
        if (drawing === 'nothing') return { value: null };
        // Words on an empty slot: a secret or unpublished value is never read as 0.
        if (drawing === 'words') return { value: 0, itemStyle: { color: 'transparent', borderWidth: 0 }, label: { fontStyle: 'italic' as const } };
        // The invisible start of a band.
        if (drawing === 'band') return { value: range!.low, itemStyle: { color: 'transparent', borderWidth: 0 } };
        const hatched = drawing === 'hatched' ? { decal: UNCERTAIN_DECAL, opacity: Math.min(emphasis.opacity ?? 1, HATCHED_OPACITY) } : {};
        // A faded or hatched bar keeps its label at full contrast (WCAG 1.4.3): only the bar is lighter.
        return {
          value: range!.high,
          itemStyle: { ...baseStyle, ...emphasis, ...hatched },
          ...(emphasis.opacity || drawing === 'hatched' ? { label: { opacity: 1 } } : {}),
        };
      }),
    };
    if (!hasBand) return [main];
    const band: BarSeriesOption = {
      ...common,
      itemStyle: { ...baseStyle, decal: UNCERTAIN_DECAL, borderColor: entry.color, borderWidth: 1, borderType: 'dashed' },
      label: label((index) => drawings[index] === 'band'),
      data: categories.map((category, index) => {
        if (drawings[index] !== 'band') return { value: null };
        const range = extent(entry.values[index] ?? null)!;
        const emphasis = emphasisStyle(description, category.key);
        // The band is drawn lighter; its label keeps full contrast.
        return {
          value: range.high - range.low,
          itemStyle: { opacity: Math.min(emphasis.opacity ?? 1, HATCHED_OPACITY), ...(emphasis.borderColor ? emphasis : {}) },
          label: { opacity: 1 },
        };
      }),
    };
    return [main, band];
  });

  return {
    grid: { top, left: 8, right: rightMargin(description, compact), height: categories.length * rowHeight(description, lines, compact), containLabel: true },
    xAxis: {
      type: 'value',
      gridIndex,
      ...(description.max === undefined ? {} : { max: description.max }),
      ...(compact ? { splitNumber: 3 } : {}),
      axisLabel: { hideOverlap: true, color: MUTED_TEXT_COLOR, formatter: (value: number) => axisNumber(value, unit, lang) },
      splitLine: { lineStyle: { color: GRID_LINE_COLOR } },
    },
    yAxis: {
      type: 'category',
      gridIndex,
      inverse: true,
      data: categories.map((category) => category.key),
      axisTick: { show: false },
      ...(description.clickable ? { triggerEvent: true } : {}),
      axisLabel: {
        interval: 0,
        color: TEXT_COLOR,
        fontSize: compact ? 11 : 12,
        lineHeight: CATEGORY_LINE_HEIGHT,
        formatter: (key: string) => labelByKey.get(key) ?? key,
        rich: AXIS_RICH,
      },
    },
    series,
  };
}

function legendOption(names: readonly string[], orient: 'horizontal' | 'vertical', compact: boolean) {
  const wrapped = new Map(names.map((name) => [name, legendLines(name, compact).join('\n')]));
  // Only a legend with a name too wide for the card gets a formatter (the others' options stay as they were).
  const wraps = [...wrapped].some(([name, text]) => name !== text);
  return {
    top: 0,
    left: 0,
    itemGap: 12,
    orient,
    textStyle: { color: TEXT_COLOR, ...(wraps ? { lineHeight: LEGEND_LINE_HEIGHT } : {}) },
    ...(wraps ? { formatter: (name: string) => wrapped.get(name) ?? name } : {}),
    data: [...names],
  };
}

/**
 * The ECharts option of a bar chart description. Pure: the same description
 * and layout always give the same option (the build-time drawing relies on it).
 */
export function barChartOption(description: BarChartDescription, { compact = false }: BarLayout = {}): EChartsOption {
  const legend = legendShown(description);
  const parts = barParts(description, compact, 0, legendRoom(description, compact));
  return {
    ...(legend === 'none'
      ? {}
      : {
          legend: legendOption(
            description.series.map((entry) => entry.name),
            legend,
            compact,
          ),
        }),
    grid: parts.grid,
    tooltip: { ...categoryTooltip((index) => barTooltipText(description, index)), confine: true },
    xAxis: parts.xAxis,
    yAxis: parts.yAxis,
    series: parts.series,
  } as EChartsOption;
}

/**
 * Bar plots stacked in one chart, each under its own heading, sharing one
 * legend (numbers in one panel, their growth in the next: values that cannot
 * share an axis). Each panel follows every rule of a bar chart.
 */
export interface BarPanelsDescription {
  kind: 'bar-panels';
  panels: readonly { title: string; chart: BarChartDescription }[];
  /** The series the shared legend names (default: every series of every panel); a panel's heading may say the rest. */
  legend?: readonly string[];
}

const PANEL_TITLE_ROOM = 26;
const PANEL_GAP = 16;

/** The names in the shared legend. */
function panelLegend(description: BarPanelsDescription): string[] {
  return [...(description.legend ?? new Set(description.panels.flatMap((panel) => panel.chart.series.map((entry) => entry.name))))];
}

/** A panel's heading, broken between words to fit the narrowest card. */
function panelTitle(title: string, compact: boolean): string {
  return wrapText(title, charsIn(compact ? 300 : 620, 13));
}

function panelTitleRoom(title: string, compact: boolean): number {
  return PANEL_TITLE_ROOM + (panelTitle(title, compact).split('\n').length - 1) * 16;
}

function panelTops(description: BarPanelsDescription, compact: boolean): { legend: number; tops: number[]; height: number } {
  const names = panelLegend(description);
  const legend =
    names.length > 1
      ? legendRoom({ ...description.panels[0]!.chart, legend: 'horizontal', series: names.map((name) => ({ name, color: '', values: [] })) }, compact)
      : 8;
  const tops: number[] = [];
  let y = legend;
  for (const panel of description.panels) {
    const titleRoom = panelTitleRoom(panel.title, compact);
    tops.push(y + titleRoom);
    y += titleRoom + panel.chart.categories.length * rowHeight(panel.chart, categoryLines(panel.chart, compact), compact) + AXIS_ROOM + PANEL_GAP;
  }
  return { legend, tops, height: y };
}

export function barPanelsHeight(description: BarPanelsDescription, { compact = false }: BarLayout = {}): number {
  return panelTops(description, compact).height;
}

/** The ECharts option of stacked bar panels: the bar chart's rules, panel by panel. */
export function barPanelsOption(description: BarPanelsDescription, { compact = false }: BarLayout = {}): EChartsOption {
  const { tops } = panelTops(description, compact);
  const parts = description.panels.map((panel, index) => barParts(panel.chart, compact, index, tops[index]!, true));
  const names = panelLegend(description);
  return {
    ...(names.length > 1 ? { legend: legendOption(names, 'horizontal', compact) } : {}),
    title: description.panels.map((panel, index) => ({
      text: panelTitle(panel.title, compact),
      top: tops[index]! - panelTitleRoom(panel.title, compact) + 2,
      left: 0,
      textStyle: { fontSize: 13, lineHeight: 16, fontWeight: 'bold', color: TEXT_COLOR },
    })),
    // Item tooltips: each panel's series says what its category holds, in plain text.
    tooltip: { trigger: 'item', renderMode: 'richText', confine: true },
    grid: parts.map((part) => part.grid),
    xAxis: parts.map((part) => part.xAxis),
    yAxis: parts.map((part) => part.yAxis),
    series: parts.flatMap((part) => part.series),
  } as EChartsOption;
}

/** What a builder returns for stacked bar panels: the description, and the option and height it gives. */
export function drawBarPanels(
  description: BarPanelsDescription,
  layout: BarLayout = {},
): { panels: BarPanelsDescription; option: EChartsOption; height: number } {
  return { panels: description, option: barPanelsOption(description, layout), height: barPanelsHeight(description, layout) };
}

/** What a builder returns for a bar chart: the description, and the option and height it gives. */
export function drawBars(
  description: BarChartDescription,
  layout: BarLayout = {},
): { description: BarChartDescription; option: EChartsOption; height: number } {
  return { description, option: barChartOption(description, layout), height: barChartHeight(description, layout) };
}

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
  /**
   * Drawn for a presentation slide (1920×1080, read from the back of a room):
   * every text at least 24 px and the whole layout — bars, rows, margins,
   * legend, panel headings — computed from that type, not a card's option enlarged.
   */
  room?: boolean;
  /**
   * The height the chart may take (a slide's chart box): rows grow, up to a
   * limit, until the chart is that tall. A chart that needs more keeps the
   * height it needs.
   */
  fill?: number;
}

export const BAR_THICKNESS = 14;
const VALUE_LABEL_SIZE = 11;
const CATEGORY_LINE_HEIGHT = 14;
const FADED_OPACITY = 0.35;
const HATCHED_OPACITY = 0.75;
const AXIS_ROOM = 28;

/** No text on a slide is smaller (docs/sharing.md promises it); headings are larger. */
export const ROOM_MIN_FONT_SIZE = 24;
export const ROOM_TITLE_SIZE = 32;
/** A slide's chart width at 1920×1080 (the build draws slides at it: `DRAWING_WIDTHS.slide`). */
const ROOM_WIDTH = 1805;

/**
 * Every size the layout derives from: a card's (the house sizes, for a phone
 * or a desktop card) or a slide's, whose sizes follow from 24 px text. The
 * heights of rows, legends and headings, the widths of margins and the
 * wrapping of labels are computed from these, never enlarged afterwards.
 */
interface Metrics {
  compact: boolean;
  room: boolean;
  /** Text sizes: value labels, axis numbers, category labels, legend, panel headings. */
  valueSize: number;
  axisSize: number;
  categorySize: number;
  legendSize: number;
  titleSize: number;
  valueLineHeight: number;
  categoryLineHeight: number;
  legendLineHeight: number;
  titleLineHeight: number;
  /** A bar's thickness (at least its value label's height) and the least height of a row. */
  bar: number;
  minRow: number;
  /** Room under a plot for its axis numbers. */
  axisRoom: number;
  /** The widest a value label is drawn on one line, and the narrowest plot the chart is drawn in. */
  valueLabelWidth: number;
  minPlot: number;
  /** The legend's and the panel headings' width, a legend item's symbol and gaps, the height of a legend line. */
  legendWidth: number;
  legendSymbolRoom: number;
  legendItem: number;
  legendSymbol: { itemWidth: number; itemHeight: number; itemGap: number };
  titleWidth: number;
  titleRoom: number;
  panelGap: number;
  gridLeft: number;
  rightMin: number;
  /** Height added to every row so the chart takes the height it is given (`BarLayout.fill`). */
  rowExtra: number;
}

/** The most a row grows to fill a slide: beyond it, bars stand too far apart to be compared. */
const MAX_ROW_EXTRA = { card: 32, room: 48 };

/** The metrics with rows grown so that a chart of `rows` rows, `natural` px tall, takes `fill` px. */
function filled(m: Metrics, natural: number, rows: number, fill: number | undefined): Metrics {
  if (!fill || rows === 0 || fill <= natural) return m;
  return { ...m, rowExtra: Math.min(m.room ? MAX_ROW_EXTRA.room : MAX_ROW_EXTRA.card, Math.floor((fill - natural) / rows)) };
}

function metricsOf({ compact = false, room = false }: BarLayout): Metrics {
  if (!room)
    return {
      compact,
      room,
      valueSize: VALUE_LABEL_SIZE,
      axisSize: 12,
      categorySize: compact ? 11 : 12,
      legendSize: LEGEND_FONT_SIZE,
      titleSize: 13,
      valueLineHeight: VALUE_LINE_HEIGHT,
      categoryLineHeight: CATEGORY_LINE_HEIGHT,
      legendLineHeight: LEGEND_LINE_HEIGHT,
      titleLineHeight: 16,
      bar: BAR_THICKNESS,
      minRow: 26,
      axisRoom: AXIS_ROOM,
      valueLabelWidth: compact ? VALUE_LABEL_WIDTH.compact : VALUE_LABEL_WIDTH.wide,
      minPlot: compact ? MIN_PLOT_WIDTH.compact : MIN_PLOT_WIDTH.wide,
      legendWidth: compact ? LEGEND_WIDTH.compact : LEGEND_WIDTH.wide,
      legendSymbolRoom: LEGEND_SYMBOL_ROOM,
      legendItem: 26,
      legendSymbol: { itemWidth: 25, itemHeight: 14, itemGap: 12 },
      titleWidth: compact ? 300 : 620,
      titleRoom: PANEL_TITLE_ROOM,
      panelGap: PANEL_GAP,
      gridLeft: 8,
      rightMin: 16,
      rowExtra: 0,
    };
  // A slide: 24 px text, lines and bars sized from it, the slide's own width for legends and headings.
  const text = ROOM_MIN_FONT_SIZE;
  const line = Math.round(text * 1.2);
  return {
    compact,
    room,
    valueSize: text,
    axisSize: text,
    categorySize: text,
    legendSize: text,
    titleSize: ROOM_TITLE_SIZE,
    valueLineHeight: line,
    categoryLineHeight: line,
    legendLineHeight: line,
    titleLineHeight: Math.round(ROOM_TITLE_SIZE * 1.2),
    // Bars 22 px thick: two 24 px labels of one row, 26 px apart, never meet (a label's glyphs are 24 px at most).
    bar: text - 2,
    minRow: line + 20,
    axisRoom: text + 24,
    valueLabelWidth: VALUE_LABEL_WIDTH.wide * 2,
    minPlot: MIN_PLOT_WIDTH.wide * 2,
    legendWidth: ROOM_WIDTH - 40,
    legendSymbolRoom: 64,
    legendItem: line + 16,
    legendSymbol: { itemWidth: 36, itemHeight: 20, itemGap: 28 },
    titleWidth: ROOM_WIDTH - 40,
    titleRoom: Math.round(ROOM_TITLE_SIZE * 1.2) + 12,
    panelGap: 20,
    gridLeft: 16,
    rightMin: 32,
    rowExtra: 0,
  };
}

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
function labelText(description: BarChartDescription, series: BarSeries, index: number, m: Metrics): string {
  const text = rawLabelText(description, series, index);
  const chars = charsIn(m.valueLabelWidth, m.valueSize);
  return text.length <= chars ? text : wrapText(text, chars);
}

/** Each series' tallest value label, in lines (1 when none breaks). */
function labelLines(description: BarChartDescription, m: Metrics): number[] {
  return description.series.map((entry) =>
    Math.max(1, ...description.categories.map((_, index) => labelText(description, entry, index, m).split('\n').length)),
  );
}

/** The room a series' bar takes in its row: the bar, or its value label when that is taller. */
function barSlots(description: BarChartDescription, m: Metrics): number[] {
  // One line fits beside its bar (a slot is never shorter than a label's glyphs); several take their line height each.
  return labelLines(description, m).map((lines) => Math.max(m.bar + 4, lines === 1 ? 0 : lines * m.valueLineHeight + 4));
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
function labelChars(description: BarChartDescription, { compact, room }: Metrics): number {
  // A slide is 1805 px wide: at 24 px its labels may take as many characters as a card's at 12 px, and more.
  if (room) return description.widestLabels ? 50 : description.wideLabels ? 38 : 30;
  if (description.widestLabels) return compact ? 18 : 38;
  if (description.wideLabels) return compact ? 16 : 28;
  return compact ? 14 : 22;
}

function categoryLines(description: BarChartDescription, m: Metrics): string[][] {
  return description.categories.map((category) => wrapLabel(category.label, labelChars(description, m)));
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
function legendLines(name: string, m: Metrics): string[] {
  return wrapLabel(name, charsIn(m.legendWidth - m.legendSymbolRoom, m.legendSize));
}

/** Room above the plot for the legend: a line per line of its names. */
function legendRoom(description: BarChartDescription, m: Metrics): number {
  const legend = legendShown(description);
  const scale = m.room ? 2 : 1;
  if (legend === 'none') return 12 * scale;
  const lines = description.series.map((series) => legendLines(series.name, m));
  if (legend === 'vertical') return 12 * scale + lines.reduce((sum, name) => sum + name.length * m.legendLineHeight + 7 * scale, 0);
  const tallest = Math.max(1, ...lines.map((name) => name.length));
  return 8 * scale + legendRows(lines, m) * (m.legendItem + (tallest - 1) * m.legendLineHeight);
}

/**
 * How many rows a horizontal legend takes: ECharts places whole items left to right and starts a row when the
 * next one does not fit, so three names may need three rows where their summed width would fit in two (on a
 * phone, the department chart's legend then ran into its first bars).
 */
function legendRows(lines: readonly string[][], m: Metrics): number {
  let rows = 1;
  let x = 0;
  for (const name of lines) {
    const width = Math.max(...name.map((line) => textWidth(line, m.legendSize))) + m.legendSymbolRoom;
    if (x > 0 && x + width > m.legendWidth) {
      rows += 1;
      x = 0;
    }
    x += width;
  }
  return rows;
}

/** A row tall enough for its bars (each as thick as its value label is tall) and for its wrapped label. */
function rowHeight(description: BarChartDescription, lines: readonly string[][], m: Metrics): number {
  const perCategory = barsPerCategory(description);
  // ECharts keeps a slot for every series in every row (an empty one too): on a slide, whose bars are drawn at their
  // thickness, a row holds them all (a part of a chart may have rows with fewer values than the whole).
  const bars = m.room && perCategory > 1 ? description.series.length : perCategory;
  const longest = Math.max(1, ...lines.map((label) => label.length));
  const slots = barSlots(description, m);
  // A label of several lines: bars of several series side by side take a slot each, bars sharing one slot (one per row) the tallest.
  const wraps = slots.some((slot) => slot > m.bar + 4);
  const barsRoom = !wraps ? 0 : bars > 1 ? slots.reduce((sum, slot) => sum + slot, 0) : Math.max(...slots);
  const pad = m.room ? 12 : 8;
  return Math.max(bars * (m.bar + 4) + pad, barsRoom + pad, longest * m.categoryLineHeight + pad, m.minRow) + m.rowExtra;
}

/**
 * The gap between bars of one row (ECharts' `barGap`, a share of a bar's
 * thickness) when a value label runs to several lines: bar centres far enough
 * apart that the labels beside them do not meet. Undefined: ECharts' default.
 */
function barGap(description: BarChartDescription, m: Metrics): string | undefined {
  const slots = barSlots(description, m);
  if (barsPerCategory(description) < 2 || slots.every((slot) => slot === m.bar + 4)) return undefined;
  const apart = Math.max(...slots.slice(1).map((slot, index) => (slot + slots[index]!) / 2));
  return `${Math.max(30, Math.ceil(((apart - m.bar) / m.bar) * 100))}%`;
}

/** The narrowest plot a card gives a bar chart (a 375 px phone, a half-width card on a desktop). */
const MIN_PLOT_WIDTH = { compact: 140, wide: 300 };

/**
 * Room right of the plot so that no value label is cut at the card's edge. A
 * label ends at its bar's end plus its own width: the margin covers what
 * sticks out of the narrowest plot, so a label beside a short bar (or words
 * on an empty slot) takes no room from the bars.
 */
function rightMargin(description: BarChartDescription, m: Metrics): number {
  const plot = m.minPlot;
  const ends = description.series.flatMap((entry) => entry.values.map((value) => extent(value)?.high ?? 0));
  const top = description.max ?? Math.max(0, ...ends);
  let needed = 0;
  description.series.forEach((entry, seriesIndex) =>
    description.categories.forEach((_, index) => {
      const width = Math.max(
        0,
        ...labelText(description, entry, index, m)
          .split('\n')
          .map((line) => (line ? textWidth(line, m.valueSize) : 0)),
      );
      if (width === 0) return;
      const end = top > 0 ? Math.max(0, ends[seriesIndex * description.categories.length + index] ?? 0) / top : 0;
      needed = Math.max(needed, width + 6 - plot * (1 - end));
    }),
  );
  return Math.ceil(Math.max(m.rightMin, needed + 8));
}

/** The pixel height a bar chart needs: the card reserves it, and no two labels overlap in it. */
/** The metrics of a bar chart drawn with `layout`: its rows grown to fill the height it is given. */
function chartMetrics(description: BarChartDescription, layout: BarLayout): Metrics {
  const m = metricsOf(layout);
  if (!layout.fill) return m;
  return filled(m, naturalHeight(description, m), description.categories.length, layout.fill);
}

function naturalHeight(description: BarChartDescription, m: Metrics): number {
  const lines = categoryLines(description, m);
  return legendRoom(description, m) + description.categories.length * rowHeight(description, lines, m) + m.axisRoom;
}

export function barChartHeight(description: BarChartDescription, layout: BarLayout = {}): number {
  const m = chartMetrics(description, layout);
  if (description.categories.length === 0) return 240;
  const lines = categoryLines(description, m);
  return legendRoom(description, m) + description.categories.length * rowHeight(description, lines, m) + m.axisRoom;
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

const axisRich = (m: Metrics) =>
  ({
    picked: { fontWeight: 'bold', color: HIGHLIGHT_COLOR, lineHeight: m.categoryLineHeight, ...(m.room ? { fontSize: m.categorySize } : {}) },
    total: { fontStyle: 'italic', color: MUTED_TEXT_COLOR, lineHeight: m.categoryLineHeight, ...(m.room ? { fontSize: m.categorySize } : {}) },
  }) as const;

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
function barParts(description: BarChartDescription, m: Metrics, gridIndex: number, top: number, itemTooltips = false): PanelParts {
  const { categories, lang, unit } = description;
  const { compact } = m;
  const lines = categoryLines(description, m);
  const labelByKey = new Map(categories.map((category, index) => [category.key, categoryLabel(description, category, lines[index] ?? [])]));
  // Bars share one slot when no category has two of them (one survey per row): each stays centred on its row.
  const shareSlot = barsPerCategory(description) === 1 && description.series.length > 1;
  const onGrid = gridIndex === 0 ? {} : { xAxisIndex: gridIndex, yAxisIndex: gridIndex };
  const gap = barGap(description, m);

  const series: BarSeriesOption[] = description.series.flatMap((entry, seriesIndex) => {
    const drawings = entry.values.map(drawingOf);
    const hasBand = drawings.includes('band');
    const stack = shareSlot ? `shared-${gridIndex}` : hasBand ? `band-${gridIndex}-${seriesIndex}` : undefined;
    const texts = categories.map((_, index) => labelText(description, entry, index, m));
    const baseStyle = { color: entry.fill ?? entry.color, ...(entry.fill ? { borderColor: entry.color, borderWidth: 1 } : {}) };
    const common = {
      type: 'bar' as const,
      name: entry.name,
      ...onGrid,
      barMaxWidth: m.bar,
      barMinWidth: shareSlot ? m.bar : undefined,
      // On a slide every bar is drawn at its thickness, 4 px from the next: ECharts' own share of the row would set
      // the 24 px labels of a row with many bars closer than they are tall.
      ...(m.room && !shareSlot ? { barWidth: m.bar } : {}),
      ...(gap ? { barGap: gap } : m.room ? { barGap: `${Math.round((4 / m.bar) * 100)}%` } : {}),
      ...(stack ? { stack } : {}),
      ...(itemTooltips
        ? { tooltip: { formatter: (params: unknown) => barTooltipText(description, (params as { dataIndex: number }).dataIndex, seriesIndex) } }
        : {}),
      itemStyle: baseStyle,
    };
    const label = (show: (index: number) => boolean) => ({
      show: true,
      position: 'right' as const,
      fontSize: m.valueSize,
      ...(texts.some((text) => text.includes('\n')) ? { lineHeight: m.valueLineHeight } : {}),
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
    grid: {
      top,
      left: m.gridLeft,
      right: rightMargin(description, m),
      height: categories.length * rowHeight(description, lines, m),
      containLabel: true,
    },
    xAxis: {
      type: 'value',
      gridIndex,
      ...(description.max === undefined ? {} : { max: description.max }),
      ...(compact ? { splitNumber: 3 } : {}),
      axisLabel: {
        hideOverlap: true,
        color: MUTED_TEXT_COLOR,
        ...(m.room ? { fontSize: m.axisSize, margin: 12 } : {}),
        formatter: (value: number) => axisNumber(value, unit, lang),
      },
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
        fontSize: m.categorySize,
        lineHeight: m.categoryLineHeight,
        ...(m.room ? { margin: 16 } : {}),
        formatter: (key: string) => labelByKey.get(key) ?? key,
        rich: axisRich(m),
      },
    },
    series,
  };
}

function legendOption(names: readonly string[], orient: 'horizontal' | 'vertical', m: Metrics) {
  const wrapped = new Map(names.map((name) => [name, legendLines(name, m).join('\n')]));
  // Only a legend with a name too wide for the card gets a formatter (the others' options stay as they were).
  const wraps = [...wrapped].some(([name, text]) => name !== text);
  return {
    top: 0,
    left: 0,
    itemGap: m.legendSymbol.itemGap,
    ...(m.room ? { itemWidth: m.legendSymbol.itemWidth, itemHeight: m.legendSymbol.itemHeight } : {}),
    orient,
    textStyle: { color: TEXT_COLOR, ...(m.room ? { fontSize: m.legendSize } : {}), ...(wraps ? { lineHeight: m.legendLineHeight } : {}) },
    ...(wraps ? { formatter: (name: string) => wrapped.get(name) ?? name } : {}),
    data: [...names],
  };
}

/**
 * The ECharts option of a bar chart description. Pure: the same description
 * and layout always give the same option (the build-time drawing relies on it).
 */
export function barChartOption(description: BarChartDescription, layout: BarLayout = {}): EChartsOption {
  const m = chartMetrics(description, layout);
  const legend = legendShown(description);
  const parts = barParts(description, m, 0, legendRoom(description, m));
  return {
    ...(legend === 'none'
      ? {}
      : {
          legend: legendOption(
            description.series.map((entry) => entry.name),
            legend,
            m,
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
function panelTitle(title: string, m: Metrics): string {
  return wrapText(title, charsIn(m.titleWidth, m.titleSize));
}

function panelTitleRoom(title: string, m: Metrics): number {
  return m.titleRoom + (panelTitle(title, m).split('\n').length - 1) * m.titleLineHeight;
}

/** The room a panel takes: its heading, its rows, its axis numbers and the gap to the next one. */
function panelRoom(panel: BarPanelsDescription['panels'][number], m: Metrics): number {
  return panelTitleRoom(panel.title, m) + panel.chart.categories.length * rowHeight(panel.chart, categoryLines(panel.chart, m), m) + m.axisRoom + m.panelGap;
}

function panelLegendRoom(description: BarPanelsDescription, m: Metrics): number {
  const names = panelLegend(description);
  return names.length > 1
    ? legendRoom({ ...description.panels[0]!.chart, legend: 'horizontal', series: names.map((name) => ({ name, color: '', values: [] })) }, m)
    : 8;
}

function panelTops(description: BarPanelsDescription, m: Metrics): { legend: number; tops: number[]; height: number } {
  const legend = panelLegendRoom(description, m);
  const tops: number[] = [];
  let y = legend;
  for (const panel of description.panels) {
    tops.push(y + panelTitleRoom(panel.title, m));
    y += panelRoom(panel, m);
  }
  return { legend, tops, height: y };
}

/** The metrics of bar panels drawn with `layout`: every panel's rows grown alike to fill the height given. */
function panelsMetrics(description: BarPanelsDescription, layout: BarLayout): Metrics {
  const m = metricsOf(layout);
  if (!layout.fill) return m;
  const rows = description.panels.reduce((sum, panel) => sum + panel.chart.categories.length, 0);
  return filled(m, panelTops(description, m).height, rows, layout.fill);
}

export function barPanelsHeight(description: BarPanelsDescription, layout: BarLayout = {}): number {
  return panelTops(description, panelsMetrics(description, layout)).height;
}

/** The ECharts option of stacked bar panels: the bar chart's rules, panel by panel. */
export function barPanelsOption(description: BarPanelsDescription, layout: BarLayout = {}): EChartsOption {
  const m = panelsMetrics(description, layout);
  const { tops } = panelTops(description, m);
  const parts = description.panels.map((panel, index) => barParts(panel.chart, m, index, tops[index]!, true));
  const names = panelLegend(description);
  return {
    ...(names.length > 1 ? { legend: legendOption(names, 'horizontal', m) } : {}),
    title: description.panels.map((panel, index) => ({
      text: panelTitle(panel.title, m),
      top: tops[index]! - panelTitleRoom(panel.title, m) + 2,
      left: 0,
      textStyle: { fontSize: m.titleSize, lineHeight: m.titleLineHeight, fontWeight: 'bold', color: TEXT_COLOR },
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

/**
 * One slide of a bar chart or of bar panels (issue #12): laid out for the
 * room from the description — 24 px text, rows, margins, legend and headings
 * computed from that type — and, when its rows need more height than a slide
 * gives its chart (`budget`), cut into parts shown one after the other, each
 * on the whole chart's value scale. The slide's live chart and its build-time
 * drawing both draw this (one code path).
 */
export interface BarSlide {
  option: EChartsOption;
  /** The height the part is drawn for (at most the budget, unless one row alone needs more). */
  height: number;
  /** How many parts the chart is cut into (1: it fits one slide). */
  parts: number;
  /** The rows shown, 1-based and inclusive, and how many there are (for « lignes 1–6 sur 15 »). */
  first: number;
  last: number;
  total: number;
}

export interface BarSlideLayout extends BarLayout {
  /** The height a slide gives its chart: the layout is cut into parts that fit it, and each part fills it. */
  budget: number;
}

/** A round end for a value axis (a power of ten times 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8). */
function niceCeil(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].map((step) => step * power).find((end) => end >= value) ?? value;
}

/** The axis end every part of a chart is drawn on: its own, or a round one above its largest value (none for negative values). */
function sharedMax(chart: BarChartDescription): number | undefined {
  if (chart.max !== undefined) return chart.max;
  const ranges = chart.series.flatMap((entry) => entry.values.map(extent)).filter((range) => range !== null);
  if (ranges.some((range) => range.low < 0)) return undefined;
  const top = Math.max(0, ...ranges.map((range) => range.high));
  return top > 0 ? niceCeil(top) : undefined;
}

/** Rows `start` to `end` of a chart (values, labels and tooltips with them), on the whole chart's scale. */
function sliceChart(chart: BarChartDescription, start: number, end: number): BarChartDescription {
  const { tooltip } = chart;
  const max = sharedMax(chart);
  return {
    ...chart,
    categories: chart.categories.slice(start, end),
    series: chart.series.map((entry) => ({
      ...entry,
      values: entry.values.slice(start, end),
      ...(entry.labels ? { labels: entry.labels.slice(start, end) } : {}),
    })),
    ...(max === undefined ? {} : { max }),
    ...(tooltip ? { tooltip: (index: number, seriesIndex?: number) => tooltip(index + start, seriesIndex) } : {}),
  };
}

/** Rows per part when `rows` rows of `row` px, under `fixed` px of legend and axis, must fit `budget`. */
function cut(rows: number, row: number, fixed: number, budget: number): { parts: number; perPart: number } {
  const fit = Math.max(1, Math.floor((budget - fixed) / row));
  const parts = Math.max(1, Math.ceil(rows / fit));
  return { parts, perPart: Math.ceil(rows / parts) };
}

const clampPart = (part: number, parts: number) => Math.min(Math.max(part, 0), parts - 1);

/** Part `part` (0-based) of a bar chart as a slide shows it. */
export function barSlide(description: BarChartDescription, part: number, { budget, ...layout }: BarSlideLayout): BarSlide {
  const m = metricsOf(layout);
  const total = description.categories.length;
  const row = rowHeight(description, categoryLines(description, m), m);
  const { parts, perPart } = cut(total, row, legendRoom(description, m) + m.axisRoom, budget);
  const index = clampPart(part, parts);
  const start = index * perPart;
  const end = Math.min(total, start + perPart);
  const chart = parts === 1 ? description : sliceChart(description, start, end);
  const drawn = { ...layout, fill: budget };
  return { option: barChartOption(chart, drawn), height: barChartHeight(chart, drawn), parts, first: total ? start + 1 : 0, last: end, total };
}

/**
 * Part `part` of bar panels as a slide shows it: whole panels while they fit
 * one slide together, a panel too tall for a slide cut between its rows (its
 * heading repeated over each part), the shared legend on every part.
 */
export function barPanelsSlide(description: BarPanelsDescription, part: number, { budget, ...layout }: BarSlideLayout): BarSlide {
  const m = metricsOf(layout);
  /** The panels of a part, under the legend of what they show. */
  const partOf = (panels: BarPanelsDescription['panels']): BarPanelsDescription => {
    const names = new Set(panels.flatMap((panel) => panel.chart.series.map((entry) => entry.name)));
    return { ...description, panels, ...(description.legend ? { legend: description.legend.filter((name) => names.has(name)) } : {}) };
  };
  const legendFor = (panels: BarPanelsDescription['panels']) => panelLegendRoom(partOf(panels), m);
  const pieces: { panel: number; start: number; end: number; height: number; whole: boolean }[] = [];
  description.panels.forEach((panel, index) => {
    const rows = panel.chart.categories.length;
    const full = panelRoom(panel, m);
    const room = budget - legendFor([panel]);
    if (full <= room || rows <= 1) {
      pieces.push({ panel: index, start: 0, end: rows, height: full, whole: true });
      return;
    }
    const row = rowHeight(panel.chart, categoryLines(panel.chart, m), m);
    const fixed = full - rows * row;
    const { perPart } = cut(rows, row, fixed, room);
    for (let start = 0; start < rows; start += perPart) {
      const end = Math.min(rows, start + perPart);
      pieces.push({ panel: index, start, end, height: fixed + (end - start) * row, whole: false });
    }
  });
  // Pieces packed in order, a part taking the next while it fits under their shared legend.
  const slides: (typeof pieces)[] = [];
  for (const piece of pieces) {
    const current = slides.at(-1);
    const together = current ? [...current, piece] : [];
    const height = together.reduce((sum, entry) => sum + entry.height, 0);
    if (current && height + legendFor(together.map((entry) => description.panels[entry.panel]!)) <= budget) current.push(piece);
    else slides.push([piece]);
  }
  const offsets = description.panels.map((_, index) => description.panels.slice(0, index).reduce((sum, panel) => sum + panel.chart.categories.length, 0));
  const total = description.panels.reduce((sum, panel) => sum + panel.chart.categories.length, 0);
  const shown = slides[clampPart(part, slides.length)]!;
  const chart: BarPanelsDescription =
    slides.length === 1
      ? description
      : partOf(
          shown.map((piece) => {
            const panel = description.panels[piece.panel]!;
            return piece.whole ? panel : { ...panel, chart: sliceChart(panel.chart, piece.start, piece.end) };
          }),
        );
  const first = shown[0]!;
  const last = shown.at(-1)!;
  const drawn = { ...layout, fill: budget };
  return {
    option: barPanelsOption(chart, drawn),
    height: barPanelsHeight(chart, drawn),
    parts: slides.length,
    first: total ? offsets[first.panel]! + first.start + 1 : 0,
    last: offsets[last.panel]! + last.end,
    total,
  };
}

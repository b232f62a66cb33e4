/**
 * A chart as shown on a presentation slide (1920×1080, read from the back of
 * a room): every text at least 24 px, titles larger, the room its text needs,
 * and long category lists cut into parts shown one after the other. Pure: the
 * slide's live chart and its build-time drawing both draw what
 * {@link slideDrawing} returns (ChartFrame is the one caller), and no builder
 * knows about slides.
 *
 * Bar charts and bar panels are laid out for the slide from their description
 * (`barSlide`, `barPanelsSlide` in bars.ts: rows, margins, legend and headings
 * computed from the 24 px type). Other options (the heatmap, a chart without a
 * description) are enlarged after the fact by {@link slideScale}; the heatmap
 * too has its slide layout (`heatmapSlide`).
 */
import type { EChartsOption } from 'echarts';
import { barPanelsSlide, barSlide } from './bars';
import { heatmapSlide } from './heatmap';
import type { ChartModel } from './model';
import { FONT_FAMILY, TEXT_COLOR } from './theme';

/** Text grows by this factor: ECharts' 12 px default becomes 24 px. */
export const SLIDE_TEXT_SCALE = 2;
/** No text on a slide is smaller (docs/sharing.md promises it). */
export const SLIDE_MIN_FONT_SIZE = 24;
/** Chart titles and other headings drawn by ECharts. */
export const SLIDE_MIN_TITLE_SIZE = 32;
/**
 * The height a slide's chart is drawn for (the build-time drawing, and the
 * fingerprint that says whether that drawing is current). The slide's CSS
 * gives the chart the screen's remaining height; the drawing scales into it.
 */
export const SLIDE_CHART_HEIGHT = 500;
/**
 * The height a slide opened on a phone (375×667 to 390×844, held upright)
 * gives its chart between the slide's title and its buttons: the chart's rows
 * grow to take it, and a longer chart is cut into parts of about that height.
 */
export const SLIDE_PHONE_CHART_HEIGHT = 400;
/** More rows than this on one slide and 24 px labels would run into each other: the list is cut into parts. */
export const SLIDE_MAX_ROWS = 16;

/** ECharts' own default sizes, where an option does not set one. */
const DEFAULT_FONT_SIZE = 12;
const DEFAULT_TITLE_SIZE = 18;

/** ECharts' legend symbol size and spacing: they grow with the legend's text, a little less. */
const LEGEND_SYMBOL_DEFAULTS = [
  ['itemWidth', 25],
  ['itemHeight', 14],
  ['itemGap', 10],
] as const;

type Dict = Record<string, unknown>;

const isDict = (value: unknown): value is Dict =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** Objects whose keys are text styles (ECharts reads fontSize, lineHeight, width from them). */
const TEXT_STYLE_KEYS = new Set(['axisLabel', 'nameTextStyle', 'textStyle', 'label', 'endLabel', 'upperLabel', 'edgeLabel', 'axisName']);
const TITLE_STYLE_KEYS = new Set(['titleTextStyle']);

const grow = (size: number, scale: number, min: number) => Math.max(min, Math.round(size * scale));

/** One text style, enlarged: its size (ECharts' default if unset), line height, wrapping width, and its rich styles. */
function scaleTextStyle(style: Dict, scale: number, min: number, defaultSize = DEFAULT_FONT_SIZE): Dict {
  const out: Dict = scaleTree(style, scale) as Dict;
  const fontSize = grow(typeof style.fontSize === 'number' ? style.fontSize : defaultSize, scale, min);
  out.fontSize = fontSize;
  if (typeof style.lineHeight === 'number') out.lineHeight = Math.max(Math.round(style.lineHeight * scale), Math.round(fontSize * 1.2));
  if (typeof style.width === 'number') out.width = Math.round(style.width * scale);
  if (isDict(style.rich)) {
    out.rich = Object.fromEntries(
      Object.entries(style.rich).map(([name, rich]) => [
        name,
        isDict(rich) ? scaleTextStyle({ ...rich, fontSize: rich.fontSize ?? style.fontSize }, scale, min) : rich,
      ]),
    );
  }
  return out;
}

/** Every text style and explicit font size in the tree, enlarged; everything else copied (data arrays shared). */
function scaleTree(value: unknown, scale: number): unknown {
  if (Array.isArray(value)) return value.map((entry) => scaleTree(entry, scale));
  if (!isDict(value)) return value;
  const out: Dict = {};
  for (const [key, entry] of Object.entries(value)) {
    // Data stays shared; only items carrying their own style (a label, a text style) are copied.
    if (key === 'data' && Array.isArray(entry)) out[key] = entry.some(isDict) ? entry.map((item) => (isDict(item) ? scaleTree(item, scale) : item)) : entry;
    else if (key === 'rich') out[key] = entry;
    else if (TEXT_STYLE_KEYS.has(key) && isDict(entry)) out[key] = scaleTextStyle(entry, scale, SLIDE_MIN_FONT_SIZE);
    else if (TITLE_STYLE_KEYS.has(key) && isDict(entry)) out[key] = scaleTextStyle(entry, scale, SLIDE_MIN_TITLE_SIZE, DEFAULT_TITLE_SIZE);
    else if (key === 'fontSize' && typeof entry === 'number') out[key] = grow(entry, scale, SLIDE_MIN_FONT_SIZE);
    else if (key === 'lineHeight' && typeof entry === 'number') out[key] = Math.round(entry * scale);
    else out[key] = scaleTree(entry, scale);
  }
  return out;
}

/** Makes sure `parent[key]` is a text style (set to the slide size even where the builder left ECharts' default). */
function withStyle(parent: Dict, key: string, scale: number, min = SLIDE_MIN_FONT_SIZE, defaultSize = DEFAULT_FONT_SIZE): Dict {
  const style = isDict(parent[key]) ? (parent[key] as Dict) : {};
  if (typeof style.fontSize === 'number' && style.fontSize >= min) return parent;
  return { ...parent, [key]: scaleTextStyle(style, scale, min, defaultSize) };
}

const mapComponent = (value: unknown, each: (item: Dict) => Dict): unknown =>
  Array.isArray(value) ? value.map((item) => (isDict(item) ? each(item) : item)) : isDict(value) ? each(value) : value;

/**
 * Pixel margins of a grid or legend: horizontal ones hold text (axis labels,
 * value labels at the end of bars) and grow with it; vertical ones become a
 * share of the height the builder laid the chart out for, so the layout
 * stretches to whatever height the slide gives the chart.
 */
function scaleBox(box: Dict, scale: number, sourceHeight: number): Dict {
  const out = { ...box };
  for (const key of ['left', 'right', 'width'] as const) if (typeof box[key] === 'number') out[key] = Math.round((box[key] as number) * scale);
  for (const key of ['top', 'bottom', 'height'] as const) {
    if (typeof box[key] === 'number') out[key] = `${Math.round(((box[key] as number) / sourceHeight) * 1000) / 10}%`;
  }
  return out;
}

export interface SlideScaleOptions {
  /** The pixel height the builder laid the chart out for (`model.height`). */
  sourceHeight: number;
  scale?: number;
}

/**
 * The option with every text readable on a slide. Components whose text
 * ECharts sizes itself (axis labels, legends, series labels, the visual map)
 * get an explicit slide size; sizes a builder set grow by the same factor,
 * and none is under 24 px.
 */
export function slideScale(option: EChartsOption, { sourceHeight, scale = SLIDE_TEXT_SCALE }: SlideScaleOptions): EChartsOption {
  const grown = scaleTree(option, scale) as Dict;
  const height = sourceHeight > 0 ? sourceHeight : SLIDE_CHART_HEIGHT;
  const axis = (item: Dict) => {
    const out = withStyle(withStyle(item, 'axisLabel', scale), 'nameTextStyle', scale);
    // The axis name sits past the axis labels, which are now twice as tall.
    return { ...out, nameGap: Math.round(((item.nameGap as number | undefined) ?? 15) * scale) };
  };
  for (const key of ['xAxis', 'yAxis', 'radiusAxis', 'angleAxis', 'singleAxis']) if (key in grown) grown[key] = mapComponent(grown[key], axis);
  if ('legend' in grown) {
    grown.legend = mapComponent(grown.legend, (legend) => {
      const out = scaleBox(withStyle(legend, 'textStyle', scale), scale, height);
      for (const [key, fallback] of LEGEND_SYMBOL_DEFAULTS) out[key] = Math.round(((legend[key] as number | undefined) ?? fallback) * scale * 0.75);
      return out;
    });
  }
  if ('visualMap' in grown) grown.visualMap = mapComponent(grown.visualMap, (item) => withStyle(item, 'textStyle', scale));
  if ('title' in grown)
    grown.title = mapComponent(grown.title, (item) =>
      withStyle(withStyle(item, 'textStyle', scale, SLIDE_MIN_TITLE_SIZE, DEFAULT_TITLE_SIZE), 'subtextStyle', scale),
    );
  if ('grid' in grown) grown.grid = mapComponent(grown.grid, (grid) => scaleBox(grid, scale, height));
  grown.series = asList(grown.series).map((series) => {
    if (!isDict(series)) return series;
    let out = withStyle(series, 'label', scale);
    if (isDict(out.markLine)) out = { ...out, markLine: withStyle(out.markLine, 'label', scale) };
    return out;
  });
  const textStyle = isDict(grown.textStyle) ? grown.textStyle : {};
  return {
    ...grown,
    textStyle: {
      fontFamily: FONT_FAMILY,
      color: TEXT_COLOR,
      ...textStyle,
      fontSize: grow(typeof textStyle.fontSize === 'number' ? textStyle.fontSize : DEFAULT_FONT_SIZE, 1, SLIDE_MIN_FONT_SIZE),
    },
  } as EChartsOption;
}

export interface SlidePart {
  option: EChartsOption;
  /** How many parts the chart is cut into (1: it fits one slide). */
  parts: number;
  /** The rows shown, 1-based and inclusive, and how many there are (for « lignes 1–12 sur 35 »). */
  first: number;
  last: number;
  total: number;
}

/** The item's category index on a horizontal chart, for data given as `[x, y, …]` pairs. */
const pairIndex = (item: unknown): unknown => {
  const value = isDict(item) ? item.value : item;
  return Array.isArray(value) ? value[1] : undefined;
};

/**
 * Part `part` (0-based) of a chart whose row list (a category y axis) is too
 * long for one slide: the rows of that part and their data only. Charts with
 * few rows, several y axes or no category axis come back whole.
 */
export function slidePart(option: EChartsOption, part: number, maxRows = SLIDE_MAX_ROWS): SlidePart {
  const source = option as Dict;
  const axes = asList(source.yAxis);
  const longAxis = axes.length === 1 && isDict(axes[0]) && axes[0].type === 'category' && Array.isArray(axes[0].data) ? (axes[0] as Dict) : null;
  const rows = longAxis ? (longAxis.data as unknown[]) : [];
  if (!longAxis || rows.length <= maxRows) return { option, parts: 1, first: 1, last: rows.length, total: rows.length };
  const parts = Math.ceil(rows.length / maxRows);
  const perPart = Math.ceil(rows.length / parts);
  const index = Math.min(Math.max(part, 0), parts - 1);
  const start = index * perPart;
  const end = Math.min(rows.length, start + perPart);
  const series = asList(source.series).map((entry) => {
    if (!isDict(entry) || !Array.isArray(entry.data) || ((entry.yAxisIndex as number | undefined) ?? 0) !== 0) return entry;
    const data = entry.data as unknown[];
    const paired = data.some((item) => typeof pairIndex(item) === 'number');
    if (!paired) return { ...entry, data: data.slice(start, end) };
    return {
      ...entry,
      data: data.flatMap((item) => {
        const y = pairIndex(item);
        if (typeof y !== 'number') return [item];
        if (y < start || y >= end) return [];
        if (isDict(item)) return [{ ...item, value: [...(item.value as unknown[]).slice(0, 1), y - start, ...(item.value as unknown[]).slice(2)] }];
        return [[(item as unknown[])[0], y - start, ...(item as unknown[]).slice(2)]];
      }),
    };
  });
  const yAxis = { ...longAxis, data: rows.slice(start, end) };
  return {
    option: { ...source, yAxis: Array.isArray(source.yAxis) ? [yAxis] : yAxis, series } as EChartsOption,
    parts,
    first: start + 1,
    last: end,
    total: rows.length,
  };
}

/** Rows of a table (the RNCP certifications) a slide holds at 24 px: its rows run to six lines. */
export const SLIDE_TABLE_ROWS = 2;

/** Items of an HTML list (the job directory: a line each, under up to four family headings) a slide holds at 24 px. */
export const SLIDE_LIST_ROWS = 7;

/** Part `part` of a list shown a few rows per slide: the rows, and which they are. */
export function slideRows<T>(
  items: readonly T[],
  part: number,
  perSlide = SLIDE_TABLE_ROWS,
): { items: T[]; parts: number; first: number; last: number; total: number } {
  const parts = Math.max(1, Math.ceil(items.length / perSlide));
  const index = Math.min(Math.max(part, 0), parts - 1);
  const start = index * perSlide;
  const shown = items.slice(start, start + perSlide);
  return { items: shown, parts, first: shown.length ? start + 1 : 0, last: start + shown.length, total: items.length };
}

/** What a slide draws: the option (one part of it), the height it is drawn for, and which rows it shows. */
export interface SlideDrawing extends SlidePart {
  height: number;
}

/**
 * A chart as its slide draws it: part `part` of it, laid out for the room on
 * a projector, for the phone's height on a phone (`compact`: a shared slide
 * link opened there keeps the phone's type sizes — 24 px is for a room, not a
 * hand). `reserve`: pixels the slide needs under the chart. Null when the
 * model has nothing to draw.
 */
export function slideDrawing(
  model: ChartModel,
  part: number,
  { compact = false, reserve = 0 }: { compact?: boolean; reserve?: number } = {},
): SlideDrawing | null {
  if (!model.option) return null;
  // What the slide shows under the chart (a caption) comes out of the chart's height, never below a third of it.
  const budget = (height: number) => Math.max(Math.round(height / 3), height - reserve);
  const layout = compact ? { compact: true, budget: budget(SLIDE_PHONE_CHART_HEIGHT) } : { room: true, budget: budget(SLIDE_CHART_HEIGHT) };
  if (model.panels) return barPanelsSlide(model.panels, part, layout);
  if (model.description) return barSlide(model.description, part, layout);
  // A heatmap on a projector is laid out for the room; on a phone it is its card, whole, at the card's height (the slide scrolls).
  if (model.heatmap && !compact) return heatmapSlide(model.heatmap, part, layout);
  if (model.heatmap) {
    const rows = model.heatmap.rows.length;
    return { option: model.option, height: model.height, parts: 1, first: rows ? 1 : 0, last: rows, total: rows };
  }
  return { ...slidePart(compact ? model.option : slideScale(model.option, { sourceHeight: model.height }), part), height: SLIDE_CHART_HEIGHT };
}

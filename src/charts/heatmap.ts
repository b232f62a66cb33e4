/**
 * Heatmaps (rows × columns of levels), described rather than drawn. A
 * builder states the rows (some of them headers of a group of rows), the
 * columns, one value statement per cell and the colour of each level;
 * {@link heatmapOption} turns that into the ECharts option, applying the
 * house rules once:
 *
 * - a confident level is a cell in its level's colour that prints the level,
 *   in a text colour readable on it (colour is never the only cue);
 * - a level the source does not settle (ambiguous, a range, an approximation)
 *   is a hatched cell marked « ? », never a confident colour;
 * - a cell the source does not fill (null, not in the source) is a grey
 *   « – » cell, never the lowest level;
 * - header rows are bold, muted and empty; labels break between words only;
 * - tooltips are plain text (data never parsed as HTML);
 * - the height follows from the rows (more per row on a phone, where labels wrap).
 */
import type { EChartsOption } from 'echarts';
import { formatNumber } from '../i18n/format';
import type { Language } from '../state/filters';
import { charsIn, wrapText } from './labels';
import { READ_MARKER } from './valueStatement';
import { MUTED_TEXT_COLOR, TEXT_COLOR, UNCERTAIN_DECAL } from './theme';
import type { ValueStatement } from './valueStatement';

/** One cell; null: the source does not list this row for this column. */
export type HeatmapCell = ValueStatement | null;

export interface HeatmapRow {
  key: string;
  label: string;
  /** A group's heading row (« Compétences techniques »): no cells, bold. */
  header?: boolean;
}

export interface HeatmapDescription {
  kind: 'heatmap';
  columns: readonly { key: string; label: string }[];
  rows: readonly HeatmapRow[];
  /** cells[row][column], in row and column order; a header row's cells are ignored. */
  cells: readonly (readonly HeatmapCell[])[];
  /** The colour of each confident level, lightest first. */
  levels: readonly { value: number; color: string }[];
  /** Legend words for the three kinds of cell. */
  names: { level: string; uncertain: string; absent: string };
  /** The plain-text tooltip of a cell. */
  tooltip?: (row: number, column: number) => string;
  lang: Language;
}

export interface HeatmapLayout {
  compact?: boolean;
  /** Drawn for a presentation slide: 24 px text, rows as tall as their labels' lines (see `BarLayout.room`). */
  room?: boolean;
}

const ABSENT_COLOR = '#f3f4f6';
const UNCERTAIN_HATCH = { ...UNCERTAIN_DECAL, color: 'rgba(11,92,173,0.55)' };
const CELL_BORDER = { borderColor: '#ffffff', borderWidth: 2 };
const ROW_HEIGHT = { compact: 40, wide: 28 };
const TOP_ROOM = 60;

type CellDrawing = 'level' | 'uncertain' | 'absent';

/** How the house draws a cell: the one place that decides what is a confident level. */
export function cellDrawing(cell: HeatmapCell): CellDrawing {
  if (cell === null) return 'absent';
  switch (cell.kind) {
    case 'number':
      return 'level';
    case 'ambiguous':
    case 'range':
    case 'approximate':
    case 'lower-bound':
      return 'uncertain';
    default:
      return 'absent';
  }
}

/** Relative luminance of a #rrggbb colour (WCAG 2.1). */
function luminance(hex: string): number {
  const channel = (index: number) => {
    const value = parseInt(hex.slice(1 + index * 2, 3 + index * 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** Dark text on a light cell, white on a dark one: whichever contrasts more. */
export function textOn(color: string): string {
  const background = luminance(color);
  const dark = (background + 0.05) / (luminance(TEXT_COLOR) + 0.05);
  const white = 1.05 / (background + 0.05);
  return white > dark ? '#ffffff' : TEXT_COLOR;
}

/** A slide's sizes: 24 px text (no smaller, docs/sharing.md), a label's width on a 1805 px slide. */
const ROOM = { font: 24, line: 29, labelWidth: 760, columnWidth: 320, pad: 12 };

/** Lines of the tallest row label, and of the tallest column heading, as a slide draws them. */
function roomLines(description: HeatmapDescription): { row: number; column: number } {
  const rowChars = charsIn(ROOM.labelWidth, ROOM.font);
  const columnChars = charsIn(ROOM.columnWidth, ROOM.font);
  return {
    row: Math.max(1, ...description.rows.map((row) => wrapText(plain(row.label), rowChars).split('\n').length)),
    column: Math.max(1, ...description.columns.map((column) => wrapText(plain(column.label), columnChars).split('\n').length)),
  };
}

/** A slide's row height and the room above its first row (the column headings). */
function roomSizes(description: HeatmapDescription): { row: number; top: number } {
  const lines = roomLines(description);
  return { row: lines.row * ROOM.line + ROOM.pad, top: lines.column * ROOM.line + 24 };
}

export function heatmapHeight(description: HeatmapDescription, { compact = false, room = false }: HeatmapLayout = {}): number {
  if (description.rows.length === 0) return 240;
  if (room) {
    const sizes = roomSizes(description);
    return sizes.top + description.rows.length * sizes.row + 16;
  }
  return TOP_ROOM + description.rows.length * (compact ? ROW_HEIGHT.compact : ROW_HEIGHT.wide);
}

/** Rich-text markers are the only markup in a label: braces and bars from data are taken out. */
function plain(text: string): string {
  return text.replace(/[{}|]/gu, ' ');
}

/** The ECharts option of a heatmap description. Pure: the same description and layout always give the same option. */
export function heatmapOption(description: HeatmapDescription, { compact = false, room = false }: HeatmapLayout = {}): EChartsOption {
  const { rows, columns, lang } = description;
  const colorOf = new Map(description.levels.map((level) => [level.value, level.color]));
  const level: { value: [number, number, number]; itemStyle: { color: string }; label: { color: string; formatter?: string } }[] = [];
  const uncertain: { value: [number, number, number] }[] = [];
  const absent: { value: [number, number, number] }[] = [];
  rows.forEach((row, y) => {
    if (row.header) return;
    columns.forEach((_, x) => {
      const cell = description.cells[y]?.[x] ?? null;
      const drawing = cellDrawing(cell);
      if (drawing === 'level' && cell?.kind === 'number') {
        const color = colorOf.get(cell.value) ?? description.levels[description.levels.length - 1]?.color ?? TEXT_COLOR;
        // A level only read from the layout of the text carries the read marker (issue #13), as in tables.
        const read = cell.evidence === 'read' ? { formatter: `${formatNumber(cell.value, lang)}${READ_MARKER}` } : {};
        level.push({ value: [x, y, cell.value], itemStyle: { color }, label: { color: textOn(color), ...read } });
      } else if (drawing === 'uncertain') uncertain.push({ value: [x, y, 0] });
      else absent.push({ value: [x, y, 0] });
    });
  });
  const labelFont = room ? ROOM.font : compact ? 10 : 12;
  const labelChars = charsIn(room ? ROOM.labelWidth : compact ? 120 : 320, labelFont);
  const labelByKey = new Map(
    rows.map((row) => {
      const lines = wrapText(plain(row.label), labelChars).split('\n');
      return [row.key, row.header ? lines.map((line) => `{header|${line}}`).join('\n') : lines.join('\n')];
    }),
  );
  const columnChars = room ? charsIn(ROOM.columnWidth, ROOM.font) : charsIn(compact ? 84 : 160, 11);
  const sizes = room ? roomSizes(description) : null;
  const cellText = room ? { fontSize: ROOM.font } : {};
  const lightest = description.levels[0]?.color ?? ABSENT_COLOR;

  return {
    grid: sizes
      ? { top: sizes.top, left: 16, right: 16, height: rows.length * sizes.row, containLabel: true }
      : { top: 44, left: 8, right: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      renderMode: 'richText',
      confine: true,
      formatter: (params: unknown) => {
        const value = (params as { value?: unknown }).value;
        return Array.isArray(value) && description.tooltip ? description.tooltip(Number(value[1]), Number(value[0])) : '';
      },
    },
    xAxis: {
      type: 'category',
      position: 'top',
      data: columns.map((column) => column.key),
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: {
        interval: 0,
        fontSize: room ? ROOM.font : 11,
        lineHeight: room ? ROOM.line : 14,
        fontWeight: 'bold',
        formatter: (key: string) => wrapText(plain(columns.find((column) => column.key === key)?.label ?? key), columnChars),
      },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => row.key),
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: {
        interval: 0,
        lineHeight: room ? ROOM.line : compact ? 12 : 13,
        fontSize: labelFont,
        formatter: (key: string) => labelByKey.get(key) ?? key,
        rich: { header: { fontWeight: 'bold', color: MUTED_TEXT_COLOR, ...(room ? { fontSize: ROOM.font, lineHeight: ROOM.line } : {}) } },
      },
    },
    series: [
      {
        type: 'heatmap',
        name: description.names.level,
        data: level,
        itemStyle: CELL_BORDER,
        label: {
          show: true,
          fontWeight: 'bold',
          ...cellText,
          formatter: (params: { value?: unknown }) => (Array.isArray(params.value) ? formatNumber(Number(params.value[2]), lang) : ''),
        },
      },
      {
        type: 'heatmap',
        name: description.names.uncertain,
        data: uncertain,
        itemStyle: { ...CELL_BORDER, color: lightest, decal: UNCERTAIN_HATCH },
        label: { show: true, formatter: '?', color: TEXT_COLOR, fontWeight: 'bold', ...cellText },
      },
      {
        type: 'heatmap',
        name: description.names.absent,
        data: absent,
        itemStyle: { ...CELL_BORDER, color: ABSENT_COLOR },
        label: { show: true, formatter: '–', color: MUTED_TEXT_COLOR, ...cellText },
      },
    ],
  } as EChartsOption;
}

/** What a builder returns for a heatmap: the description, and the option and height it gives. */
export function drawHeatmap(
  description: HeatmapDescription,
  layout: HeatmapLayout = {},
): { heatmap: HeatmapDescription; option: EChartsOption; height: number } {
  return { heatmap: description, option: heatmapOption(description, layout), height: heatmapHeight(description, layout) };
}

/**
 * Part `part` (0-based) of a heatmap as a slide shows it (issue #12): laid out
 * for the room, its rows cut into parts that fit `budget` px, each under the
 * column headings. What `slideDrawing` draws for a heatmap's slide.
 */
export function heatmapSlide(
  description: HeatmapDescription,
  part: number,
  { budget }: { budget: number },
): { option: EChartsOption; height: number; parts: number; first: number; last: number; total: number } {
  const total = description.rows.length;
  const sizes = roomSizes(description);
  const fit = Math.max(1, Math.floor((budget - sizes.top - 16) / sizes.row));
  const parts = Math.max(1, Math.ceil(total / fit));
  const perPart = Math.ceil(total / parts);
  const index = Math.min(Math.max(part, 0), parts - 1);
  const start = index * perPart;
  const end = Math.min(total, start + perPart);
  const { tooltip } = description;
  const shown: HeatmapDescription =
    parts === 1
      ? description
      : {
          ...description,
          rows: description.rows.slice(start, end),
          cells: description.cells.slice(start, end),
          ...(tooltip ? { tooltip: (row: number, column: number) => tooltip(row + start, column) } : {}),
        };
  return {
    option: heatmapOption(shown, { room: true }),
    height: heatmapHeight(shown, { room: true }),
    parts,
    first: total ? start + 1 : 0,
    last: end,
    total,
  };
}

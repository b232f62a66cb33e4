/**
 * The map-legend chart kind: one typed description of a choropleth's key —
 * its title and unit, one entry per class (range, colour, how many areas it
 * holds), then the styles of areas without a value (secret: hatched; none:
 * dotted) — drawn by the DOM legend (src/features/recruitment/MapLegend.tsx)
 * and by {@link legendGraphics} under the map in its PNG/SVG export and its
 * build-time drawing. The swatch of a patterned entry carries its pattern in
 * both, as on the map.
 */
import { TEXT_COLOR, FONT_FAMILY } from '../theme';
import type { ValueClass } from './classes';
import { MAP_COLORS, type FillPattern } from './colors';

export type LegendKind = 'class' | 'secret' | 'none';

export interface LegendItem {
  key: string;
  kind: LegendKind;
  label: string;
  /** The swatch's ground colour. */
  color: string;
  /** Drawn over the ground: hatching (secret), dots (no value); null for a plain class colour. */
  pattern: FillPattern | null;
  /** Number of areas drawn with this style. */
  count: number;
  /** « 3 bassins »: the count in words, for the legend's reader. */
  countLabel: string;
}

export interface MapLegend {
  title: string;
  unit: string;
  items: LegendItem[];
}

export interface LegendWords {
  /** A class bound in the unit (`1 234`, `12,5 %`). */
  bound: (value: number) => string;
  secret: string;
  none: string;
  count: (count: number) => string;
}

/** "5 – 20", or "126" for a class holding one value. */
export function classLabel(range: ValueClass, bound: (value: number) => string): string {
  const min = bound(range.min);
  return range.min === range.max ? min : `${min} – ${bound(range.max)}`;
}

/** The legend's entries: the classes in order, then secret and no-value entries when some area has that state. */
export function legendItems(
  classes: readonly ValueClass[],
  colors: readonly string[],
  counts: { perClass: readonly number[]; secret: number; none: number },
  words: LegendWords,
): LegendItem[] {
  const items: LegendItem[] = classes.map((range, index) => {
    const count = counts.perClass[index] ?? 0;
    return {
      key: `class-${index}`,
      kind: 'class',
      label: classLabel(range, words.bound),
      color: colors[index] ?? MAP_COLORS.secret,
      pattern: null,
      count,
      countLabel: words.count(count),
    };
  });
  if (counts.secret > 0) {
    items.push({
      key: 'secret',
      kind: 'secret',
      label: words.secret,
      color: MAP_COLORS.secret,
      pattern: 'hatch',
      count: counts.secret,
      countLabel: words.count(counts.secret),
    });
  }
  if (counts.none > 0) {
    items.push({
      key: 'none',
      kind: 'none',
      label: words.none,
      color: MAP_COLORS.none,
      pattern: 'dots',
      count: counts.none,
      countLabel: words.count(counts.none),
    });
  }
  return items;
}

// —— The legend drawn into an image (ECharts graphic elements) ——

export const SWATCH = { width: 16, height: 11 } as const;
const ROW = 20;
const CHAR_WIDTH = 6.2;
/** Same spacing and ink as the on-screen swatches (recruitment.css `.rmap-swatch-hatch`, `-dots`). */
const HATCH_STEP = 5;
const DOT_STEP = 4;

type Graphic = Record<string, unknown>;

/** The 45° hatching of a swatch at (x, y): line segments clipped to the rectangle. */
export function hatchLines(x: number, y: number, width = SWATCH.width, height = SWATCH.height, step = HATCH_STEP): [number, number, number, number][] {
  const lines: [number, number, number, number][] = [];
  // Lines x' + y' = c (rising to the right, as `repeating-linear-gradient(45deg, …)`), c from 0 to width + height.
  for (let c = step / 2; c < width + height; c += step) {
    const x1 = Math.max(0, c - height);
    const x2 = Math.min(width, c);
    lines.push([x + x1, y + (c - x1), x + x2, y + (c - x2)]);
  }
  return lines;
}

/** The dots of a swatch at (x, y). */
export function dotCenters(x: number, y: number, width = SWATCH.width, height = SWATCH.height, step = DOT_STEP): [number, number][] {
  const dots: [number, number][] = [];
  for (let dy = step / 2; dy < height; dy += step) for (let dx = step / 2; dx < width; dx += step) dots.push([x + dx, y + dy]);
  return dots;
}

function swatchGraphics(item: LegendItem, x: number, y: number): Graphic[] {
  const elements: Graphic[] = [{ type: 'rect', shape: { x, y, ...SWATCH }, style: { fill: item.color, stroke: MAP_COLORS.departmentLine, lineWidth: 0.6 } }];
  if (item.pattern === 'hatch') {
    for (const [x1, y1, x2, y2] of hatchLines(x, y)) {
      elements.push({ type: 'line', silent: true, shape: { x1, y1, x2, y2 }, style: { stroke: MAP_COLORS.secretInk, lineWidth: 1.5 } });
    }
  } else if (item.pattern === 'dots') {
    for (const [cx, cy] of dotCenters(x, y)) elements.push({ type: 'circle', silent: true, shape: { cx, cy, r: 0.9 }, style: { fill: MAP_COLORS.noneInk } });
  }
  return elements;
}

/**
 * The legend as ECharts graphic elements from `top`, wrapped to `width`: the
 * title (with the unit), then each entry's swatch — patterned as on the map —
 * and its words. Returns the elements and the height they take.
 */
export function legendGraphics(legend: MapLegend, { top, width }: { top: number; width: number }): { elements: Graphic[]; height: number } {
  const elements: Graphic[] = [
    {
      type: 'text',
      left: 8,
      top,
      style: { text: `${legend.title} (${legend.unit})`, fontSize: 12, fontWeight: 'bold', fill: TEXT_COLOR, fontFamily: FONT_FAMILY },
    },
  ];
  let x = 8;
  // Row 0 is the legend's title.
  let row = 1;
  for (const item of legend.items) {
    const text = `${item.label} (${item.count})`;
    const itemWidth = SWATCH.width + 6 + text.length * CHAR_WIDTH + 14;
    if (x + itemWidth > width - 8 && x > 8) {
      row += 1;
      x = 8;
    }
    const y = top + row * ROW;
    elements.push(...swatchGraphics(item, x, y));
    elements.push({ type: 'text', x: x + SWATCH.width + 6, y: y - 1, style: { text, fontSize: 11, fill: TEXT_COLOR, fontFamily: FONT_FAMILY } });
    x += itemWidth;
  }
  return { elements, height: (row + 1) * ROW + 4 };
}

/**
 * Geometry of an exported image: the chart with its title, subtitle and
 * source baked in, so a PNG pasted into a report still says what it shows
 * and whose figures they are. Pure (text is measured through a callback) so
 * the layout is testable; `src/ui/share/renderImage.ts` paints it.
 */
import { FONT_FAMILY, MUTED_TEXT_COLOR, TEXT_COLOR } from '../theme';

export const PNG_SCALE = 2;

export interface TextStyle {
  font: string;
  color: string;
  lineHeight: number;
}

export const TEXT_STYLES = {
  title: { font: `700 20px ${FONT_FAMILY}`, color: TEXT_COLOR, lineHeight: 26 },
  subtitle: { font: `400 14px ${FONT_FAMILY}`, color: MUTED_TEXT_COLOR, lineHeight: 20 },
  footer: { font: `400 12px ${FONT_FAMILY}`, color: MUTED_TEXT_COLOR, lineHeight: 17 },
} satisfies Record<string, TextStyle>;

export type MeasureText = (text: string, font: string) => number;

export interface TextBlock {
  style: TextStyle;
  /** Baseline of each line, in CSS pixels from the top. */
  lines: { text: string; x: number; y: number }[];
}

export interface ImageLayout {
  /** CSS pixels; the canvas is `scale` times larger. */
  width: number;
  height: number;
  scale: number;
  chart: { x: number; y: number; width: number; height: number };
  blocks: TextBlock[];
}

export interface ImageLayoutInput {
  chartWidth: number;
  chartHeight: number;
  title: string;
  subtitle: string;
  footer: string[];
  measure: MeasureText;
  scale?: number;
}

/** What an exported image says around the chart. */
export interface ImageTexts {
  title: string;
  subtitle: string;
  /** What the chart rests on (the frame's evidence line), caveats, the source line, then "exporté le …". */
  footer: string[];
}

/**
 * The chart's own words for its image, in the frame's order: what kind of
 * evidence it rests on (« * » explained) and its caveats travel with it (a PNG
 * in a report loses the page around it), then its source and the export date.
 * `evidence` is the frame's evidence line (`evidenceLine` in `../evidence.ts`), null when it has none.
 */
export function imageTexts(
  chart: { title: string; subtitle: string; notes: readonly string[]; source: string },
  exportedLine: string,
  evidence: string | null = null,
): ImageTexts {
  return { title: chart.title, subtitle: chart.subtitle, footer: [...(evidence ? [evidence] : []), ...chart.notes, chart.source, exportedLine] };
}

const PADDING = 24;
const GAP = 12;
const MIN_WIDTH = 480;

/** Greedy word wrap; a single word wider than the line is kept whole rather than split. */
export function wrapText(text: string, maxWidth: number, font: string, measure: MeasureText): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && measure(candidate, font) > maxWidth) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  return lines;
}

export function layoutImage({ chartWidth, chartHeight, title, subtitle, footer, measure, scale = PNG_SCALE }: ImageLayoutInput): ImageLayout {
  const width = Math.max(MIN_WIDTH, Math.ceil(chartWidth) + 2 * PADDING);
  const textWidth = width - 2 * PADDING;
  const blocks: TextBlock[] = [];
  let y = PADDING;

  const addBlock = (texts: string[], style: TextStyle) => {
    const lines = texts.flatMap((text) => wrapText(text, textWidth, style.font, measure));
    if (lines.length === 0) return;
    blocks.push({
      style,
      lines: lines.map((text, index) => ({ text, x: PADDING, y: y + style.lineHeight * (index + 1) - style.lineHeight * 0.25 })),
    });
    y += lines.length * style.lineHeight;
  };

  addBlock([title], TEXT_STYLES.title);
  y += 2;
  addBlock([subtitle], TEXT_STYLES.subtitle);
  y += GAP;
  const chart = { x: PADDING + Math.max(0, (textWidth - chartWidth) / 2), y, width: Math.ceil(chartWidth), height: Math.ceil(chartHeight) };
  y += chart.height + GAP;
  addBlock(footer, TEXT_STYLES.footer);
  y += PADDING;

  return { width, height: Math.ceil(y), scale, chart, blocks };
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * A standalone SVG: the chart's own SVG (from ECharts' SVG renderer) nested
 * under its title and above its source. Text from data is XML-escaped.
 */
export function composeSvg(layout: ImageLayout, chartSvg: string): string {
  const inner = chartSvg.replace(/^\s*<\?xml[^>]*\?>\s*/, '').replace(/^\s*<!DOCTYPE[^>]*>\s*/i, '');
  const texts = layout.blocks.flatMap((block) =>
    block.lines.map(
      (line) =>
        `<text x="${line.x}" y="${line.y.toFixed(1)}" style="font:${escapeXml(block.style.font)}" fill="${block.style.color}">${escapeXml(line.text)}</text>`,
    ),
  );
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...texts,
    `<g transform="translate(${layout.chart.x} ${layout.chart.y})">${inner}</g>`,
    `</svg>`,
  ].join('\n');
}

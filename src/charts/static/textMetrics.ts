/**
 * Build time only: how wide a text is, for ECharts' layout of a drawing.
 *
 * There is no canvas in Node, so zrender estimates text from its own table
 * of Arial/Helvetica advance widths (ASCII only: every other character counts
 * as a whole em, and bold as regular). The drawing's text is then set in a
 * font with those metrics (`DRAWING_FONT_FAMILY`: Arial, and Liberation Sans
 * or Arimo, metric-compatible with it, where Arial is absent), so what the
 * build measured is what the reader's browser draws: a right-aligned axis
 * label that the build thought narrower than it renders runs off the
 * drawing's left edge (« ides de cuisine » for « Aides de cuisine »).
 * Accented letters measure as their base letter, typographic signs as the
 * ASCII sign of the same width, bold a little wider.
 */
import { DEFAULT_TEXT_WIDTH_MAP } from 'zrender/lib/core/platform.js';

export const DRAWING_FONT_FAMILY = "Arial, 'Liberation Sans', Arimo, Helvetica, sans-serif";

/** Typographic characters our texts use, as the ASCII character of about the same Arial width. */
const SAME_WIDTH: Record<string, string> = {
  '\u00a0': ' ', // no-break space
  '\u202f': ' ', // narrow no-break space (French thousands, before « : »): narrower in fact; counted as a space
  '\u2009': ' ',
  '’': "'",
  '‘': "'",
  '«': 'a',
  '»': 'a',
  '“': '"',
  '”': '"',
  '–': 'a', // en dash: 0.556 em
  '—': 'M', // em dash: ≈ 0.83–1 em
  '…': 'm', // ellipsis: 1 em; « m » is 0.833, close enough for one character
  '≈': '=',
  '×': '+',
  '▶': 'M',
  '€': 'a',
  œ: 'm',
  Œ: 'W',
  æ: 'm',
};

/** Arial Bold is about 8 % wider than Arial on the letters our labels use. */
const BOLD_FACTOR = 1.08;

function characterWidth(character: string): number {
  const direct = DEFAULT_TEXT_WIDTH_MAP[character];
  if (direct !== undefined) return direct;
  const same = SAME_WIDTH[character];
  if (same) return DEFAULT_TEXT_WIDTH_MAP[same] ?? 1;
  // é → e, Ç → C: the base letter (its accent adds no width).
  const base = character.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (base && base !== character) return [...base].reduce((sum, letter) => sum + characterWidth(letter), 0);
  return 1;
}

/** `font` is a CSS font shorthand as zrender writes it: « bold 12px Arial, … ». */
export function measureDrawingText(text: string, font: string | undefined): { width: number } {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12);
  const bold = /\b(bold|bolder|[6-9]00)\b/.test(font ?? '');
  let ems = 0;
  for (const character of text ?? '') ems += characterWidth(character);
  return { width: ems * size * (bold ? BOLD_FACTOR : 1) };
}

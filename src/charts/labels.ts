/**
 * Text rules every chart label follows: a label breaks between words, never
 * inside one, and a line never starts with punctuation (« Services
 * spécialisés, / techniques », not « Services spécialisés / , techniques »).
 * ECharts' own `overflow: 'break'` cuts a long word at the width and treats a
 * comma as a word, so category labels are wrapped here and drawn as given.
 */

/** Tokens that belong to the word before them (French puts a space before some of them). */
const CLOSING = /^[,;:.!?»)\]…%]+$/u;
/** Tokens that belong to the word after them. */
const OPENING = /^[«([]+$/u;

/** Average glyph width in ems of the system sans-serif, for sizing text ECharts has not measured yet. */
const EM_PER_CHAR = 0.56;

/** An estimate of a text's width in pixels: slightly generous, so a label never ends up cut. */
export function textWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * EM_PER_CHAR);
}

/** The words of a label, punctuation glued to the word it belongs to (with a no-break space where French wants one). */
function words(text: string): string[] {
  // No-break spaces (« 1 000 », « 20 % ») hold their words together: a line never breaks there.
  const tokens = text.split(/[^\S\u00a0\u2007\u202f]+/u).filter(Boolean);
  const glued: string[] = [];
  let pendingOpening = '';
  for (const token of tokens) {
    if (CLOSING.test(token) && glued.length > 0) {
      glued[glued.length - 1] += ` ${token}`;
    } else if (OPENING.test(token)) {
      pendingOpening += `${token} `;
    } else {
      glued.push(pendingOpening + token);
      pendingOpening = '';
    }
  }
  if (pendingOpening) glued.push(pendingOpening.trim());
  return glued;
}

/**
 * `text` on lines of at most `maxChars` characters where it can: breaks only
 * between words (a word longer than a line keeps its own line, cut only after
 * a hyphen it contains), and no line starts with closing punctuation.
 */
export function wrapLabel(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  const pieces = words(text).flatMap((word) => (word.length > maxChars && word.includes('-') ? splitAfterHyphens(word) : [word]));
  for (const piece of pieces) {
    const joiner = line === '' || line.endsWith('-') ? '' : ' ';
    if (line !== '' && (line + joiner + piece).length > maxChars) {
      lines.push(line);
      line = piece;
    } else {
      line += joiner + piece;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** "financières-assurances" → ["financières-", "assurances"]: a hyphen is a place a word may break. */
function splitAfterHyphens(word: string): string[] {
  return word.split(/(?<=-)/u).filter(Boolean);
}

/** `text` wrapped for drawing: its own line breaks kept, each line wrapped between words. */
export function wrapText(text: string, maxChars: number): string {
  return text
    .split('\n')
    .flatMap((line) => wrapLabel(line, maxChars))
    .join('\n');
}

/** Characters that fit in `width` pixels of `fontSize` text (the inverse of {@link textWidth}). */
export function charsIn(width: number, fontSize: number): number {
  return Math.max(4, Math.floor(width / (fontSize * EM_PER_CHAR)));
}

/**
 * A category axis' labels wrapped by these rules within `width` pixels,
 * for charts that set up their own axes (ECharts' `overflow: 'break'` cuts words).
 */
export function wrappedAxisLabel(width: number, fontSize = 12) {
  const chars = charsIn(width, fontSize);
  return { interval: 0, fontSize, formatter: (value: string) => wrapText(value, chars) };
}

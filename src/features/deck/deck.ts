/**
 * A presentation a facilitator builds: slides, each one chart with the
 * filters it was added with and a caption. The whole deck travels in the
 * address's fragment (`present/<chart>/?<filters>#deck=…&at=2`): a link that
 * works on any static host and offline (the slide pages are cached), and that
 * the filters' own syncing of the query string never touches.
 */
import { editQuery, queryParam } from '../../state/address';
import { DEFAULT_FILTERS } from '../../state/filters';
import { parseFilters, serializeFilters } from '../../state/url';

export interface DeckSlide {
  /** The chart's id (`data-chart-id`). */
  chart: string;
  /** Its filters as a query string (`?dep=14`, or '' for the defaults). */
  query: string;
  /** The chart's title when added, to list the deck (shown as text, never as HTML). */
  title: string;
  /** The facilitator's caption or speaker note, shown under the chart. */
  note: string;
}

const ID = /^[a-z0-9][a-z0-9-]{0,60}$/;
export const MAX_SLIDES = 40;
export const MAX_NOTE = 400;
const MAX_TITLE = 200;

/** Filters as a clean query string: only known filters with valid values, defaults left out, not the language (the audience's). */
export function cleanQuery(query: string): string {
  return serializeFilters({ ...parseFilters(query).filters, lang: DEFAULT_FILTERS.lang });
}

const toBase64Url = (text: string) => {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const fromBase64Url = (text: string) => {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
};

export function encodeDeck(slides: readonly DeckSlide[]): string {
  return toBase64Url(JSON.stringify(slides.map((slide) => [slide.chart, slide.query, slide.title, slide.note])));
}

/** The deck in a link, or null when it is not one (garbage is never half-read). */
export function decodeDeck(text: string | null): DeckSlide[] | null {
  if (!text || text.length > 20_000) return null;
  try {
    const rows: unknown = JSON.parse(fromBase64Url(text));
    if (!Array.isArray(rows) || rows.length === 0 || rows.length > MAX_SLIDES) return null;
    const slides: DeckSlide[] = [];
    for (const row of rows) {
      if (!Array.isArray(row) || row.length !== 4 || !row.every((cell) => typeof cell === 'string')) return null;
      const [chart, query, title, note] = row as string[];
      if (!ID.test(chart!)) return null;
      slides.push({ chart: chart!, query: cleanQuery(query!), title: title!.slice(0, MAX_TITLE), note: note!.slice(0, MAX_NOTE) });
    }
    return slides;
  } catch {
    return null;
  }
}

/** `#deck=…&at=…` of an address: the deck and the 0-based position in it. */
export function deckFromHash(hash: string): { slides: DeckSlide[]; at: number } | null {
  const slides = decodeDeck(queryParam(hash, 'deck'));
  if (!slides) return null;
  const at = Number(queryParam(hash, 'at') ?? '0');
  return { slides, at: Number.isInteger(at) ? Math.min(Math.max(at, 0), slides.length - 1) : 0 };
}

export function deckHash(slides: readonly DeckSlide[], at: number): string {
  return `#deck=${encodeDeck(slides)}${at > 0 ? `&at=${at}` : ''}`;
}

/** The path and query of a deck's slide, relative to the app root (`present/<chart>/?dep=14`). */
export function slideAddress(slides: readonly DeckSlide[], at: number): string {
  const slide = slides[at]!;
  return `present/${slide.chart}/${slide.query}${deckHash(slides, at)}`;
}

export function moveSlide(slides: readonly DeckSlide[], from: number, to: number): DeckSlide[] {
  if (to < 0 || to >= slides.length || from === to) return [...slides];
  const next = [...slides];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}

export function removeSlide(slides: readonly DeckSlide[], index: number): DeckSlide[] {
  return slides.filter((_, position) => position !== index);
}

export function withNote(slides: readonly DeckSlide[], index: number, note: string): DeckSlide[] {
  return slides.map((slide, position) => (position === index ? { ...slide, note: note.slice(0, MAX_NOTE) } : slide));
}

export function addSlide(slides: readonly DeckSlide[], slide: DeckSlide): DeckSlide[] {
  return slides.length >= MAX_SLIDES ? [...slides] : [...slides, { ...slide, query: cleanQuery(slide.query) }];
}

/** The filters of a slide, for the deck's list: `dep=14 · measure=difficiles`, or none. */
export function slideFiltersText(query: string): string {
  return editQuery(query, {}).replace(/^\?/, '').replace(/&/g, ' · ');
}

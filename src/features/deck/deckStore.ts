/**
 * The deck being built, kept in this browser (localStorage) between visits
 * and between sections. A deck received in a link is not this one: it plays
 * from its link, and « Modifier » copies it here.
 */
import { useSyncExternalStore } from 'react';
import { decodeDeck, encodeDeck, type DeckSlide } from './deck';

const KEY = 'observatoire-deck';
const listeners = new Set<() => void>();
let cached: { text: string | null; slides: DeckSlide[] } = { text: null, slides: [] };
const EMPTY: DeckSlide[] = [];

function read(): DeckSlide[] {
  let text: string | null;
  try {
    text = window.localStorage.getItem(KEY);
  } catch {
    text = null;
  }
  if (text !== cached.text) cached = { text, slides: decodeDeck(text) ?? [] };
  return cached.slides;
}

export function getDraftDeck(): DeckSlide[] {
  return typeof window === 'undefined' ? EMPTY : read();
}

export function setDraftDeck(slides: readonly DeckSlide[]): void {
  try {
    if (slides.length) window.localStorage.setItem(KEY, encodeDeck(slides));
    else window.localStorage.removeItem(KEY);
  } catch {
    // Storage refused (private mode, quota): the deck lives until the page closes.
    cached = { text: slides.length ? encodeDeck(slides) : null, slides: [...slides] };
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => event.key === KEY && listener();
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useDraftDeck(): DeckSlide[] {
  return useSyncExternalStore(subscribe, getDraftDeck, () => EMPTY);
}

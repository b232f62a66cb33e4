/**
 * i18next holds the dictionaries and does interpolation and plurals; the
 * language itself lives in the filter store (URL `lang`), so there is one
 * source of truth and `useT()` simply follows it.
 */
import i18next, { type TFunction } from 'i18next';
import { useFilterStore } from '../state/store';
import type { Language } from '../state/filters';
import { en, fr, type Messages } from './messages';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: Messages };
  }
}

const instance = i18next.createInstance();
void instance.init({
  resources: { fr: { translation: fr }, en: { translation: en } },
  lng: 'fr',
  fallbackLng: 'fr',
  initAsync: false,
  // React escapes text nodes; data text is never injected as HTML.
  interpolation: { escapeValue: false },
  showSupportNotice: false,
} as Parameters<typeof instance.init>[0]);

export type Translate = TFunction<'translation', undefined>;

/**
 * One translator per language, remembering what it returned: the dictionaries never change at run time, so
 * the same key with the same plain values always gives the same text. i18next's own lookup costs about 30 µs
 * a call (120 µs on a phone-class CPU), and a view asks for hundreds (the map: some 500 texts for its 27
 * basins' tooltips and table), so start-up spent a tenth of a second there.
 */
const translators = new Map<Language, Translate>();

export function translator(lang: Language): Translate {
  let translate = translators.get(lang);
  if (!translate) {
    translate = remembering(instance.getFixedT(lang) as Translate);
    translators.set(lang, translate);
  }
  return translate;
}

/** A few views' worth of texts (the map alone asks for about 500). */
const REMEMBERED_TEXTS = 20_000;

type Plain = string | number | boolean | null | undefined;

/** The cache key of a call whose values are all plain (strings, numbers…); `null` for any other call. */
function callKey(key: unknown, options: unknown): string | null {
  if (typeof key !== 'string') return null;
  if (options === undefined) return key;
  if (typeof options !== 'object' || options === null) return null;
  let text = key;
  for (const name in options) {
    const value = (options as Record<string, unknown>)[name];
    if (value !== null && typeof value === 'object') return null;
    if (typeof value === 'function') return null;
    text += `\u0000${name}\u0001${typeof value === 'string' ? 's' : 'v'}${String(value as Plain)}`;
  }
  return text;
}

function remembering(translate: Translate): Translate {
  const call = translate as unknown as (...args: unknown[]) => unknown;
  const texts = new Map<string, unknown>();
  const remembered = (...args: unknown[]) => {
    const cacheKey = args.length <= 2 ? callKey(args[0], args[1]) : null;
    if (cacheKey === null) return call(...args);
    if (texts.has(cacheKey)) return texts.get(cacheKey);
    const text = call(...args);
    // Interpolated values come from the data: a long session of filter changes must not grow the cache forever.
    if (texts.size >= REMEMBERED_TEXTS) texts.clear();
    texts.set(cacheKey, text);
    return text;
  };
  return Object.assign(remembered, translate) as unknown as Translate;
}

export function useT(): Translate {
  return translator(useFilterStore((state) => state.lang));
}

export function useLang(): Language {
  return useFilterStore((state) => state.lang);
}

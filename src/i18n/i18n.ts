/**
 * i18next holds the dictionaries (the shared texts, then each section's as its
 * code loads: registerMessages) and does plurals and formats; plain texts are
 * filled from templates (below). The language itself lives in the filter store
 * (URL `lang`), so there is one source of truth and `useT()` simply follows it.
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
  // A key with no text (a section's texts not loaded by the module that shows them): said loudly, in tests
  // and browser tests alike, rather than shown to a reader as « recruitment.map.title ».
  saveMissing: true,
  saveMissingPlurals: false,
  missingKeyHandler: (_languages: readonly string[], _namespace: string, key: string) => console.error(`Texte manquant : ${key}`),
} as Parameters<typeof instance.init>[0]);

export type Translate = TFunction<'translation', undefined>;

/**
 * Each language's texts by their full key (`recruitment.map.title` → its template), from the dictionaries
 * i18next holds. i18next's own lookup costs about 30 µs a call (120 µs on a phone-class CPU) and a view asks
 * for hundreds of texts while it starts (the map's table, the sector chart's cells): a tenth of a second of
 * start-up. Most calls are a plain key, or `{{name}}` placeholders filled with plain values: those are
 * answered here; everything else (plurals and `count`, context, nesting, formats) goes to i18next.
 */
const templates: Record<Language, Map<string, Template | null>> = { fr: new Map(), en: new Map() };

/** A text cut at its placeholders: `['Le ', 'rank', ' sur ', 'total', '']`, names at odd places. */
type Template = string[];

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const PLAIN_NAME = /^\s*(\w+)\s*$/;

/** `null` for a text only i18next can fill (a format such as `{{value, number}}`, a nested `$t(…)`). */
function template(text: string): Template | null {
  if (text.includes('$t(')) return null;
  const parts: Template = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = PLAIN_NAME.exec(match[1]!)?.[1];
    if (!name) return null;
    parts.push(text.slice(last, match.index), name);
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

function addTemplates(lang: Language, texts: object, prefix = ''): void {
  for (const [name, value] of Object.entries(texts)) {
    const key = prefix ? `${prefix}.${name}` : name;
    if (typeof value === 'string') templates[lang].set(key, template(value));
    else if (value && typeof value === 'object') addTemplates(lang, value as object, key);
  }
}
addTemplates('fr', fr);
addTemplates('en', en);

/**
 * Adds a section's texts to the one dictionary (src/i18n/messages/<block>.ts calls it when its module loads,
 * with the code that shows them): each page carries only the texts of what it shows, typed as one dictionary.
 */
export function registerMessages(french: object, english: object): void {
  instance.addResourceBundle('fr', 'translation', french, true, false);
  instance.addResourceBundle('en', 'translation', english, true, false);
  addTemplates('fr', french);
  addTemplates('en', english);
}

/** Options with which i18next does more than fill placeholders. */
const I18NEXT_OPTIONS = new Set([
  'count',
  'context',
  'ordinal',
  'defaultValue',
  'ns',
  'lng',
  'lngs',
  'fallbackLng',
  'returnObjects',
  'returnDetails',
  'joinArrays',
  'postProcess',
  'interpolation',
  'skipInterpolation',
  'replace',
  'keyPrefix',
]);

/** The text of a plain call, or `undefined` when i18next must answer it. */
function fastText(lang: Language, key: unknown, options: unknown): string | undefined {
  if (typeof key !== 'string') return undefined;
  const parts = templates[lang].get(key);
  if (!parts) return undefined;
  if (parts.length === 1) return options === undefined || (typeof options === 'object' && options !== null) ? parts[0] : undefined;
  if (typeof options !== 'object' || options === null) return undefined;
  const values = options as Record<string, unknown>;
  for (const name in values) if (I18NEXT_OPTIONS.has(name)) return undefined;
  let text = parts[0]!;
  for (let index = 1; index < parts.length; index += 2) {
    const value = values[parts[index]!];
    if (typeof value !== 'string' && typeof value !== 'number') return undefined;
    text += String(value) + parts[index + 1]!;
  }
  return text;
}

const translators = new Map<Language, Translate>();

/** One function per language: the plain calls answered from the templates, the others by i18next. */
export function translator(lang: Language): Translate {
  let translate = translators.get(lang);
  if (!translate) {
    const i18nextTranslate = i18nextTranslator(lang) as unknown as (...args: unknown[]) => unknown;
    const fast = (...args: unknown[]) => (args.length <= 2 ? fastText(lang, args[0], args[1]) : undefined) ?? i18nextTranslate(...args);
    translate = Object.assign(fast, i18nextTranslate) as unknown as Translate;
    translators.set(lang, translate);
  }
  return translate;
}

/** i18next's own translator, for what the templates cannot say (and for the test that both agree). */
export function i18nextTranslator(lang: Language): Translate {
  return instance.getFixedT(lang) as Translate;
}

export function useT(): Translate {
  return translator(useFilterStore((state) => state.lang));
}

export function useLang(): Language {
  return useFilterStore((state) => state.lang);
}

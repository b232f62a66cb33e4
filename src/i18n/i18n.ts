/**
 * i18next holds the dictionaries and does interpolation and plurals; the
 * language itself lives in the filter store (URL `lang`), so there is one
 * source of truth and `useT()` simply follows it.
 */
import i18next, { type TFunction } from 'i18next';
import { useMemo } from 'react';
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

export function translator(lang: Language): Translate {
  return instance.getFixedT(lang) as Translate;
}

export function useT(): Translate {
  const lang = useFilterStore((state) => state.lang);
  return useMemo(() => translator(lang), [lang]);
}

export function useLang(): Language {
  return useFilterStore((state) => state.lang);
}

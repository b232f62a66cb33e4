import { describe, expect, it } from 'vitest';
import { en, fr } from './messages';
import { i18nextTranslator, translator } from './i18n';
import * as ai from './messages/ai';
import * as employment from './messages/employment';
import * as jobs from './messages/jobs';
import * as method from './messages/method';
import * as overview from './messages/overview';
import * as recruitment from './messages/recruitment';
import * as skills from './messages/skills';
import * as training from './messages/training';

/** The shared texts and every section's: the one dictionary, once every section's module has loaded. */
const SECTIONS = [ai, employment, jobs, method, overview, recruitment, skills, training];
const everyFrench = Object.assign({}, fr, ...SECTIONS.map((section) => section.fr)) as object;
const everyEnglish = Object.assign({}, en, ...SECTIONS.map((section) => section.en)) as object;

/** Every text key of a dictionary, with its text. */
function entries(texts: object, prefix = ''): [string, string][] {
  return Object.entries(texts).flatMap(([name, value]) => {
    const key = prefix ? `${prefix}.${name}` : name;
    return typeof value === 'string' ? [[key, value] as [string, string]] : entries(value as object, key);
  });
}

describe('translator', () => {
  it('is one function per language, whose texts follow the call’s values (interpolation, plurals, language)', () => {
    const t = translator('fr');
    expect(translator('fr')).toBe(t);
    expect(t('filters.toggle', { count: 0 })).toBe('Filtres');
    expect(t('filters.toggle', { count: 1 })).toBe('Filtres (1 actif)');
    expect(t('filters.toggle', { count: 3 })).toBe('Filtres (3 actifs)');
    expect(t('recruitment.rankOf', { rank: '2e', total: 27 })).toBe('2e sur 27');
    expect(translator('en')('recruitment.rankOf', { rank: '2nd', total: 27 })).toBe('2nd of 27');
  });

  it('says exactly what i18next says, for every text of both dictionaries, with strings and numbers as values', () => {
    for (const [lang, dictionary] of [
      ['fr', everyFrench],
      ['en', everyEnglish],
    ] as const) {
      const ours = translator(lang) as unknown as (key: string, options?: object) => string;
      const theirs = i18nextTranslator(lang) as unknown as (key: string, options?: object) => string;
      const texts = entries(dictionary);
      expect(texts.length).toBeGreaterThan(600);
      for (const [key, text] of texts) {
        const names = [...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((match) => match[1]!);
        const asStrings = Object.fromEntries(names.map((name, index) => [name, `«${name}${index}»`]));
        const asNumbers = Object.fromEntries(names.map((name, index) => [name, 1000 + index]));
        // Plural forms are i18next's alone (called with `count`, which the templates never answer).
        if (/_(zero|one|two|few|many|other)$/.test(key)) continue;
        for (const options of [undefined, asStrings, asNumbers]) {
          expect(ours(key, options), `${lang} ${key}`).toBe(theirs(key, options));
        }
      }
    }
  });
});

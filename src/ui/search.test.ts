import { matchesTerms, normalizeForSearch, searchIndex, searchTerms } from './search';

describe('accent-insensitive search', () => {
  it('folds accents, case, ligatures and typographic apostrophes', () => {
    expect(normalizeForSearch('  Évreux   Œuvre d’Art ')).toBe("evreux oeuvre d'art");
  });

  it('requires every word of the query', () => {
    const haystack = searchIndex(['Développeur web mobile', null, 'Programmation et développement']);
    expect(matchesTerms(haystack, searchTerms('developpeur MOBILE'))).toBe(true);
    expect(matchesTerms(haystack, searchTerms('developpeur cloud'))).toBe(false);
    expect(matchesTerms(haystack, searchTerms('   '))).toBe(true);
  });
});

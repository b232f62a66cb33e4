/**
 * Accent- and case-insensitive text search, shared by the searchable lists
 * (job directory, RNCP certifications): users type "developpeur" or
 * "Evreux" without accents and expect "Développeur", "Évreux".
 */

/** Lower case, no diacritics, typographic apostrophes and dashes folded, spaces collapsed. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The query's words; empty when the query is blank. */
export function searchTerms(query: string): string[] {
  const normalized = normalizeForSearch(query);
  return normalized === '' ? [] : normalized.split(' ');
}

/**
 * Every word of the query must appear somewhere in the texts (AND), so
 * adding a word narrows the results. `haystack` is pre-normalised text.
 */
export function matchesTerms(haystack: string, terms: readonly string[]): boolean {
  return terms.every((term) => haystack.includes(term));
}

/** Joins and normalises the searchable texts of one item. */
export function searchIndex(texts: readonly (string | null | undefined)[]): string {
  return normalizeForSearch(texts.filter(Boolean).join(' \u0000 '));
}

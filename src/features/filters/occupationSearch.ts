/**
 * How the filter bar's occupation search reads what people type: accents and
 * case ignored, every word of the query the start of a word of the name
 * (« ingé info » finds « Ingénieurs … informatique »; « ia » does not find
 * « spécialisés »), and the job sheets' titles and synonyms plus editorial
 * terms (`data/jobs/occupation-synonyms.json`) leading to BMO occupations.
 */
import type { OccupationSynonymRow } from '../../data/schemas/jobs';
import { normalizeForSearch } from '../../ui/search';

/** The words of a text, normalised (accents, case, apostrophes), split on anything but letters and digits. */
export function words(text: string): string[] {
  return normalizeForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Every word of `query` starts a word of one of `texts` (a blank query matches everything). */
export function matchesQuery(query: string, ...texts: readonly string[]): boolean {
  const wanted = words(query);
  if (wanted.length === 0) return true;
  const have = texts.flatMap(words);
  return wanted.every((word) => have.some((candidate) => candidate.startsWith(word)));
}

export interface SynonymMatch {
  /** An occupation filter value: a BMO code or `informatique`. */
  value: string;
  /** The terms that led to it, as printed (« Data scientist », « DPO »). */
  terms: string[];
}

/** Occupations the query names through a synonym, closest first, each with the terms that matched. */
export function synonymMatches(query: string, synonyms: readonly OccupationSynonymRow[]): SynonymMatch[] {
  if (words(query).length === 0) return [];
  const found = new Map<string, Set<string>>();
  // Terms equal to the query first, then the others, so « data » lists what « data » itself means before « Data analyst ».
  const exact = normalizeForSearch(query);
  const hits = synonyms.filter((row) => matchesQuery(query, row.term));
  hits.sort((a, b) => Number(normalizeForSearch(b.term) === exact) - Number(normalizeForSearch(a.term) === exact));
  for (const row of hits) {
    for (const value of row.occupations) {
      const terms = found.get(value) ?? new Set<string>();
      terms.add(row.term);
      found.set(value, terms);
    }
  }
  return [...found].map(([value, terms]) => ({ value, terms: [...terms] }));
}

/** Edit distance (insertions, deletions, substitutions) between two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The name closest to a query that matched nothing (a typo: « data sceintist »,
 * « devloppeur »), or null when nothing is close enough to suggest.
 */
export function closestTerm(query: string, names: readonly string[]): string | null {
  const needle = normalizeForSearch(query);
  if (needle.length < 2) return null;
  let best: { name: string; distance: number } | null = null;
  for (const name of names) {
    const candidate = normalizeForSearch(name);
    // Against the whole name and against its start as long as the query (« devlop » → « Développeur web »).
    const distance = Math.min(editDistance(needle, candidate), editDistance(needle, candidate.slice(0, needle.length)));
    if (!best || distance < best.distance) best = { name, distance };
  }
  const allowed = Math.max(1, Math.floor(needle.length / 4));
  return best && best.distance <= allowed ? best.name : null;
}

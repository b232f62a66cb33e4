/**
 * The job sheets a search names (issue #14 item 5): the one occupation search
 * also offers the sheets whose title, synonyms or editorial terms match, each
 * a link to `metiers/?fiche=<id>`.
 */
import type { OccupationSynonymRow } from '../../data/schemas/jobs';
import { normalizeForSearch } from '../../ui/search';
import { matchesQuery, words } from './occupationSearch';

export const MAX_SHEET_MATCHES = 4;

export function sheetMatches(query: string, synonyms: readonly OccupationSynonymRow[]): { id: string; title: string }[] {
  if (words(query).length === 0) return [];
  const titles = new Map(synonyms.filter((row) => row.job && row.termSource === 'fiche-titre').map((row) => [row.job!, row.term]));
  const exact = normalizeForSearch(query);
  const hits = synonyms.filter((row) => row.job && titles.has(row.job) && matchesQuery(query, row.term));
  // A sheet named exactly by the query first (« data scientist »), then the others in the file's order.
  hits.sort((a, b) => Number(normalizeForSearch(b.term) === exact) - Number(normalizeForSearch(a.term) === exact));
  const ids = [...new Set(hits.map((row) => row.job!))].slice(0, MAX_SHEET_MATCHES);
  return ids.map((id) => ({ id, title: titles.get(id)! }));
}

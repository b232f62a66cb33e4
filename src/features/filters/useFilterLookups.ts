import type { LabelLookups } from './activeFilters';

/**
 * Labels for codes that only the data knows (BMO occupations, FranceNum
 * sectors). Reads whatever is already cached and never suspends: the filter bar
 * must work even when a data file is broken.
 */
export function useFilterLookups(): LabelLookups {
  return {};
}

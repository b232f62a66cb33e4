/**
 * The one filter store every view reads. Views subscribe through the selectors
 * below so a change re-renders only what depends on it.
 */
import { useDebugValue, useSyncExternalStore } from 'react';
import { createStore } from 'zustand/vanilla';
import { DEFAULT_FILTERS, type Filters } from './filters';
import { reconcileTerritory } from './url';

export interface FilterStore extends Filters {
  /** Sets some filters; a basin implies its department, a department clears a basin outside it. */
  setFilters: (patch: Partial<Filters>) => void;
  /** Removes one filter (back to its default). */
  clearFilter: (name: keyof Filters) => void;
  /** "Tout effacer": every filter back to its default, language kept. */
  clearAll: () => void;
  /** Replaces the whole state (used when the URL changes: load, Back/Forward). */
  replaceFilters: (filters: Filters) => void;
}

function pickFilters(state: Filters): Filters {
  const { occupation, dep, basin, sector, year, measure, lang, compare, fiche } = state;
  return { occupation, dep, basin, sector, year, measure, lang, compare, fiche };
}

const filterStore = createStore<FilterStore>()((set, get) => ({
  ...DEFAULT_FILTERS,
  setFilters: (patch) => {
    const current = pickFilters(get());
    let next: Filters = { ...current, ...patch };
    if ('dep' in patch && !('basin' in patch) && next.basin && patch.dep !== current.dep) next = { ...next, basin: null };
    set(reconcileTerritory(next));
  },
  clearFilter: (name) => {
    const patch: Partial<Filters> = { [name]: DEFAULT_FILTERS[name] };
    if (name === 'dep') patch.basin = null;
    set(patch);
  },
  clearAll: () => set({ ...DEFAULT_FILTERS, lang: get().lang }),
  replaceFilters: (filters) => set(reconcileTerritory(filters)),
}));

/**
 * The store as a hook (zustand's `create`, with one difference): while React
 * hydrates a page drawn at build time it reads the default filters — those
 * the page was drawn with — so the markup matches, then the URL's; at build
 * time it reads the store as set, so the prerender can draw a view under
 * other filters to learn which filters change it.
 */
function useFilterStoreHook<T>(selector: (state: FilterStore) => T): T {
  const slice = useSyncExternalStore(
    filterStore.subscribe,
    () => selector(filterStore.getState()),
    () => selector(typeof window === 'undefined' ? filterStore.getState() : filterStore.getInitialState()),
  );
  useDebugValue(slice);
  return slice;
}

export const useFilterStore = Object.assign(useFilterStoreHook, filterStore);

export const selectFilters = (state: FilterStore): Filters => pickFilters(state);

export function getFilters(): Filters {
  return pickFilters(useFilterStore.getState());
}

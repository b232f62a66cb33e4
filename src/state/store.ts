/**
 * The one filter store every view reads. Views subscribe through the selectors
 * below so a change re-renders only what depends on it.
 */
import { useDebugValue, useSyncExternalStore } from 'react';
import { createStore } from 'zustand/vanilla';
import { DEFAULT_FILTERS, type Filters } from './filters';
import { basinDepartment } from './territories';
import { FILTER_KEYS, reconcileTerritory } from './url';

export interface FilterStore extends Filters {
  /**
   * Whether the department was only implied by the basin (picked alone, or
   * from a link) rather than chosen first. Clearing a basin clears an implied
   * department with it, and keeps a chosen one — from the map, the basin list,
   * a chart's select, a chip or the filter bar alike: one memory, here.
   */
  depImplied: boolean;
  /** Sets some filters; a basin implies its department, a department clears a basin outside it. */
  setFilters: (patch: Partial<Filters>) => void;
  /** Removes one filter (back to its default). */
  clearFilter: (name: keyof Filters) => void;
  /** "Tout effacer": every filter back to its default, language kept. */
  clearAll: () => void;
  /** Replaces the whole state (used when the URL changes: load, Back/Forward). */
  replaceFilters: (filters: Filters) => void;
}

/** The filters of a state (the store also holds actions and view memory): one key per filter definition. */
function pickFilters(state: Filters): Filters {
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, state[key]])) as unknown as Filters;
}

/**
 * The territory rule: a basin implies its department; a department changed
 * alone gives up a basin outside it; a basin cleared alone takes its
 * department with it when that department was only implied.
 */
function applyPatch(state: FilterStore, patch: Partial<Filters>): Partial<FilterStore> {
  const current = pickFilters(state);
  let next: Filters = { ...current, ...patch };
  let depImplied = state.depImplied;
  if ('dep' in patch && !('basin' in patch) && next.basin && patch.dep !== current.dep) next = { ...next, basin: null };
  if ('basin' in patch && !('dep' in patch)) {
    if (next.basin === null && current.basin !== null && state.depImplied) next = { ...next, dep: null };
    // A new basin: its department was chosen when it was already selected by itself (no basin) or chosen before.
    else if (next.basin !== null && next.basin !== current.basin) {
      const chosen = current.dep !== null && current.dep === basinDepartment(next.basin) && (current.basin === null || !state.depImplied);
      depImplied = !chosen;
    }
  }
  // Both set at once (a link, a slide): the basin's department is taken as implied.
  if ('basin' in patch && 'dep' in patch) depImplied = true;
  if (next.basin === null) depImplied = true;
  return { ...reconcileTerritory(next), depImplied };
}

const filterStore = createStore<FilterStore>()((set, get) => ({
  ...DEFAULT_FILTERS,
  depImplied: true,
  setFilters: (patch) => set(applyPatch(get(), patch)),
  clearFilter: (name) => {
    if (name === 'dep') return set({ dep: null, basin: null, depImplied: true });
    set(applyPatch(get(), { [name]: DEFAULT_FILTERS[name] }));
  },
  clearAll: () => set({ ...DEFAULT_FILTERS, lang: get().lang, depImplied: true }),
  // A basin arriving from a link or Back/Forward brings its department with it: implied.
  replaceFilters: (filters) => set({ ...reconcileTerritory(filters), depImplied: true }),
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

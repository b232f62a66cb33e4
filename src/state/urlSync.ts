/**
 * Keeps the store and the address bar in step: a filter change pushes a
 * history entry (so Back undoes it), Back/Forward and pasted links replace the
 * store. Applying a URL never pushes, which is what prevents loops.
 */
import { getFilters, useFilterStore } from './store';
import { parseFilters, sameFilters, serializeFilters } from './url';

export function startUrlSync(win: Window = window): () => void {
  const applyLocation = () => {
    const { filters } = parseFilters(win.location.search);
    if (!sameFilters(filters, getFilters())) useFilterStore.getState().replaceFilters(filters);
    // Rewrite a URL that carried garbage into its clean form, without a new history entry.
    const clean = serializeFilters(getFilters(), new URLSearchParams(win.location.search));
    if (clean !== win.location.search) win.history.replaceState(win.history.state, '', addressWith(win, clean));
  };
  applyLocation();

  const unsubscribe = useFilterStore.subscribe((state, previous) => {
    if (sameFilters(state, previous)) return;
    const query = serializeFilters(getFilters(), new URLSearchParams(win.location.search));
    if (query === win.location.search) return;
    win.history.pushState(win.history.state, '', addressWith(win, query));
  });
  win.addEventListener('popstate', applyLocation);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', applyLocation);
  };
}

/** Path + new query + current hash: a bare "?…" or "#…" would keep parts we mean to replace. */
function addressWith(win: Window, query: string): string {
  return win.location.pathname + query + win.location.hash;
}

/**
 * Keeps the store and the address bar in step: a filter change pushes a
 * history entry (so Back undoes it), Back/Forward and pasted links replace the
 * store. Applying a URL never pushes, which is what prevents loops.
 */
import { readAddress, writeAddress } from './address';
import { getFilters, useFilterStore } from './store';
import { parseFilters, sameFilters, serializeFilters } from './url';

export function startUrlSync(win: Window = window): () => void {
  const applyLocation = () => {
    const { search } = readAddress(win);
    const { filters } = parseFilters(search);
    if (!sameFilters(filters, getFilters())) useFilterStore.getState().replaceFilters(filters);
    // Rewrite a URL that carried garbage into its clean form, without a new history entry.
    const clean = serializeFilters(getFilters(), search);
    if (clean !== search) writeAddress(addressWith(win, clean), { replace: true, notify: false, win });
  };
  applyLocation();

  const unsubscribe = useFilterStore.subscribe((state, previous) => {
    if (sameFilters(state, previous)) return;
    const { search } = readAddress(win);
    const query = serializeFilters(getFilters(), search);
    if (query === search) return;
    writeAddress(addressWith(win, query), { notify: false, keepState: true, win });
  });
  win.addEventListener('popstate', applyLocation);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', applyLocation);
  };
}

/** Path + new query + current hash: a bare "?…" or "#…" would keep parts we mean to replace. */
function addressWith(win: Window, query: string): string {
  const { pathname, hash } = readAddress(win);
  return pathname + query + hash;
}

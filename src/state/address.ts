/**
 * The address bar, read and written here only. Every other module asks this
 * one for the path, query or fragment, and goes through it to change them
 * (lint forbids `window.location`, `window.history` and `URLSearchParams`
 * anywhere else in src/). What the query *means* is src/state/url.ts (filters)
 * and src/state/viewParams.ts (embed, presentation, slide, release); which
 * page a path is, src/state/route.ts; the view for React, navigation.ts.
 *
 * Kept free of heavy imports: src/main.tsx reads the address through it
 * before anything else has loaded.
 */

/** Fired after we change the URL ourselves: `history.pushState` emits no event. */
export const NAVIGATE_EVENT = 'observatoire:navigate';

export interface Address {
  pathname: string;
  /** `?…` or `''`. */
  search: string;
  /** `#…` or `''`. */
  hash: string;
  href: string;
}

/** The address bar now. */
export function readAddress(win: Window = window): Address {
  const { pathname, search, hash, href } = win.location;
  return { pathname, search, hash, href };
}

/**
 * Moves the address bar to `address` (a path with its query and fragment): a
 * new history entry unless `replace` (which keeps the entry's state; a new
 * entry starts without one unless `keepState`). `notify` tells the app's
 * views that the page may have changed (NAVIGATE_EVENT); the filters' own
 * syncing of the query string does not notify, the store already knows.
 */
export function writeAddress(
  address: string,
  { replace = false, notify = true, keepState = false, win = window }: { replace?: boolean; notify?: boolean; keepState?: boolean; win?: Window } = {},
): void {
  if (replace) win.history.replaceState(win.history.state, '', address);
  else win.history.pushState(keepState ? win.history.state : null, '', address);
  if (notify) notifyNavigation(win);
}

/** Tells the app's views that the address changed (after a `writeAddress` with `notify: false`). */
export function notifyNavigation(win: Window = window): void {
  win.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** Calls `onChange` after every change of the address (Back/Forward, our own navigation, and the fragment if asked). */
export function subscribeToAddress(onChange: () => void, { hash = false, win = window }: { hash?: boolean; win?: Window } = {}): () => void {
  win.addEventListener('popstate', onChange);
  win.addEventListener(NAVIGATE_EVENT, onChange);
  if (hash) win.addEventListener('hashchange', onChange);
  return () => {
    win.removeEventListener('popstate', onChange);
    win.removeEventListener(NAVIGATE_EVENT, onChange);
    if (hash) win.removeEventListener('hashchange', onChange);
  };
}

/** Leaves for another address without a history entry (an old link's new page, before the app starts). */
export function replaceLocation(address: string): void {
  window.location.replace(address);
}

/** Loads the same address again (onto whatever release the host now serves). */
export function reloadAddress(): void {
  window.location.reload();
}

/** `path` made absolute against the current address. */
export function absoluteUrl(path: string): string {
  return new URL(path, window.location.href).href;
}

// —— Query strings (and `#a=b&c=d` fragments): the one place they are taken apart and put together ——

/** The name–value pairs of a query string (`?a=1&b=2`, `a=1`, `#a=1`), in order. */
export function queryEntries(query: string): [string, string][] {
  return [...new URLSearchParams(query.replace(/^#/, ''))];
}

/** One parameter of a query string, or null. */
export function queryParam(query: string, name: string): string | null {
  return new URLSearchParams(query.replace(/^#/, '')).get(name);
}

/** A query string (`?a=1&b=2`, or `''` when empty) of the given pairs; a null value leaves its name out. */
export function buildQuery(entries: Iterable<readonly [string, string | null | undefined]>): string {
  const params = new URLSearchParams();
  for (const [name, value] of entries) if (value !== null && value !== undefined) params.set(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** `query` with some parameters set (a null value removes the parameter), the others kept in order. */
export function editQuery(query: string, changes: Readonly<Record<string, string | null>>): string {
  const params = new URLSearchParams(query.replace(/^#/, ''));
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) params.delete(name);
    else params.set(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

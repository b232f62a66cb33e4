/**
 * The route in the address bar, for React: read on every navigation so
 * Back/Forward and pasted links switch views, written with the History API so
 * moving between sections keeps the app (and its loaded data) alive.
 *
 * While hydrating, React must see the route the HTML was drawn for: at build
 * time that is the route being prerendered (`setServerRoute`), in the browser
 * it is the page the host served, i.e. the current address.
 */
import { useSyncExternalStore } from 'react';
import { appRootPath, pathWithinApp } from './appRoot';
import { DEFAULT_ROUTE, legacyRedirect, routeFromPath, routePath, type Route } from './route';
import { DEFAULT_SECTION, type SectionId } from './sections';

/** Fired after we change the URL ourselves: `history.pushState` emits no event. */
export const NAVIGATE_EVENT = 'observatoire:navigate';

let serverRoute: Route = DEFAULT_ROUTE;

export { appRootPath };

/** Build time only: the route being prerendered. */
export function setServerRoute(route: Route): void {
  serverRoute = route;
}

/** The app root as an absolute URL (for data files, links that leave the app, snippets). */
export function appRootUrl(): string {
  return new URL(appRootPath(), window.location.href).href;
}

let cachedPath = '';
let cachedRoute: Route = DEFAULT_ROUTE;

/** The route of the address bar (the same object while the path is unchanged, as useSyncExternalStore needs). */
export function currentRoute(): Route {
  if (typeof window === 'undefined') return serverRoute;
  const path = window.location.pathname;
  if (path !== cachedPath) {
    cachedPath = path;
    cachedRoute = routeFromPath(pathWithinApp(path));
  }
  return cachedRoute;
}

/** Calls `onChange` after every change of the address (Back/Forward, or our own navigation). */
export function subscribeToLocation(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

export function useRoute(): Route {
  return useSyncExternalStore(subscribeToLocation, currentRoute, () => (typeof window === 'undefined' ? serverRoute : currentRoute()));
}

/**
 * Goes to `route`, keeping the query string (the filters) unless `query` is
 * given (`?…` or `''`); a new history entry unless `replace`.
 */
export function navigate(route: Route, { replace = false, query }: { replace?: boolean; query?: string } = {}): void {
  const search = query ?? window.location.search;
  const address = `${appRootPath()}${routePath(route)}${search}`;
  if (replace) window.history.replaceState(window.history.state, '', address);
  else window.history.pushState(null, '', address);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** The dashboard section shown (the default one for an embed or a slide). */
export function useSection(): SectionId {
  const route = useRoute();
  return route.kind === 'dashboard' ? route.section : DEFAULT_SECTION;
}

/**
 * An old `#section` link followed while the front page is open changes only
 * the hash (no new page load, so public/boot.js does not run): move to the
 * section's page in place, as boot.js would have.
 */
export function followLegacyHashLinks(win: Window = window): () => void {
  const onHashChange = () => {
    if (pathWithinApp(win.location.pathname) !== '') return;
    const moved = legacyRedirect(win.location.search, win.location.hash);
    if (moved === null) return;
    win.history.replaceState(null, '', `${appRootPath()}${moved}`);
    win.dispatchEvent(new Event(NAVIGATE_EVENT));
  };
  win.addEventListener('hashchange', onHashChange);
  return () => win.removeEventListener('hashchange', onHashChange);
}

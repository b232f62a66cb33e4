/**
 * The view state, for React: the route (which page: a section, one chart
 * alone, a slide), the view parameters of the query (a slide by its number,
 * a pinned data release: src/state/viewParams.ts) and a deck in the fragment.
 * Read on every navigation so Back/Forward and pasted links switch views,
 * written through src/state/address.ts (the History API) so moving between
 * pages keeps the app (and its loaded data) alive.
 *
 * While hydrating, React must see the view the HTML was drawn for: at build
 * time that is the route being prerendered (`setServerRoute`), in the browser
 * the page the host served, i.e. the current path; the query's view
 * parameters and the fragment read as none (the build draws pages without
 * them), and apply right after.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { readAddress, subscribeToAddress, writeAddress, absoluteUrl, editQuery } from './address';
import { appRootPath, pathWithinApp } from './appRoot';
import type { Filters } from './filters';
import { DEFAULT_ROUTE, legacyRedirect, routeFromPath, routePath, type Route } from './route';
import { DEFAULT_SECTION, type SectionId } from './sections';
import { serializeFilters } from './url';
import { NO_VIEW_PARAMS, parseViewParams, VIEW_PARAM_DEFINITIONS, VIEW_PARAM_KEYS, type ViewParams } from './viewParams';

let serverRoute: Route = DEFAULT_ROUTE;

export { appRootPath };
export { NAVIGATE_EVENT } from './address';

/** Build time only: the route being prerendered. */
export function setServerRoute(route: Route): void {
  serverRoute = route;
}

/** The app root as an absolute URL (for data files, links that leave the app, snippets). */
export function appRootUrl(): string {
  return absoluteUrl(appRootPath());
}

let cachedPath = '';
let cachedRoute: Route = DEFAULT_ROUTE;

/** The route of the address bar (the same object while the path is unchanged, as useSyncExternalStore needs). */
export function currentRoute(): Route {
  if (typeof window === 'undefined') return serverRoute;
  const path = readAddress().pathname;
  if (path !== cachedPath) {
    cachedPath = path;
    cachedRoute = routeFromPath(pathWithinApp(path));
  }
  return cachedRoute;
}

/** Calls `onChange` after every change of the address (Back/Forward, or our own navigation). */
export function subscribeToLocation(onChange: () => void) {
  return subscribeToAddress(onChange);
}

export function useRoute(): Route {
  return useSyncExternalStore(subscribeToLocation, currentRoute, () => (typeof window === 'undefined' ? serverRoute : currentRoute()));
}

/**
 * Goes to `route`, keeping the query string (the filters) unless `query` is
 * given (`?…` or `''`); a new history entry unless `replace`.
 */
export function navigate(route: Route, { replace = false, query }: { replace?: boolean; query?: string } = {}): void {
  const search = query ?? readAddress().search;
  writeAddress(`${appRootPath()}${routePath(route)}${search}`, { replace });
}

/** The query for `filters` on this page: the view parameters in the address (a pinned release…) kept. */
export function filtersQueryHere(filters: Filters): string {
  return serializeFilters(filters, readAddress().search);
}

/** The address's query without the slide number: once on a slide's own page, its path says which. */
export function queryWithoutSlide(): string {
  return editQuery(readAddress().search, { [VIEW_PARAM_DEFINITIONS.slide.param]: null });
}

let cachedSearch: string | null = null;
let cachedView: ViewParams = NO_VIEW_PARAMS;

/** The view parameters of the address bar (the same object while the query is unchanged). */
export function currentViewParams(): ViewParams {
  if (typeof window === 'undefined') return NO_VIEW_PARAMS;
  const { search } = readAddress();
  if (search !== cachedSearch) {
    cachedSearch = search;
    const parsed = parseViewParams(search);
    const same = (other: ViewParams) => VIEW_PARAM_KEYS.every((key) => parsed[key] === other[key]);
    // With none, the very object the page hydrated with: another one would be an update to every view still
    // waiting to hydrate (src/ui/viewGate.tsx), and React would draw them all at once.
    cachedView = same(NO_VIEW_PARAMS) ? NO_VIEW_PARAMS : same(cachedView) ? cachedView : parsed;
  }
  return cachedView;
}

/** The view parameters, for React; none while hydrating (the page was drawn without any). */
export function useViewParams(): ViewParams {
  return useSyncExternalStore(subscribeToLocation, currentViewParams, () => NO_VIEW_PARAMS);
}

/** The slide asked for: the path's chart id, else the query's number (`present/?slide=3`); null off the deck. */
export function currentSlide(): string | null {
  const route = currentRoute();
  return route.kind === 'present' ? (route.slide ?? currentViewParams().slide) : null;
}

/** The address's fragment (`#deck=…&at=2`) now. */
export function currentHash(): string {
  return readAddress().hash;
}

/** The fragment, for React; none while hydrating (the page was drawn without it). */
export function useHash(): string {
  return useSyncExternalStore(
    (onChange) => subscribeToAddress(onChange, { hash: true }),
    currentHash,
    () => '',
  );
}

/** The page and its view parameters, for React. */
export interface View {
  route: Route;
  params: ViewParams;
}

export function useView(): View {
  const route = useRoute();
  const params = useViewParams();
  return useMemo(() => ({ route, params }), [route, params]);
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
    const { pathname, search, hash } = readAddress(win);
    if (pathWithinApp(pathname) !== '') return;
    const moved = legacyRedirect(search, hash);
    if (moved === null) return;
    writeAddress(`${appRootPath()}${moved}`, { replace: true, win });
  };
  win.addEventListener('hashchange', onHashChange);
  return () => win.removeEventListener('hashchange', onHashChange);
}

/**
 * Where the user is: a section of the dashboard, one chart alone (embed) or a
 * presentation slide. Each route is a path of its own (`ia/`, `embed/<id>/`,
 * `present/<id>/`), so a static host serves every one of them as an HTML file
 * drawn at build time (scripts/prerender.mjs). Filters stay in the query
 * string (src/state/url.ts).
 *
 * Paths are relative to the app's root folder, which may be a sub-path of the
 * host: nothing here assumes the app lives at `/`.
 */
import { editQuery, queryParam } from './address';
import { DEFAULT_SECTION, SECTIONS, type SectionId } from './sections';
import { VIEW_PARAM_DEFINITIONS } from './viewParams';

export type Route = { kind: 'dashboard'; section: SectionId } | { kind: 'embed'; chartId: string } | { kind: 'present'; slide: string | null };

export const DEFAULT_ROUTE: Route = { kind: 'dashboard', section: DEFAULT_SECTION };

/** Chart ids and slide ids are lowercase words joined by hyphens; anything else names nothing. */
const ID = /^[a-z0-9][a-z0-9-]{0,60}$/;

const isSection = (id: string): id is SectionId => SECTIONS.some((section) => section.id === id);

/**
 * The route of a path relative to the app root (`''`, `'ia/'`, `'embed/x/'`,
 * `'present/'`, `'present/x/'`). Unknown paths are the default section, as a
 * static host's 404 fallback to the root would show.
 */
export function routeFromPath(relativePath: string): Route {
  const parts = relativePath.split('/').filter(Boolean);
  const [first, second] = parts;
  if (first === 'embed' && second && ID.test(second)) return { kind: 'embed', chartId: second };
  if (first === 'embed') return { kind: 'embed', chartId: '' };
  if (first === 'present') return { kind: 'present', slide: second && ID.test(second) ? second : null };
  if (first && isSection(first)) return { kind: 'dashboard', section: first };
  return DEFAULT_ROUTE;
}

/** The folder a route lives in, relative to the app root, ending in `/` (or `''` for the front page). */
export function routePath(route: Route): string {
  switch (route.kind) {
    case 'dashboard':
      return route.section === DEFAULT_SECTION ? '' : `${route.section}/`;
    case 'embed':
      return `embed/${route.chartId}/`;
    case 'present':
      return route.slide ? `present/${route.slide}/` : 'present/';
  }
}

/** `../` once per folder level: how a page's relative links reach the app root. */
export function rootPrefix(route: Route): string {
  return '../'.repeat(routePath(route).split('/').filter(Boolean).length);
}

/** A link from the page of `from` to `to`, relative, so it works under any sub-path and from a file copy. */
export function relativeHref(from: Route, to: Route, query = ''): string {
  const path = `${rootPrefix(from)}${routePath(to)}`;
  return `${path || './'}${query}`;
}

/**
 * Links made before routes had their own paths: `#ia`, `?embed=<id>`,
 * `?present=1&slide=<id>`. Returns the address (relative to the app root,
 * every other parameter kept) they now live at, or null when the address is
 * already current. `public/boot.js` applies the same rules before the first
 * paint (no inline script); a test keeps the two in step.
 */
export function legacyRedirect(search: string, hash: string): string | null {
  const { embed: embedParam, present: presentParam, slide: slideParam } = VIEW_PARAM_DEFINITIONS;
  const embed = queryParam(search, embedParam.param);
  const present = queryParam(search, presentParam.param);
  const section = hash.replace(/^#\/?/, '');
  let path: string | null = null;
  let query = search;
  if (embed !== null) {
    path = ID.test(embed) ? `embed/${embed}/` : 'embed/unknown/';
    query = editQuery(search, { [embedParam.param]: null });
  } else if (present === '1') {
    const slide = queryParam(search, slideParam.param);
    // A slide number (`slide=3`) names a position in the deck, not a page: the deck's first page reads it.
    const number = slide && /^\d{1,4}$/.test(slide) ? slide : null;
    query = editQuery(editQuery(search, { [presentParam.param]: null, [slideParam.param]: null }), { [slideParam.param]: number });
    path = slide && ID.test(slide) && !/^\d+$/.test(slide) ? `present/${slide}/` : 'present/';
  } else if (section && isSection(section)) {
    path = routePath({ kind: 'dashboard', section });
    query = editQuery(search, {});
  }
  if (path === null) return null;
  // A section hash is the route now; any other hash (an anchor) is kept.
  const keptHash = section && isSection(section) ? '' : hash;
  return `${path}${query}${keptHash}`;
}

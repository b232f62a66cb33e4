/**
 * The query parameters that say how a page is shown rather than what it
 * shows: `slide` (a slide by its number, `present/?slide=3`), `release` (the
 * pinned data release of a "version figée" embed), and the old links' `embed`
 * and `present` (moved to their paths, src/state/route.ts `legacyRedirect`).
 * One typed definition each, as the filters have (src/state/url.ts): a view
 * parameter without its URL name, parser and serialiser does not compile, and
 * the list of names is derived from the table.
 */
import { buildQuery, queryEntries } from './address';

export interface ViewParams {
  /** Old `?embed=<chart-id>` links. */
  embed: string | null;
  /** Old `?present=1` links. */
  present: string | null;
  /** A slide by its 1-based number (or, in old links, its chart id). */
  slide: string | null;
  /** A pinned data release (`dist/data/releases/<id>/`). */
  release: string | null;
}

export interface ViewParamDefinition<V> {
  param: string;
  parse: (raw: string) => V | undefined;
  serialize: (value: V) => string | null;
}
export type ViewParamDefinitions<V = ViewParams> = { readonly [K in keyof V]: ViewParamDefinition<V[K]> };

/**
 * Read as they come (the view that uses one checks it: an unknown slide is
 * said so, a release must name one), but only a short token is ever written
 * back into a link: anything else is dropped.
 */
const TOKEN = /^[a-z0-9-]{1,40}$/i;
const raw = (value: string) => value;
const token = (value: string | null) => (value !== null && TOKEN.test(value) ? value : null);

export const VIEW_PARAM_DEFINITIONS: ViewParamDefinitions = {
  embed: { param: 'embed', parse: raw, serialize: token },
  present: { param: 'present', parse: raw, serialize: token },
  slide: { param: 'slide', parse: raw, serialize: token },
  release: { param: 'release', parse: raw, serialize: token },
};

export const VIEW_PARAM_KEYS = Object.keys(VIEW_PARAM_DEFINITIONS) as (keyof ViewParams)[];

/** The URL names of the view parameters, derived from their definitions. */
export const VIEW_PARAMS: readonly string[] = VIEW_PARAM_KEYS.map((key) => VIEW_PARAM_DEFINITIONS[key].param);

export const NO_VIEW_PARAMS: ViewParams = { embed: null, present: null, slide: null, release: null };

const KEY_BY_PARAM = new Map(VIEW_PARAM_KEYS.map((key) => [VIEW_PARAM_DEFINITIONS[key].param, key]));

/** The view parameters of a query string; invalid ones are null. */
export function parseViewParams(query: string): ViewParams {
  const view: ViewParams = { ...NO_VIEW_PARAMS };
  const seen = new Set<string>();
  for (const [name, raw] of queryEntries(query)) {
    const key = KEY_BY_PARAM.get(name);
    // The first occurrence counts, as URLSearchParams.get reads it.
    if (!key || seen.has(key)) continue;
    seen.add(key);
    view[key] = VIEW_PARAM_DEFINITIONS[key].parse(raw) ?? null;
  }
  return view;
}

/** The view parameters as `[name, value]` pairs for a query string (null: left out). */
export function viewParamEntries(view: Partial<ViewParams>): [string, string | null][] {
  return VIEW_PARAM_KEYS.map((key) => {
    const value = view[key];
    return [VIEW_PARAM_DEFINITIONS[key].param, value === null || value === undefined ? null : VIEW_PARAM_DEFINITIONS[key].serialize(value)];
  });
}

/** A query string of view parameters alone. */
export function serializeViewParams(view: Partial<ViewParams>): string {
  return buildQuery(viewParamEntries(view));
}

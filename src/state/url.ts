/**
 * URL query string ⇄ filters. The URL is the one place a view is stored: a
 * copied link reopens the same view. Anything the app does not know, or that
 * fails validation, is dropped and the default applies; nothing read here is
 * ever rendered as HTML.
 */
import { DEFAULT_FILTERS, LANGUAGES, MEASURES, OCCUPATION_CODE, SECTOR, YEARS, type Filters } from './filters';
import { parseOccupation } from './occupation';
import { isKnownFamily, isKnownOccupationCode, isKnownSector } from './knownValues';
import { basinDepartment, isBasinCode, isDepartmentCode } from './territories';
import { parseCompare } from './compare';
import { isJobSheetId } from './jobSheets';
import { buildQuery, queryEntries } from './address';
import { parseViewParams, VIEW_PARAMS, viewParamEntries, type ViewParams } from './viewParams';

export { VIEW_PARAMS };

/**
 * One definition per filter: its name in the URL, its parser (a raw
 * parameter to a valid value, or undefined: dropped) and its serialiser (a
 * value to its parameter, or null: left out of the URL). The type maps every
 * key of `Filters`: a filter without its URL name, parser or serialiser does
 * not compile (`url.types.test.ts`). Everything else about the URL — the
 * list of parameters, reading, writing — is derived from this table.
 */
export interface FilterDefinition<V> {
  param: string;
  parse: (raw: string) => V | undefined;
  serialize: (value: V) => string | null;
}
export type FilterDefinitions<F = Filters> = { readonly [K in keyof F]: FilterDefinition<F[K]> };

function oneOf<T extends string | number>(allowed: readonly T[], raw: string): T | undefined {
  return allowed.find((candidate) => String(candidate) === raw);
}

/** The value as its parameter, or null (left out) when it is the default. */
function unlessDefault<K extends keyof Filters>(name: K) {
  return (value: Filters[K]): string | null => (value === null || value === DEFAULT_FILTERS[name] ? null : String(value));
}

export const FILTER_DEFINITIONS: FilterDefinitions = {
  // Of the right shape and naming something that exists: `occupation=Z9X99` or `sector=zzz` are garbage too.
  occupation: {
    param: 'occupation',
    parse: (raw) => {
      const selection = parseOccupation(raw);
      const known =
        selection.kind === 'study-pair' ||
        (selection.kind === 'family' ? isKnownFamily(selection.family) : OCCUPATION_CODE.test(raw) && isKnownOccupationCode(raw));
      return known ? raw : undefined;
    },
    serialize: unlessDefault('occupation'),
  },
  dep: { param: 'dep', parse: (raw) => (isDepartmentCode(raw) ? raw : undefined), serialize: unlessDefault('dep') },
  basin: { param: 'basin', parse: (raw) => (isBasinCode(raw) ? raw : undefined), serialize: unlessDefault('basin') },
  sector: { param: 'sector', parse: (raw) => (SECTOR.test(raw) && isKnownSector(raw) ? raw : undefined), serialize: unlessDefault('sector') },
  year: { param: 'year', parse: (raw) => oneOf(YEARS, raw), serialize: unlessDefault('year') },
  measure: { param: 'measure', parse: (raw) => oneOf(MEASURES, raw), serialize: unlessDefault('measure') },
  lang: { param: 'lang', parse: (raw) => oneOf(LANGUAGES, raw), serialize: unlessDefault('lang') },
  compare: { param: 'compare', parse: (raw) => parseCompare(raw) ?? undefined, serialize: unlessDefault('compare') },
  // The job sheet open in Métiers (#14): its own address, `metiers/?fiche=<id>`.
  fiche: { param: 'fiche', parse: (raw) => (isJobSheetId(raw) ? raw : undefined), serialize: unlessDefault('fiche') },
};

/** The filters' keys, in URL order. */
export const FILTER_KEYS = Object.keys(FILTER_DEFINITIONS) as (keyof Filters)[];

/** The URL parameters that are filters, derived from their definitions. */
export const FILTER_PARAMS: readonly string[] = FILTER_KEYS.map((key) => FILTER_DEFINITIONS[key].param);

const MAX_PARAM_LENGTH = 40;

const KEY_BY_PARAM = new Map(FILTER_KEYS.map((key) => [FILTER_DEFINITIONS[key].param, key]));

/** Two filter states are the same view. */
export function sameFilters(a: Filters, b: Filters): boolean {
  return FILTER_KEYS.every((key) => a[key] === b[key]);
}

export interface ParsedFilters {
  filters: Filters;
  /** Parameter names that were present but unknown or invalid (for diagnostics, never displayed raw). */
  dropped: string[];
}

export function parseFilters(search: string): ParsedFilters {
  const params = queryEntries(search);
  const filters: Filters = { ...DEFAULT_FILTERS };
  const dropped: string[] = [];
  const writable = filters as unknown as Record<keyof Filters, unknown>;
  for (const [name, raw] of params) {
    const key = KEY_BY_PARAM.get(name);
    if (!key) {
      if (!VIEW_PARAMS.includes(name)) dropped.push(name);
      continue;
    }
    const value = raw.length <= MAX_PARAM_LENGTH ? FILTER_DEFINITIONS[key].parse(raw.trim()) : undefined;
    if (value === undefined) dropped.push(name);
    else writable[key] = value;
  }
  return { filters: reconcileTerritory(filters), dropped };
}

/** A basin belongs to one department: a contradictory `dep` gives way to the basin's. */
export function reconcileTerritory(filters: Filters): Filters {
  if (filters.basin && filters.dep !== basinDepartment(filters.basin)) {
    return { ...filters, dep: basinDepartment(filters.basin) };
  }
  return filters;
}

function serializeOne<K extends keyof Filters>(key: K, value: Filters[K]): string | null {
  const definition: FilterDefinition<Filters[K]> = FILTER_DEFINITIONS[key];
  return definition.serialize(value);
}

/**
 * Writes the filters into a query string, omitting defaults so links stay
 * short. The view parameters of `keep` (a query string: the page's own, for
 * the address bar) survive when valid; unknown parameters do not.
 */
export function serializeFilters(filters: Filters, keep?: string | Partial<ViewParams>): string {
  const entries: [string, string | null][] = FILTER_KEYS.map((key) => [FILTER_DEFINITIONS[key].param, serializeOne(key, filters[key])]);
  if (keep !== undefined) entries.push(...viewParamEntries(typeof keep === 'string' ? parseViewParams(keep) : keep));
  return buildQuery(entries);
}

/**
 * URL query string ⇄ filters. The URL is the one place a view is stored: a
 * copied link reopens the same view. Anything the app does not know, or that
 * fails validation, is dropped and the default applies; nothing read here is
 * ever rendered as HTML.
 */
import {
  DEFAULT_FILTERS,
  LANGUAGES,
  MEASURES,
  OCCUPATION_CODE,
  SECTOR,
  YEARS,
  type Filters,
} from './filters';
import { parseOccupation } from './occupation';
import { isKnownFamily, isKnownOccupationCode, isKnownSector } from './knownValues';
import { basinDepartment, isBasinCode, isDepartmentCode } from './territories';
import { parseCompare } from './compare';
import { isJobSheetId } from './jobSheets';

export const FILTER_PARAMS = ['occupation', 'dep', 'basin', 'sector', 'year', 'measure', 'lang', 'compare', 'fiche'] as const;

/**
 * Parameters that are not filters but describe how the page is shown
 * (single-chart embed, presentation mode, pinned data release).
 */
export const VIEW_PARAMS = ['embed', 'present', 'slide', 'release'] as const;

type FilterParam = (typeof FILTER_PARAMS)[number];

const MAX_PARAM_LENGTH = 40;

function oneOf<T extends string | number>(allowed: readonly T[], raw: string): T | undefined {
  return allowed.find((candidate) => String(candidate) === raw);
}

const parsers: { [K in FilterParam]: (raw: string) => Filters[K] | undefined } = {
  // Of the right shape and naming something that exists: `occupation=Z9X99` or `sector=zzz` are garbage too.
  occupation: (raw) => {
    const selection = parseOccupation(raw);
    const known =
      selection.kind === 'study-pair' ||
      (selection.kind === 'family' ? isKnownFamily(selection.family) : OCCUPATION_CODE.test(raw) && isKnownOccupationCode(raw));
    return known ? raw : undefined;
  },
  dep: (raw) => (isDepartmentCode(raw) ? raw : undefined),
  basin: (raw) => (isBasinCode(raw) ? raw : undefined),
  sector: (raw) => (SECTOR.test(raw) && isKnownSector(raw) ? raw : undefined),
  year: (raw) => oneOf(YEARS, raw),
  measure: (raw) => oneOf(MEASURES, raw),
  lang: (raw) => oneOf(LANGUAGES, raw),
  compare: (raw) => parseCompare(raw) ?? undefined,
  fiche: (raw) => (isJobSheetId(raw) ? raw : undefined),
};

export interface ParsedFilters {
  filters: Filters;
  /** Parameter names that were present but unknown or invalid (for diagnostics, never displayed raw). */
  dropped: string[];
}

export function parseFilters(search: string | URLSearchParams): ParsedFilters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: Filters = { ...DEFAULT_FILTERS };
  const dropped: string[] = [];
  const writable = filters as unknown as Record<FilterParam, unknown>;
  for (const [name, raw] of params) {
    const parse = (parsers as Record<string, ((raw: string) => unknown) | undefined>)[name];
    if (!parse) {
      if (!(VIEW_PARAMS as readonly string[]).includes(name)) dropped.push(name);
      continue;
    }
    const value = raw.length <= MAX_PARAM_LENGTH ? parse(raw.trim()) : undefined;
    if (value === undefined) dropped.push(name);
    else writable[name as FilterParam] = value;
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

/**
 * Writes the filters into a query string, omitting defaults so links stay
 * short. View parameters already in `keep` survive; unknown ones do not.
 */
export function serializeFilters(filters: Filters, keep?: URLSearchParams): string {
  const params = new URLSearchParams();
  for (const name of FILTER_PARAMS) {
    const value = filters[name];
    if (value !== null && value !== DEFAULT_FILTERS[name]) params.set(name, String(value));
  }
  if (keep) {
    for (const name of VIEW_PARAMS) {
      const value = keep.get(name);
      if (value !== null && /^[a-z0-9-]{1,40}$/i.test(value)) params.set(name, value);
    }
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

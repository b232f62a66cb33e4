/**
 * Which filters each view follows. One declaration, read by the filter bar
 * (a control that applies to nothing in the section is disabled, and says
 * why; the year is not shown where no view has years) and by every view (an
 * active filter the view ignores is named under its subtitle). A view that is
 * not listed follows no filter.
 */
import { DEFAULT_FILTERS, type Filters } from './filters';
import type { SectionId } from './sections';

export const SCOPED_FILTERS = ['occupation', 'dep', 'basin', 'sector', 'year', 'measure'] as const;
export type ScopedFilter = (typeof SCOPED_FILTERS)[number];

interface ViewScope {
  section: SectionId;
  filters: readonly ScopedFilter[];
}

/** By view id (`data-chart-id`). */
export const VIEW_SCOPES: Readonly<Record<string, ViewScope>> = {
  'key-figures': { section: 'vue-ensemble', filters: ['occupation', 'dep', 'basin', 'sector'] },
  'employment-growth': { section: 'emploi', filters: ['occupation'] },
  'labour-market-paradox': { section: 'emploi', filters: ['occupation'] },
  'employment-profile': { section: 'emploi', filters: ['occupation'] },
  'digital-offers-by-domain': { section: 'emploi', filters: [] },
  'ai-adoption-by-sector': { section: 'ia', filters: ['sector', 'year'] },
  'ai-data-exchange-by-sector': { section: 'ia', filters: ['sector', 'year'] },
  'ai-decision-analytics-by-sector': { section: 'ia', filters: ['sector', 'year'] },
  'ai-uses': { section: 'ia', filters: ['year'] },
  'ai-benefits': { section: 'ia', filters: [] },
  'recruitment-map': { section: 'recrutements', filters: ['occupation', 'measure', 'dep', 'basin'] },
  'recruitment-by-department': { section: 'recrutements', filters: ['occupation', 'dep'] },
  'recruitment-basin-ranking': { section: 'recrutements', filters: ['occupation', 'measure', 'dep', 'basin'] },
  'recruitment-study-basins': { section: 'recrutements', filters: ['occupation', 'basin'] },
  'recruitment-normandy-france': { section: 'recrutements', filters: ['occupation'] },
  'recruitment-basin-profile': { section: 'recrutements', filters: ['occupation', 'dep', 'basin'] },
  'recruitment-territory-comparison': { section: 'recrutements', filters: ['occupation'] },
  'skills-matrix': { section: 'competences', filters: [] },
  'skills-job-activities': { section: 'competences', filters: [] },
  'skills-article-domains': { section: 'competences', filters: [] },
  'students-by-diploma': { section: 'formations', filters: [] },
  'normanthiia-targets': { section: 'formations', filters: [] },
  'rncp-certifications': { section: 'formations', filters: ['dep'] },
  'training-demand': { section: 'formations', filters: ['dep', 'basin'] }, // issue #14 item 4 (i14)
  'jobs-directory': { section: 'metiers', filters: [] },
  'jobs-courses': { section: 'metiers', filters: [] },
};

export function viewFilters(viewId: string): readonly ScopedFilter[] {
  return VIEW_SCOPES[viewId]?.filters ?? [];
}

/** Filters that at least one view of the section follows. */
export function sectionFilters(section: SectionId): Set<ScopedFilter> {
  const used = new Set<ScopedFilter>();
  for (const scope of Object.values(VIEW_SCOPES)) if (scope.section === section) for (const name of scope.filters) used.add(name);
  return used;
}

export function isActive(filters: Filters, name: ScopedFilter): boolean {
  return filters[name] !== null && filters[name] !== DEFAULT_FILTERS[name];
}

/** The active filters a view does not follow, in the filter bar's order. */
export function ignoredFilters(viewId: string, filters: Filters): ScopedFilter[] {
  const followed = viewFilters(viewId);
  return SCOPED_FILTERS.filter((name) => isActive(filters, name) && !followed.includes(name));
}

import { DEFAULT_FILTERS, type Filters } from '../../state/filters';
import { basinLabel, departmentLabel } from '../../state/territories';
import type { Translate } from '../../i18n/i18n';

export interface ActiveFilter {
  name: keyof Filters;
  label: string;
  value: string;
}

export interface LabelLookups {
  occupation?: (code: string) => string | undefined;
  sector?: (slug: string) => string | undefined;
}

const CHIP_FILTERS = ['occupation', 'dep', 'basin', 'sector', 'year', 'measure'] as const;

/** The filters that differ from the defaults, as chips a user can remove one by one. */
export function activeFilters(filters: Filters, t: Translate, lookups: LabelLookups = {}): ActiveFilter[] {
  const chips: ActiveFilter[] = [];
  for (const name of CHIP_FILTERS) {
    const value = filters[name];
    if (value === null || value === DEFAULT_FILTERS[name]) continue;
    chips.push({ name, label: t(`filters.${name}`), value: valueLabel(name, String(value), t, lookups) });
  }
  return chips;
}

export function occupationLabel(code: string, t: Translate, lookup?: (code: string) => string | undefined): string {
  if (code === DEFAULT_FILTERS.occupation) return t('filters.studyOccupations');
  if (code === 'M2X90') return t('filters.engineers');
  if (code === 'M1X80') return t('filters.technicians');
  const label = lookup?.(code);
  return label ? `${label} (${code})` : code;
}

function valueLabel(name: (typeof CHIP_FILTERS)[number], value: string, t: Translate, lookups: LabelLookups): string {
  switch (name) {
    case 'occupation':
      return occupationLabel(value, t, lookups.occupation);
    case 'dep':
      return `${departmentLabel(value)} (${value})`;
    case 'basin':
      return basinLabel(value);
    case 'sector':
      return lookups.sector?.(value) ?? value;
    case 'measure':
      return t(`filters.measures.${value as Filters['measure']}`);
    case 'year':
      return value;
  }
}

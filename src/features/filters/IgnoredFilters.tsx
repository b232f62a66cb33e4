import { useShallow } from 'zustand/react/shallow';
import type { Translate } from '../../i18n/i18n';
import { useLang, useT } from '../../i18n/i18n';
import type { Filters, Language } from '../../state/filters';
import { ignoredFilters } from '../../state/filterScope';
import { selectFilters, useFilterStore } from '../../state/store';
import { activeFilters, type LabelLookups } from './activeFilters';
import { useFilterLookups } from './useFilterLookups';
import { labelIn } from '../../data/labels';
import { SECTOR_LABELS } from '../../data/schemas/study';

/**
 * The one sentence a view shows when it ignores active filters:
 * « Le filtre « Année : 2019 » ne s’applique pas ici. » — null when it follows them all.
 */
export function ignoredFiltersNote(viewId: string, filters: Filters, t: Translate, lookups: LabelLookups = {}): string | null {
  const ignored = new Set(ignoredFilters(viewId, filters));
  if (ignored.size === 0) return null;
  const chips = activeFilters(filters, t, lookups).filter((chip) => ignored.has(chip.name as never));
  if (chips.length === 0) return null;
  const quoted = chips.map((chip) => t('filters.quoted', { label: chip.label, value: chip.value }));
  const list = quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(', ')}${t('filters.listAnd')}${quoted[quoted.length - 1]}`;
  return t('filters.notApplied', { count: chips.length, list });
}

/** Under a view's subtitle: which active filters it does not follow. */
export function IgnoredFilters({ viewId }: { viewId: string }) {
  const filters = useFilterStore(useShallow(selectFilters));
  const ignored = ignoredFilters(viewId, filters);
  if (ignored.length === 0) return null;
  // Only an ignored occupation needs the occupations file for its label (a query, never suspense).
  return ignored.includes('occupation') ? <WithLookups viewId={viewId} filters={filters} /> : <Note viewId={viewId} filters={filters} />;
}

function WithLookups({ viewId, filters }: { viewId: string; filters: Filters }) {
  return <Note viewId={viewId} filters={filters} lookups={useFilterLookups()} />;
}

function Note({ viewId, filters, lookups }: { viewId: string; filters: Filters; lookups?: LabelLookups }) {
  const t = useT();
  const lang = useLang();
  const note = ignoredFiltersNote(viewId, filters, t, lookups ?? { sector: (slug) => sectorLabel(slug, lang) });
  return note ? (
    <p className="chart-ignored-filters" data-ignored-filters="">
      {note}
    </p>
  ) : null;
}

function sectorLabel(slug: string, lang: Language): string | undefined {
  const french = (SECTOR_LABELS as Record<string, string>)[slug];
  return french ? labelIn(french, lang) : undefined;
}

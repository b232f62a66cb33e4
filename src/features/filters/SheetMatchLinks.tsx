/** Under the occupation search: the job sheets it names, each a link to its own address (issue #14 item 5). */
import type { MouseEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { OccupationSynonymRow } from '../../data/schemas/jobs';
import { useT } from '../../i18n/i18n';
import { navigate, useRoute } from '../../state/navigation';
import { relativeHref, type Route } from '../../state/route';
import { selectFilters, useFilterStore } from '../../state/store';
import { serializeFilters } from '../../state/url';
import { sheetMatches } from './sheetMatches';

const JOBS: Route = { kind: 'dashboard', section: 'metiers' };

export function SheetMatchLinks({ query, synonyms }: { query: string; synonyms: readonly OccupationSynonymRow[] }) {
  const t = useT();
  const from = useRoute();
  const filters = useFilterStore(useShallow(selectFilters));
  const matches = sheetMatches(query, synonyms);
  if (matches.length === 0) return null;
  const open = (id: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    useFilterStore.getState().setFilters({ fiche: id });
    navigate(JOBS, { query: serializeFilters({ ...filters, fiche: id }) });
  };
  return (
    <p className="occupation-sheets" data-sheet-matches="">
      {t('filters.sheetMatches')}{' '}
      {matches.map((match, index) => (
        <span key={match.id}>
          {index > 0 ? ', ' : null}
          <a href={relativeHref(from, JOBS, serializeFilters({ ...filters, fiche: match.id }))} onClick={open(match.id)} data-fiche={match.id}>
            {match.title}
          </a>
        </span>
      ))}
    </p>
  );
}

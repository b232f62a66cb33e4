import type { MouseEvent, ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { filtersQueryHere, navigate, useRoute } from '../state/navigation';
import { relativeHref, type Route } from '../state/route';
import { selectFilters, useFilterStore } from '../state/store';
import { serializeFilters } from '../state/url';

interface RouteLinkProps {
  to: Route;
  className?: string;
  'aria-current'?: 'page' | undefined;
  children: ReactNode;
}

/**
 * A link to another page of the app that keeps the current filters. A real
 * relative `href` (it works without JavaScript, opens in a new tab, and from
 * a copy of `dist/` under any sub-path); a plain click moves in place with
 * the History API, so the loaded app and data stay.
 */
export function RouteLink({ to, children, ...rest }: RouteLinkProps) {
  const from = useRoute();
  const filters = useFilterStore(useShallow(selectFilters));
  const query = serializeFilters(filters);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to, { query: filtersQueryHere(filters) });
    window.scrollTo({ top: 0 });
  };
  return (
    <a href={relativeHref(from, to, query)} onClick={onClick} {...rest}>
      {children}
    </a>
  );
}

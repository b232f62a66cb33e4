/**
 * Which page the route asks for: the dashboard, one chart alone
 * (`embed/<id>/`) or the presentation (`present/<id>/`), plus the pinned data
 * release of a "version figée" embed (`?release=`).
 */
import { useMemo, useSyncExternalStore } from 'react';
import { subscribeToLocation, useRoute } from '../../state/navigation';

export type ViewMode = { kind: 'dashboard' } | { kind: 'embed'; chartId: string; release: string | null } | { kind: 'present'; slide: string | null };

/** A view parameter of the query string; none while hydrating (the page was drawn without any). */
function useViewParam(name: 'release' | 'slide'): string | null {
  return useSyncExternalStore(
    subscribeToLocation,
    () => new URLSearchParams(window.location.search).get(name),
    () => null,
  );
}

export function useViewMode(): ViewMode {
  const route = useRoute();
  const release = useViewParam('release');
  // `present/?slide=3`: a slide by its number (old `?present=1&slide=3` links), on the deck's first page.
  const slideParam = useViewParam('slide');
  return useMemo<ViewMode>(() => {
    if (route.kind === 'embed') return { kind: 'embed', chartId: route.chartId, release };
    if (route.kind === 'present') return { kind: 'present', slide: route.slide ?? slideParam };
    return { kind: 'dashboard' };
  }, [route, release, slideParam]);
}

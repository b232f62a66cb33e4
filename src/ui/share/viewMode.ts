/**
 * Which page the route asks for: the dashboard, one chart alone
 * (`embed/<id>/`) or the presentation (`present/<id>/`), plus the pinned data
 * release of a "version figée" embed (`?release=`). The view state itself is
 * src/state/navigation.ts (`useView`).
 */
import { useMemo } from 'react';
import { useView } from '../../state/navigation';

export type ViewMode = { kind: 'dashboard' } | { kind: 'embed'; chartId: string; release: string | null } | { kind: 'present'; slide: string | null };

export function useViewMode(): ViewMode {
  const { route, params } = useView();
  return useMemo<ViewMode>(() => {
    if (route.kind === 'embed') return { kind: 'embed', chartId: route.chartId, release: params.release };
    // `present/?slide=3`: a slide by its number (old `?present=1&slide=3` links), on the deck's first page.
    if (route.kind === 'present') return { kind: 'present', slide: route.slide ?? params.slide };
    return { kind: 'dashboard' };
  }, [route, params.release, params.slide]);
}

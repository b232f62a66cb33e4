/**
 * Which page the route asks for: the dashboard, one chart alone
 * (`embed/<id>/`) or the presentation (`present/<id>/`), plus the pinned data
 * release of a "version figée" embed (`?release=`).
 */
import { useMemo, useSyncExternalStore } from 'react';
import { NAVIGATE_EVENT, useRoute } from '../../state/navigation';

export type ViewMode =
  | { kind: 'dashboard' }
  | { kind: 'embed'; chartId: string; release: string | null }
  | { kind: 'present'; slide: string | null };

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

function useReleaseParam(): string | null {
  return useSyncExternalStore(
    subscribe,
    () => new URLSearchParams(window.location.search).get('release'),
    () => null,
  );
}

export function useViewMode(): ViewMode {
  const route = useRoute();
  const release = useReleaseParam();
  return useMemo<ViewMode>(() => {
    if (route.kind === 'embed') return { kind: 'embed', chartId: route.chartId, release };
    if (route.kind === 'present') return { kind: 'present', slide: route.slide };
    return { kind: 'dashboard' };
  }, [route, release]);
}

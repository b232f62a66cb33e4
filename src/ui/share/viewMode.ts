/**
 * Which page the URL asks for: the dashboard, one chart alone (`?embed=<id>`)
 * or the presentation (`?present=1&slide=…`). Read from the address bar on
 * every navigation so Back/Forward and pasted links switch views; the server
 * snapshot is the dashboard, which is what the build-time prerender shows.
 */
import { useMemo, useSyncExternalStore } from 'react';

export type ViewMode =
  | { kind: 'dashboard' }
  | { kind: 'embed'; chartId: string; release: string | null }
  | { kind: 'present'; slide: string | null };

/** Fired after we change the URL ourselves: `history.pushState` emits no event. */
const NAVIGATE_EVENT = 'observatoire:navigate';

export function parseViewMode(search: string): ViewMode {
  const params = new URLSearchParams(search);
  const embed = params.get('embed');
  if (embed !== null) return { kind: 'embed', chartId: embed, release: params.get('release') };
  if (params.get('present') === '1') return { kind: 'present', slide: params.get('slide') };
  return { kind: 'dashboard' };
}

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

export function useViewMode(): ViewMode {
  const search = useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => '',
  );
  return useMemo(() => parseViewMode(search), [search]);
}

/**
 * Changes view parameters (present, slide…) in the address bar, keeping the
 * filters and, unless given, the hash. `null` removes a parameter.
 */
export function navigateView(changes: Record<string, string | null>, { replace = false, hash }: { replace?: boolean; hash?: string } = {}) {
  const params = new URLSearchParams(window.location.search);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) params.delete(name);
    else params.set(name, value);
  }
  const query = params.toString();
  const address = `${window.location.pathname}${query ? `?${query}` : ''}${hash === undefined ? window.location.hash : hash ? `#${hash}` : ''}`;
  if (replace) window.history.replaceState(window.history.state, '', address);
  else window.history.pushState(window.history.state, '', address);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  // The section hook listens to hashchange only.
  if (hash !== undefined) window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** Starts the app: hydrates the prerendered markup, or renders from scratch (see main.tsx for when). */
import { hydrate, QueryClient, QueryClientProvider, type DehydratedState } from '@tanstack/react-query';
import { startTransition, StrictMode, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppBoundary } from './ui/AppBoundary';
import { pinDataRelease } from './data/load';
import { revalidateInlinedData } from './data/revalidate';
import { VIEW_PARAMS } from './state/url';
import { startUrlSync } from './state/urlSync';

const queryClient = new QueryClient();
const container = document.getElementById('root')!;
/**
 * Sets `<html data-hydrated>` once React has committed, so browser tests and
 * the benchmark know when the prerendered controls start answering. Renders
 * nothing, so the client tree still matches the prerendered markup.
 */
function MarkInteractive() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}

const app = (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <AppBoundary>
        <App />
      </AppBoundary>
      <MarkInteractive />
    </QueryClientProvider>
  </StrictMode>
);

/**
 * `dist/index.html` holds the default view prerendered at build time
 * (scripts/prerender.mjs) plus the data it used, as JSON.
 *
 * The markup is hydrated only when it is still there: main.tsx removes it
 * when the URL asks for another view. Hydrating it under another URL state
 * would work (the filter store and the section hook hand React their default
 * state while hydrating, via useSyncExternalStore's server snapshot), but the
 * page would show, and accept clicks on, the wrong filters until then.
 * The inlined data seeds the cache either way, except with view parameters
 * (a pinned data release may mean other data).
 */
function prerenderedState(): DehydratedState | null {
  const script = document.getElementById('__QUERY_STATE__');
  if (!script?.textContent) return null;
  const params = new URLSearchParams(window.location.search);
  if (VIEW_PARAMS.some((name) => params.has(name))) return null;
  try {
    return JSON.parse(script.textContent) as DehydratedState;
  } catch {
    return null;
  }
}

export function start(): void {
  // Before any query runs: a "version figée" embed reads its pinned release's files.
  pinDataRelease(new URLSearchParams(window.location.search).get('release'));
  startUrlSync();
  const state = prerenderedState();
  if (state) hydrate(queryClient, state);
  // The files may have been replaced since the build: read them again, quietly (src/data/revalidate.ts).
  if (state) revalidateInlinedData(queryClient, state);
  if (state && container.hasChildNodes()) {
    // In a transition, hydration is time-sliced: React yields to the browser every few milliseconds instead
    // of hydrating the whole page in one long task (default-priority hydration is never sliced), so a tap
    // during start-up is answered sooner. The prerendered page is already on screen meanwhile.
    startTransition(() => {
      hydrateRoot(container, app);
    });
  } else {
    container.replaceChildren();
    createRoot(container).render(app);
  }
}

/** Starts the app: hydrates the page drawn at build time, or renders from scratch (see main.tsx for when). */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { startTransition, StrictMode, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { registerServiceWorker } from './app/registerServiceWorker';
import { warmChartEngineOnFirstInput } from './charts/engine';
import { DrawingOrderContext, drawingOrder } from './charts/static/drawings';
import { pinDataRelease } from './data/load';
import { AppBoundary } from './ui/AppBoundary';
import { followLegacyHashLinks } from './state/navigation';
import { startUrlSync } from './state/urlSync';
import { whenIdle } from './ui/idle';

const queryClient = new QueryClient();
const container = document.getElementById('root')!;
/**
 * Sets `<html data-hydrated>` once React has committed, so browser tests and
 * the benchmark know when the prerendered controls start answering, then lets
 * the service worker precache the app once the page is idle: its downloads
 * never compete with the view the user came for. Renders nothing, so the
 * client tree still matches the prerendered markup.
 */
function MarkInteractive() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
    warmChartEngineOnFirstInput();
    whenIdle(registerServiceWorker);
  }, []);
  return null;
}

/** The same count as the build's render, so hydration finds the attributes the HTML has. */
const drawingPlaces = drawingOrder();

const app = (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <DrawingOrderContext.Provider value={drawingPlaces}>
        <AppBoundary>
          <App />
        </AppBoundary>
      </DrawingOrderContext.Provider>
      <MarkInteractive />
    </QueryClientProvider>
  </StrictMode>
);

/**
 * Each page of `dist/` holds its view drawn at build time for the default
 * filters (scripts/prerender.mjs), without any data: while hydrating, every
 * view suspends on its data file and React keeps the server's markup on
 * screen until the file has arrived, then hydrates that view. The filter
 * store hands React its default state while hydrating (useSyncExternalStore's
 * server snapshot), so the markup matches; the URL's filters apply right
 * after, and the views they change redraw. A data file replaced since the
 * build (a report author's update) makes its view's markup differ: React then
 * renders that view afresh, with the new figures, which is what we want — so
 * that mismatch is reported quietly, not as an error.
 */
export function start(): void {
  // Before any query runs: a "version figée" embed reads its pinned release's files.
  pinDataRelease(new URLSearchParams(window.location.search).get('release'));
  startUrlSync();
  followLegacyHashLinks();
  // Drawings below the first screen load lazily (src/charts/static/drawings.ts): a printed page needs them all.
  window.addEventListener('beforeprint', () => {
    for (const image of document.querySelectorAll<HTMLImageElement>('img[loading="lazy"]')) image.loading = 'eager';
  });
  if (container.hasChildNodes()) {
    // In a transition, hydration is time-sliced: React yields to the browser every few milliseconds instead
    // of hydrating the whole page in one long task, so a tap during start-up is answered sooner.
    startTransition(() => {
      hydrateRoot(container, app, {
        onRecoverableError: (error) => console.info('Vue redessinée sur le client :', error instanceof Error ? error.message : error),
      });
    });
  } else {
    createRoot(container).render(app);
  }
}

/** Starts the app: hydrates the page drawn at build time, or renders from scratch (see main.tsx for when). */
import { QueryClient } from '@tanstack/react-query';
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { registerServiceWorker } from './app/registerServiceWorker';
import { warmChartEngineOnFirstInput } from './charts/engine';
import { drawingOrder } from './charts/static/drawings';
import { Root } from './app/Root';
import { pinDataRelease } from './data/load';
import { createViewGates, type ViewGates } from './ui/viewGate';
import { currentViewParams, followLegacyHashLinks } from './state/navigation';
import { getFilters, selectFilters, useFilterStore } from './state/store';
import { DEFAULT_FILTERS, type Filters } from './state/filters';
import { startUrlSync } from './state/urlSync';
import { whenIdle } from './ui/idle';

const queryClient = new QueryClient();
const container = document.getElementById('root')!;
/**
 * Once React has committed: `<html data-hydrated>`, so browser tests and the
 * benchmark know when the prerendered controls start answering; then the
 * service worker precaches the app once the page is idle, so its downloads
 * never compete with the view the user came for.
 */
function markInteractive() {
  document.documentElement.dataset.hydrated = 'true';
  whenIdle(loadEveryDrawing);
  warmChartEngineOnFirstInput();
  whenIdle(registerServiceWorker);
}

/** Every build-time drawing of the page, the lazily loaded ones too. */
function loadEveryDrawing() {
  for (const image of document.querySelectorAll<HTMLImageElement>('img[loading="lazy"]')) image.loading = 'eager';
}

/** The same count as the build's render, so hydration finds the attributes the HTML has. */
const drawingPlaces = drawingOrder();

const app = (gates: ViewGates | null) => <Root queryClient={queryClient} drawingPlaces={drawingPlaces} gates={gates} onCommitted={markInteractive} />;

const sameFilters = (a: Filters, b: Filters) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Views far below the first screen hydrate as they are approached (src/ui/viewGate.tsx), unless their
 * drawing may not be what the page should show: then every view hydrates at once.
 */
function hydrationGates(): ViewGates {
  const gates = createViewGates();
  // A link with filters (or another language) than the build drew: every view redraws, none may wait.
  if (!sameFilters(getFilters(), DEFAULT_FILTERS)) gates.releaseAll();
  const unsubscribe = useFilterStore.subscribe((state, previous) => {
    if (sameFilters(selectFilters(state), selectFilters(previous))) return;
    gates.releaseAll();
    unsubscribe();
  });
  window.addEventListener('beforeprint', () => gates.releaseAll(), { once: true });
  // And, unseen, in the background once the page has long been quiet: no drawing stays unchecked for long (a data
  // file replaced since the build, a page printed later), and the cost falls after the start-up the user waits for.
  window.setTimeout(() => whenIdle(() => gates.releaseAll()), BACKGROUND_HYDRATION_AFTER_MS);
  return gates;
}

/** From the start of hydration; past the first few seconds in which a visitor reads, scrolls or taps. */
const BACKGROUND_HYDRATION_AFTER_MS = 6000;

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
/**
 * The head's icon and manifest are relative to the page (the build works under any sub-path). A section
 * followed in place moves the page's address to another folder, and the browser then asks for the icon again,
 * relative to the new address: a 404 per section. Their absolute addresses, taken from the landing page, stay right.
 */
function pinHeadLinks() {
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel="icon"], link[rel="manifest"]')) link.setAttribute('href', link.href);
}

export function start(): void {
  pinHeadLinks();
  // Before any query runs: a "version figée" embed reads its pinned release's files.
  pinDataRelease(currentViewParams().release);
  startUrlSync();
  followLegacyHashLinks();
  // Drawings below the first screen load lazily (src/charts/static/drawings.ts), so the first ones paint sooner.
  // A printed page needs them all, and a print starts too soon after `beforeprint` for an image to arrive: they
  // are all fetched once the page is hydrated and idle (markInteractive), and at `beforeprint` for a print before.
  window.addEventListener('beforeprint', loadEveryDrawing);
  if (container.hasChildNodes()) {
    // In a transition, hydration is time-sliced: React yields to the browser every few milliseconds instead
    // of hydrating the whole page in one long task, so a tap during start-up is answered sooner.
    startTransition(() => {
      hydrateRoot(container, app(hydrationGates()), {
        onRecoverableError: (error) => console.info('Vue redessinée sur le client :', error instanceof Error ? error.message : error),
      });
    });
  } else {
    createRoot(container).render(app(null));
  }
}

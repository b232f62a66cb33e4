/**
 * Build-time prerender of the default view (`scripts/prerender.mjs` calls it).
 *
 * The key figures are in the HTML before any JavaScript runs, so the first
 * paint needs no script and ECharts / MapLibre load afterwards. Data goes
 * through the real loaders (the caller answers `fetch` from `data/` on disk),
 * so only the datasets the default view actually reads end up in the
 * dehydrated state, and a file that fails validation fails here as it would
 * in the browser (its view is then rendered on the client, with its error card).
 */
import { dehydrate, QueryClient, QueryClientProvider, type DehydratedState } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { App } from './app/App';
import { AppBoundary } from './ui/AppBoundary';

export interface PrerenderResult {
  html: string;
  state: DehydratedState;
  /** Errors React reported while rendering (views that will render on the client instead). */
  errors: string[];
}

function tree(queryClient: QueryClient) {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <AppBoundary>
          <App />
        </AppBoundary>
      </QueryClientProvider>
    </StrictMode>
  );
}

/** Waits for every Suspense boundary: loads the data and the lazy components the default view needs. */
async function load(queryClient: QueryClient, errors: string[]): Promise<void> {
  const { prelude } = await prerender(tree(queryClient), {
    onError(error) {
      errors.push(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    },
  });
  await new Response(prelude).text();
}

/**
 * Loads until no new dataset appears, then renders once more with
 * everything resolved: components that read the cache without suspending
 * (the filter bar's labels) then see, as on the client after hydrating the
 * state, every dataset the suspending views loaded. That last render is
 * `renderToString`, which emits no inline script (streamed boundaries would
 * need `$RC` scripts, which the CSP forbids); a boundary that still suspends
 * is marked for client rendering.
 */
export async function render(): Promise<PrerenderResult> {
  const queryClient = new QueryClient();
  let errors: string[] = [];
  for (let pass = 0, known = -1; pass < 4 && known !== queryClient.getQueryCache().getAll().length; pass += 1) {
    known = queryClient.getQueryCache().getAll().length;
    errors = [];
    await load(queryClient, errors);
  }
  const html = renderToString(tree(queryClient), {
    onError(error: unknown) {
      errors.push(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    },
  } as Parameters<typeof renderToString>[1]);
  return { html, state: dehydrate(queryClient), errors };
}

import { QueryErrorResetBoundary, useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, type ReactNode } from 'react';
import { DataLoadError } from '../data/load';
import { ErrorBoundary } from 'react-error-boundary';
import { ErrorCard } from './ErrorCard';
import { LoadingPlaceholder } from './LoadingPlaceholder';
import { ViewGate } from './viewGate';

interface ViewBoundaryProps {
  title?: string;
  /** Height reserved while loading, so the page does not jump. */
  minHeight?: number;
  children: ReactNode;
}

/**
 * One per view: a failure (missing file, bad JSON, schema error, a chunk that
 * could not be loaded, a render bug) replaces only this view with an error
 * card; "Réessayer" refetches, « Recharger » reloads the page for a chunk.
 */
export function ViewBoundary({ title, minHeight = 360, children }: ViewBoundaryProps) {
  return (
    <ViewErrorBoundary title={title}>
      <Suspense fallback={<LoadingPlaceholder minHeight={minHeight} />}>
        {/* While the page hydrates, a view far below the first screen keeps the build's markup until approached. */}
        <ViewGate>{children}</ViewGate>
      </Suspense>
    </ViewErrorBoundary>
  );
}

/**
 * The error half of ViewBoundary, without a Suspense boundary of its own: for
 * lazily loaded views (src/app/lazyView.tsx), whose loading placeholder is the
 * caller's.
 */
export function ViewErrorBoundary({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={reset}
          fallbackRender={({ error, resetErrorBoundary }) => (
            <>
              <ErrorCard error={error} onRetry={resetErrorBoundary} viewTitle={title} />
              <RecoverWhenLoaded error={error} reset={resetErrorBoundary} />
            </>
          )}
        >
          {children}
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}

/**
 * Several views read one file (a chart and its section's « Méthode » panel):
 * when « Réessayer » in one of them brings the file back, every other view
 * that failed on it comes back too, rather than keep an error that is no
 * longer true.
 */
function RecoverWhenLoaded({ error, reset }: { error: unknown; reset: () => void }) {
  const client = useQueryClient();
  useEffect(() => {
    if (!(error instanceof DataLoadError)) return;
    const failed = client.getQueryCache().findAll({ predicate: (query) => query.state.error === error });
    if (failed.length === 0) return;
    return client.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && failed.includes(event.query) && event.query.state.status === 'success') reset();
    });
  }, [client, error, reset]);
  return null;
}

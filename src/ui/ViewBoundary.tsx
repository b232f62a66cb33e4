import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { ErrorCard } from './ErrorCard';
import { LoadingPlaceholder } from './LoadingPlaceholder';

interface ViewBoundaryProps {
  title?: string;
  /** Height reserved while loading, so the page does not jump. */
  minHeight?: number;
  children: ReactNode;
}

/**
 * One per view: a failure (missing file, bad JSON, schema error, render bug)
 * replaces only this view with an error card; "Réessayer" refetches.
 */
export function ViewBoundary({ title, minHeight = 360, children }: ViewBoundaryProps) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={reset}
          fallbackRender={({ error, resetErrorBoundary }) => <ErrorCard error={error} onRetry={resetErrorBoundary} viewTitle={title} />}
        >
          <Suspense fallback={<LoadingPlaceholder minHeight={minHeight} />}>
            {children}
          </Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}

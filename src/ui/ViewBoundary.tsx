import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useT } from '../i18n/i18n';
import { ErrorCard } from './ErrorCard';

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
  const t = useT();
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={reset}
          fallbackRender={({ error, resetErrorBoundary }) => <ErrorCard error={error} onRetry={resetErrorBoundary} viewTitle={title} />}
        >
          <Suspense
            fallback={
              <div className="view-loading" style={{ minHeight }} role="status">
                <span className="sr-only">{t('data.loading')}</span>
              </div>
            }
          >
            {children}
          </Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}

import type { ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { reloadPage } from '../app/loadChunk';
import { useT } from '../i18n/i18n';
import { ErrorCard } from './ErrorCard';

/**
 * The last line of defence around the whole app: an exception no view
 * boundary caught (the header, the nav, the chart registry of an embed or of
 * the presentation) shows a page-sized error card with « Recharger » instead
 * of React unmounting everything into a blank page. Renders no markup of its
 * own while all is well, so the prerendered page hydrates unchanged.
 */
export function AppBoundary({ children }: { children: ReactNode }) {
  return <ErrorBoundary fallbackRender={({ error }) => <PageError error={error} />}>{children}</ErrorBoundary>;
}

function PageError({ error }: { error: unknown }) {
  const t = useT();
  return (
    <main className="app-main page-error" id="main">
      <h1 className="app-title">{t('app.title')}</h1>
      <p>{t('data.pageErrorTitle')}</p>
      <ErrorCard error={error} onRetry={reloadPage} page />
      <p className="error-hint">{t('data.pageErrorHint')}</p>
    </main>
  );
}

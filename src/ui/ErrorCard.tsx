import { ChunkLoadError, reloadPage } from '../app/loadChunk';
import { DataLoadError } from '../data/load';
import { useT } from '../i18n/i18n';

interface ErrorCardProps {
  error: unknown;
  onRetry: () => void;
  /** The view the error replaced, for the heading. */
  viewTitle?: string;
  /** The whole page failed (src/ui/AppBoundary.tsx): no "the rest works" hint, and the button reloads. */
  page?: boolean;
}

/**
 * Shown in place of one view whose data, code or drawing failed. Names the
 * file and the failing field (data), or the module (code), so a report author
 * knows what to fix; the rest of the dashboard keeps working. A module that
 * could not be loaded is fixed by reloading the page (« Recharger »), data by
 * fetching again (« Réessayer »). Error text is rendered as text only.
 */
export function ErrorCard({ error, onRetry, viewTitle, page = false }: ErrorCardProps) {
  const t = useT();
  const chunk = error instanceof ChunkLoadError ? error : null;
  const origin = chunk || error instanceof DataLoadError ? null : renderErrorOrigin(error);
  return (
    <div className="error-card" role="alert" data-error-kind={chunk ? 'chunk' : error instanceof DataLoadError ? 'data' : 'render'}>
      <h3 className="error-title">
        {chunk ? t('data.chunkTitle') : t('data.errorTitle')}
        {viewTitle ? ` — ${viewTitle}` : ''}
      </h3>
      {error instanceof DataLoadError ? (
        <dl className="error-details">
          <div>
            <dt>{t('data.fileLabel')}</dt>
            <dd>
              <code>data/{error.file}</code>
            </dd>
          </div>
          {error.field ? (
            <div>
              <dt>{t('data.fieldLabel')}</dt>
              <dd>
                <code>{error.field}</code>
              </dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      {chunk || origin ? (
        <dl className="error-details">
          <div>
            <dt>{t('data.moduleLabel')}</dt>
            <dd>
              <code>{chunk ? chunk.module : origin!.module}</code>
            </dd>
          </div>
          {origin?.message ? (
            <div>
              <dt>{t('data.detailLabel')}</dt>
              <dd>
                <code>{origin.message}</code>
              </dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      <p>{describe(error, t)}</p>
      {page ? null : <p className="error-hint">{t('data.otherViewsWork')}</p>}
      {chunk || page ? (
        <button type="button" className="button" onClick={reloadPage}>
          {t('data.reload')}
        </button>
      ) : (
        <button type="button" className="button" onClick={onRetry}>
          {t('data.retry')}
        </button>
      )}
    </div>
  );
}

/**
 * Where a render error was thrown: the first script file of its stack (a
 * built chunk such as `assets/ai-adoption-x1y2.js`, or a source file in
 * development), and its message, truncated.
 */
export function renderErrorOrigin(error: unknown): { module: string; message: string } | null {
  if (!(error instanceof Error)) return null;
  const file = /(?:https?:\/\/[^\s)]*?\/)?((?:assets|src)\/[\w./-]+?\.(?:js|mjs|ts|tsx))/.exec(error.stack ?? '')?.[1];
  const message = `${error.name}: ${error.message}`.slice(0, 200);
  return { module: file ?? error.name, message };
}

function describe(error: unknown, t: ReturnType<typeof useT>): string {
  if (error instanceof ChunkLoadError) {
    if (error.reason === 'offline') return t('data.chunkOffline');
    if (error.reason === 'evaluation') return t('data.chunkEvaluation');
    if (error.reason === 'reloaded') return t('data.chunkReloaded');
    return t('data.chunkMissing');
  }
  if (!(error instanceof DataLoadError)) return t('data.errorRender');
  switch (error.kind) {
    case 'http':
      return t('data.errorHttp', { status: error.status ?? '?' });
    case 'network':
      return t('data.errorNetwork');
    case 'json':
      return t('data.errorJson');
    case 'schema':
      return t('data.errorSchema', { message: error.message });
  }
}

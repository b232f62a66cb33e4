import { DataLoadError } from '../data/load';
import { useT } from '../i18n/i18n';

interface ErrorCardProps {
  error: unknown;
  onRetry: () => void;
  /** The view the error replaced, for the heading. */
  viewTitle?: string;
}

/**
 * Shown in place of one view whose data could not be loaded or drawn. Names
 * the file and the failing field so a report author knows what to fix; the
 * rest of the dashboard keeps working. Error text is rendered as text only.
 */
export function ErrorCard({ error, onRetry, viewTitle }: ErrorCardProps) {
  const t = useT();
  const detail = describe(error, t);
  return (
    <div className="error-card" role="alert">
      <h3 className="error-title">
        {t('data.errorTitle')}
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
      <p>{detail}</p>
      <p className="error-hint">{t('data.otherViewsWork')}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('data.retry')}
      </button>
    </div>
  );
}

function describe(error: unknown, t: ReturnType<typeof useT>): string {
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

import { useT } from '../i18n/i18n';

/** Reserves the space of a view while its code or data loads, so nothing jumps; announced to screen readers. */
export function LoadingPlaceholder({ minHeight }: { minHeight: number | string }) {
  const t = useT();
  return (
    <div className="view-loading" style={{ minHeight }} role="status">
      <span className="sr-only">{t('data.loading')}</span>
    </div>
  );
}

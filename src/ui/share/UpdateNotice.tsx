import { useT } from '../../i18n/i18n';
import { useUpdateAvailable } from './updateAvailable';

/** Offered, never forced: reloading in the middle of a workshop would lose the room. */
export function UpdateNotice() {
  const t = useT();
  const apply = useUpdateAvailable();
  if (!apply) return null;
  return (
    <div className="update-notice" role="status">
      <span>{t('share.updateReady')}</span>
      <button type="button" className="button" onClick={apply}>
        {t('share.reload')}
      </button>
    </div>
  );
}

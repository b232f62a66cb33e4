import { useQuery } from '@tanstack/react-query';
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { appRootUrl } from '../../state/navigation';
import { embedUrl, fallbackHeight, helperScriptUrl, iframeSnippet } from '../../charts/export/snippet';
import type { ChartModel } from '../../charts/model';
import { catalogueQuery } from '../../data/queries';
import { useT } from '../../i18n/i18n';
import { copyText } from './browser';

interface EmbedDialogProps {
  model: ChartModel;
  filterQuery: string;
  onClose: () => void;
}

/**
 * The "Intégrer" dialog: a native modal `<dialog>` (focus is trapped inside
 * and Esc closes it; the opener gets focus back through `onClose`). Mounted
 * only while open.
 */
export function EmbedDialog({ model, filterQuery, onClose }: EmbedDialogProps) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const [autoHeight, setAutoHeight] = useState(true);
  const [pinned, setPinned] = useState(false);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const catalogue = useQuery(catalogueQuery());
  const release = catalogue.data?.release ?? null;
  const baseId = useId();

  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
  }, []);

  const appRoot = appRootUrl();
  const src = embedUrl({ appRoot, chartId: model.id, filterQuery, release: pinned ? release : null });
  const height = fallbackHeight(model.height);
  const snippet = iframeSnippet({
    src,
    title: t('share.frameTitle', { title: model.title }),
    height,
    autoHeight,
    scriptUrl: helperScriptUrl(appRoot),
  });

  return (
    <dialog
      ref={dialog}
      className="share-dialog"
      aria-labelledby={`${baseId}-title`}
      aria-describedby={`${baseId}-intro`}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${baseId}-title`} className="share-dialog-title">
        {t('share.dialogTitle', { title: model.title })}
      </h2>
      <p id={`${baseId}-intro`}>{t('share.dialogIntro')}</p>
      <div className="share-options">
        <label>
          <input type="checkbox" checked={autoHeight} onChange={(event) => setAutoHeight(event.target.checked)} /> {t('share.autoHeight')}
        </label>
        <p className="share-hint">{autoHeight ? t('share.autoHeightHint') : t('share.fixedHeight', { height })}</p>
        <label>
          <input type="checkbox" checked={pinned && release !== null} disabled={release === null} onChange={(event) => setPinned(event.target.checked)} />{' '}
          {t('share.pin')}
        </label>
        <p className="share-hint">{release === null ? t('share.pinUnavailable') : t('share.pinHint', { release })}</p>
      </div>
      <label className="share-code-label" htmlFor={`${baseId}-code`}>
        {t('share.code')}
      </label>
      <textarea
        id={`${baseId}-code`}
        className="share-code"
        readOnly
        rows={autoHeight ? 5 : 4}
        value={snippet}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="share-dialog-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            void copyText(snippet).then((ok) => setCopied(ok ? 'yes' : 'no'));
          }}
        >
          {t('share.copyCode')}
        </button>
        <a className="button button-secondary" href={src} target="_blank" rel="noopener">
          {t('share.preview')}
        </a>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('share.close')}
        </button>
      </div>
      <p className="share-status" role="status">
        {copied === 'yes' ? t('share.codeCopied') : copied === 'no' ? t('share.copyFailed') : null}
      </p>
    </dialog>
  );
}

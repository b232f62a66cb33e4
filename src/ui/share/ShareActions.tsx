import { useCallback, useId, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { buildCsv, csvLabels } from '../../charts/export/csv';
import { chartEvidence, evidenceLine } from '../../charts/evidence';
import { imageTexts, type ImageTexts } from '../../charts/export/image';
import { exportFileName, isoDate, type ExportFormat } from '../../charts/export/fileName';
import type { EChartsInstance } from '../../charts/EChart';
import type { ChartModel } from '../../charts/model';
import { useLang, useT } from '../../i18n/i18n';
import { LOCALES } from '../../i18n/format';
import { readAddress } from '../../state/address';
import { selectFilters, useFilterStore } from '../../state/store';
import { serializeFilters } from '../../state/url';
import { useChartSlots } from '../chartSlots';
import { copyText, downloadBlob } from './browser';
import { EmbedDialog } from './EmbedDialog';
import { drawingPng, drawingStandaloneSvg, echartsPng, echartsStandaloneSvg, imagePng, type ChartImage, type SvgDrawing } from './renderImage';

export interface ShareActionsProps {
  model: ChartModel;
  /** ECharts' instance, drawn first if the chart still shows its build-time drawing. */
  getInstance: () => Promise<EChartsInstance | null>;
  /** For charts ECharts does not draw (the map): an image of the chart as drawn. */
  getImage?: () => Promise<ChartImage>;
  /** For charts ECharts does not draw on screen: the chart drawn as SVG for the PNG and SVG exports (the map). */
  getDrawing?: () => Promise<SvgDrawing>;
  /** The element the chart is drawn in: its on-screen size sizes a `getImage` export. */
  getChartBox: () => HTMLElement | null;
}

type Status = { kind: 'busy' | 'done' | 'error'; text: string } | null;

/**
 * "Exporter" (PNG, SVG, CSV), "Copier le lien" and "Intégrer" for one chart.
 * ChartFrame renders it for every chart on the dashboard, so a new chart gets
 * them without doing anything.
 */
export function ShareActions({ model, getInstance, getImage, getDrawing, getChartBox }: ShareActionsProps) {
  const t = useT();
  const lang = useLang();
  const slots = useChartSlots();
  const filters = useFilterStore(useShallow(selectFilters));
  const [exportOpen, setExportOpen] = useState(false);
  const [embedOpen, setEmbedOpen] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const [manualLink, setManualLink] = useState<string | null>(null);
  const exportButton = useRef<HTMLButtonElement>(null);
  const embedButton = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const drawn = model.option !== null || Boolean(getImage) || Boolean(getDrawing);
  const canSvg = (model.option !== null && !getImage) || Boolean(getDrawing);

  const textsForImage = useCallback((): ImageTexts => {
    const date = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long' }).format(new Date());
    // Issue #13: the frame's evidence line goes into the image with the title, caveats and source.
    return imageTexts(model, t('share.exportedOn', { date }), evidenceLine(chartEvidence(model), t));
  }, [lang, model, t]);

  const run = async (format: ExportFormat) => {
    setExportOpen(false);
    exportButton.current?.focus();
    const fileName = exportFileName(model.id, format, new Date());
    setStatus({ kind: 'busy', text: t('share.exporting') });
    try {
      const blob = await makeFile(format);
      downloadBlob(blob, fileName);
      setStatus({ kind: 'done', text: t('share.exported', { name: fileName }) });
    } catch (error) {
      console.warn('Export failed', error);
      setStatus({ kind: 'error', text: t('share.exportFailed') });
    }
  };

  const makeFile = async (format: ExportFormat): Promise<Blob> => {
    if (format === 'csv') {
      const csv = buildCsv(model, {
        url: readAddress().href,
        date: isoDate(new Date()),
        labels: csvLabels(t),
      });
      return new Blob([csv], { type: 'text/csv;charset=utf-8' });
    }
    if (getDrawing) {
      const drawing = await getDrawing();
      return format === 'svg' ? drawingStandaloneSvg(drawing, textsForImage()) : drawingPng(drawing, textsForImage());
    }
    if (getImage) {
      const box = getChartBox()?.getBoundingClientRect();
      return imagePng(await getImage(), { width: box?.width || 800, height: box?.height || model.height }, textsForImage());
    }
    const instance = await getInstance();
    if (!instance) throw new Error('Graphique pas encore dessiné');
    return format === 'svg' ? echartsStandaloneSvg(instance, textsForImage()) : echartsPng(instance, textsForImage());
  };

  const copyLink = async () => {
    const link = readAddress().href;
    if (await copyText(link)) {
      setManualLink(null);
      setStatus({ kind: 'done', text: t('share.linkCopied') });
    } else {
      // No clipboard (plain http, permission refused): show the link to copy by hand.
      setManualLink(link);
      setStatus({ kind: 'error', text: t('share.copyFailed') });
    }
  };

  return (
    <div className="share-actions" role="group" aria-label={t('share.actionsLabel', { title: model.title })}>
      <div
        className="share-menu"
        onKeyDown={(event) => {
          if (event.key === 'Escape' && exportOpen) {
            setExportOpen(false);
            exportButton.current?.focus();
          }
        }}
      >
        <button
          ref={exportButton}
          type="button"
          className="button button-secondary"
          aria-expanded={exportOpen}
          aria-controls={menuId}
          onClick={() => setExportOpen((open) => !open)}
        >
          {t('share.export')}
          <span aria-hidden="true"> ▾</span>
        </button>
        <div id={menuId} className="share-menu-items" hidden={!exportOpen}>
          {drawn ? (
            <button type="button" className="button button-secondary" data-export="png" onClick={() => void run('png')}>
              {t('share.png')}
            </button>
          ) : null}
          {canSvg ? (
            <button type="button" className="button button-secondary" data-export="svg" onClick={() => void run('svg')}>
              {t('share.svg')}
            </button>
          ) : null}
          <button type="button" className="button button-secondary" data-export="csv" onClick={() => void run('csv')}>
            {t('share.csv.button')}
          </button>
        </div>
      </div>
      <button type="button" className="button button-secondary" onClick={() => void copyLink()}>
        {t('share.copyLink')}
      </button>
      <button ref={embedButton} type="button" className="button button-secondary" aria-haspopup="dialog" onClick={() => setEmbedOpen(true)}>
        {t('share.embed')}
      </button>
      {slots.shareAction?.({ id: model.id, title: model.title })}
      <p className={`share-status${status?.kind === 'error' ? ' share-status-error' : ''}`} role="status">
        {status?.text}
      </p>
      {manualLink ? (
        <input className="share-manual-link" readOnly value={manualLink} aria-label={t('share.copyLink')} onFocus={(event) => event.currentTarget.select()} />
      ) : null}
      {embedOpen ? (
        <EmbedDialog
          model={model}
          filterQuery={serializeFilters(filters)}
          onClose={() => {
            setEmbedOpen(false);
            embedButton.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}

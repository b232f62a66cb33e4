/**
 * The map's training layer switch (issue #14 item 4): a checkbox that shows or
 * hides the establishments' towns on both map engines, its legend symbol, and
 * the table of the establishments placed — the layer for keyboard and
 * screen-reader users.
 */
import { useId } from 'react';
import { useT } from '../../i18n/i18n';
import { DataTable } from '../../ui/DataTable';
import type { TrainingMapLayer } from '../training';
import '../../i18n/messages/training';

export function TrainingLayerControl({ layer, shown, onShow }: { layer: TrainingMapLayer; shown: boolean; onShow: (shown: boolean) => void }) {
  const t = useT();
  const id = useId();
  return (
    <div className="rmap-layer" data-training-layer={shown ? 'on' : 'off'}>
      <label className="rmap-layer-toggle" htmlFor={id}>
        <input id={id} type="checkbox" checked={shown} onChange={(event) => onShow(event.target.checked)} aria-describedby={`${id}-hint`} />
        <span className="rmap-layer-symbol" aria-hidden="true" />
        {t('training.demand.layer')}
      </label>
      <p className="rmap-hint" id={`${id}-hint`}>
        {t('training.demand.layerHint')}
      </p>
      <details className="rmap-layer-table">
        <summary>{t('training.demand.layerSummary', { count: layer.table.rows.length })}</summary>
        <DataTable caption={t('training.demand.layerTable')} table={layer.table} id="recruitment-map-training-places" />
      </details>
    </div>
  );
}

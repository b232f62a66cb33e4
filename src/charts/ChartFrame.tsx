import { lazy, Suspense, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { EChartsOption } from 'echarts';
import { useT } from '../i18n/i18n';
import { DataTable } from '../ui/DataTable';
import { useChartDisplay } from '../ui/share/display';
import type { ChartImage } from '../ui/share/renderImage';
import { ShareActions } from '../ui/share/ShareActions';
import { slideOption } from '../ui/share/slideOption';
import type { ChartModel } from './model';
import type { EChartsInstance } from './EChart';
import { IgnoredFilters } from '../features/filters'; // issue #13: active filters this view ignores

const EChart = lazy(() => import('./EChart'));

interface ChartFrameProps {
  model: ChartModel;
  /** Chart-specific controls (e.g. a keyboard-operable sector picker). */
  controls?: ReactNode;
  /** ECharts events (click to select, …); every such interaction also has a keyboard path in `controls`. */
  onEvents?: Record<string, (params: unknown) => void>;
  /** Replaces the ECharts canvas (the map draws itself). */
  children?: ReactNode;
  /** Extra actions (export, embed) rendered beside the "Données" toggle. */
  actions?: (tools: { getInstance: () => EChartsInstance | null }) => ReactNode;
  /**
   * For charts that draw themselves (`children`, e.g. the MapLibre map): returns
   * the chart as drawn, a canvas (`map.getCanvas()`, with `preserveDrawingBuffer`
   * or called right after a render) or an encoded image Blob. The PNG export
   * bakes title, subtitle, source and date around it. Without it, a
   * `children` chart exports CSV only.
   */
  getImage?: () => Promise<ChartImage>;
}

/**
 * One chart with everything that answers "what, where, when, according to
 * whom": title, unit and period, source line, caveats, a text summary and
 * the data table behind it.
 */
export function ChartFrame({ model, controls, onEvents, children, actions, getImage }: ChartFrameProps) {
  const t = useT();
  const display = useChartDisplay();
  const [showTable, setShowTable] = useState(false);
  const [instance, setInstance] = useState<EChartsInstance | null>(null);
  const chartBox = useRef<HTMLDivElement>(null);
  const height = display.chartHeight ?? model.height;
  // Room-readable text on a slide: ECharts' 12 px is unreadable from the back of a room.
  const option = useMemo<EChartsOption | null>(
    () => (display.mode === 'present' && model.option ? slideOption(model.option) : model.option),
    [display.mode, model.option],
  );
  const baseId = useId();
  const titleId = `${baseId}-title`;
  const tableId = `${baseId}-table`;
  const empty = model.option === null && !children;

  return (
    <figure className="chart" data-chart-id={model.id} aria-labelledby={titleId}>
      <header className="chart-header">
        <h3 id={titleId} className="chart-title">
          {model.title}
        </h3>
        <p className="chart-subtitle">{model.subtitle}</p>
        <IgnoredFilters viewId={model.id} />
      </header>
      {controls ? <div className="chart-controls">{controls}</div> : null}
      <div className="chart-box" ref={chartBox} style={{ minHeight: height }}>
        {children ??
          (empty ? (
            <p className="chart-empty" role="status">
              {t('data.noData')}
            </p>
          ) : (
            <Suspense fallback={<div className="chart-skeleton" style={{ height }} aria-hidden="true" />}>
              <div aria-hidden="false">
                <EChart
                  option={option!}
                  ariaLabel={`${model.title}. ${model.summary}`}
                  height={height}
                  onEvents={onEvents}
                  onReady={setInstance}
                />
              </div>
            </Suspense>
          ))}
      </div>
      <p className="sr-only chart-summary">{model.summary}</p>
      {model.notes.length > 0 ? (
        <ul className="chart-notes">
          {model.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      <figcaption className="chart-source">{model.source}</figcaption>
      {display.mode === 'present' ? null : (
        <div className="chart-actions">
          <button type="button" className="button" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((shown) => !shown)}>
            {showTable ? t('chart.hideTable') : t('chart.showTable')}
          </button>
          {actions?.({ getInstance: () => instance })}
          {display.mode === 'dashboard' ? (
            <ShareActions model={model} getInstance={() => instance} getImage={getImage} getChartBox={() => chartBox.current} />
          ) : null}
        </div>
      )}
      <div id={tableId} hidden={!showTable}>
        {showTable ? <DataTable caption={t('chart.tableCaption', { title: model.title })} table={model.table} /> : null}
      </div>
    </figure>
  );
}

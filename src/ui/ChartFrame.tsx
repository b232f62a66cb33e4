import { useCallback, useEffect, useId, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import type { EChartsOption } from 'echarts';
import { useT } from '../i18n/i18n';
import { DataTable } from './DataTable';
import { useChartDisplay } from './share/display';
import type { ChartImage, SvgDrawing } from './share/renderImage';
import { ShareActions } from './share/ShareActions';
import { useHydrated } from './useHydrated';
import { slideDrawing } from '../charts/slideScale';
import { useCompactChart } from '../charts/useCompactChart';
import type { ChartModel } from '../charts/model';
import type { EChartsInstance } from '../charts/EChart';
import { loadChartEngine, useChartEngine, useChartEngineFailure } from '../charts/engine';
import { StaticDrawing } from '../charts/static/StaticDrawing';
import { useBuildTimeDrawing } from '../charts/static/useBuildTimeDrawing';
import { useChartSlots } from './chartSlots';
import { chartEvidence, evidenceLine } from '../charts/evidence';

interface ChartFrameProps {
  model: ChartModel;
  /** Chart-specific controls (e.g. a keyboard-operable sector picker). */
  controls?: ReactNode;
  /** ECharts events (click to select, …); every such interaction also has a keyboard path in `controls`. */
  onEvents?: Record<string, (params: unknown) => void>;
  /** Replaces the ECharts canvas (the map draws itself). */
  children?: ReactNode;
  /** Extra actions (export, embed) rendered beside the "Données" toggle. */
  actions?: (tools: { getInstance: () => Promise<EChartsInstance | null> }) => ReactNode;
  /**
   * For charts that draw themselves (`children`, e.g. the MapLibre map): returns
   * the chart as drawn, a canvas (`map.getCanvas()`, with `preserveDrawingBuffer`
   * or called right after a render) or an encoded image Blob. The PNG export
   * bakes title, subtitle, source and date around it. Without it, a
   * `children` chart exports CSV only.
   */
  getImage?: () => Promise<ChartImage>;
  /** Takes precedence over `getImage`: the chart drawn as SVG, for PNG and SVG exports (the map with its names and legend). */
  getDrawing?: () => Promise<SvgDrawing>;
}

/**
 * One chart with everything that answers "what, where, when, according to
 * whom": title, unit and period, source line, caveats, a text summary and
 * the data table behind it.
 */
export function ChartFrame({ model, controls, onEvents, children, actions, getImage, getDrawing }: ChartFrameProps) {
  const t = useT();
  const display = useChartDisplay();
  const slots = useChartSlots();
  const evidence = useMemo(() => chartEvidence(model), [model]);
  const [showTable, setShowTable] = useState(false);
  const chartBox = useRef<HTMLDivElement>(null);
  // On a slide (issue #12): laid out for the room (text of at least 24 px), or for a phone's height, and a long
  // row list shown one part at a time (src/charts/slideScale.ts).
  const compact = useCompactChart();
  const slide = useMemo(
    () => (display.mode === 'present' ? slideDrawing(model, display.part ?? 0, { compact, reserve: display.reserve }) : null),
    [display.mode, display.part, display.reserve, model, compact],
  );
  const height = slide?.height ?? display.chartHeight ?? model.height;
  // The page is drawn once, at desktop width: a slide opened on a phone (its own, shorter layout) gets its height
  // from the stylesheet before the app runs, so the chart does not shrink under the reader once it has (CLS).
  const phoneSlideHeight = useMemo(
    () =>
      display.mode === 'present' && !compact ? (slideDrawing(model, display.part ?? 0, { compact: true, reserve: display.reserve })?.height ?? null) : null,
    [display.mode, display.part, display.reserve, model, compact],
  );
  const option: EChartsOption | null = slide ? slide.option : model.option;
  const onSlideParts = display.onParts;
  useEffect(() => void (slide && onSlideParts?.(slide)), [slide, onSlideParts]);
  const baseId = useId();
  const titleId = `${baseId}-title`;
  const tableId = `${baseId}-table`;
  const empty = model.option === null && !children;
  const ariaLabel = `${model.title}. ${model.summary}`;

  const drawing = useBuildTimeDrawing(model.id, children ? null : option, height, display.mode);
  const engine = useChartEngine();
  const engineFailure = useChartEngineFailure();
  const hydrated = useHydrated();
  const [instance, setInstance] = useState<EChartsInstance | null>(null);
  // ECharts draws when the build-time drawing is not this chart's (other filters, other data, no
  // drawing) or once the user reaches for the chart; until then the page shows the drawing as built.
  const [reachedFor, setReachedFor] = useState(false);
  // A slide keeps its drawing too: it is drawn at the slide's size, in the font whose widths the build measured
  // (src/charts/static/textMetrics.ts), so ECharts' start-up can wait until the presenter points at the chart.
  const live = !empty && !children && (!drawing.valid || reachedFor);
  const [takenOver, setTakenOver] = useState(false);
  useEffect(() => {
    if (live) void loadChartEngine().catch(() => undefined);
  }, [live]);
  // Nothing correct left to show (no current drawing, ECharts unavailable): the view's error card says so, with
  // « Recharger ». A chart whose build-time drawing is still current keeps it.
  if (live && !engine && engineFailure && !drawing.valid) throw engineFailure;
  const onEngineReady = useCallback((ready: EChartsInstance) => {
    setInstance(ready);
    // Two frames: ECharts paints on the next one; the build-time drawing goes once it is covered.
    requestAnimationFrame(() => requestAnimationFrame(() => setTakenOver(true)));
  }, []);
  // Exports waiting for ECharts' first drawing (a list kept for the component's lifetime).
  const [waiters] = useState<((ready: EChartsInstance | null) => void)[]>(() => []);
  useEffect(() => {
    if (!instance) return;
    waiters.splice(0).forEach((resolve) => resolve(instance));
  }, [instance, waiters]);
  const reachFor = useCallback(() => setReachedFor(true), []);
  /** For exports: ECharts' own instance, loading it first when the chart still shows its build-time drawing. */
  const getInstance = useCallback((): Promise<EChartsInstance | null> => {
    if (instance) return Promise.resolve(instance);
    if (empty || children) return Promise.resolve(null);
    setReachedFor(true);
    return new Promise((resolve) => {
      waiters.push(resolve);
      window.setTimeout(() => resolve(null), 15_000);
    });
  }, [instance, empty, children, waiters]);

  return (
    <figure
      className="chart"
      data-chart-id={model.id}
      data-depends={drawing.depends}
      data-drawing={drawing.valid && !takenOver ? 'build' : live ? 'live' : undefined}
      // Once hydrated, this chart shows what the address asks for (its drawing was checked, or redrawn).
      data-checked={hydrated || undefined}
      aria-labelledby={titleId}
      onPointerOver={reachFor}
      onTouchStart={reachFor}
      onFocus={reachFor}
    >
      <header className="chart-header">
        <h3 id={titleId} className="chart-title">
          {model.title}
        </h3>
        <p className="chart-subtitle">{model.subtitle}</p>
        {/* Issue #13: the active filters this view ignores (filled in by the app, see chartSlots.tsx). */}
        {slots.headerNote?.(model.id)}
      </header>
      {controls ? <div className="chart-controls">{controls}</div> : null}
      <div
        className="chart-box"
        ref={chartBox}
        style={
          {
            minHeight: height,
            ...(phoneSlideHeight !== null && phoneSlideHeight !== height ? { '--phone-height': `${phoneSlideHeight}px` } : {}),
          } as CSSProperties
        }
        data-phone-height={phoneSlideHeight !== null && phoneSlideHeight !== height ? '' : undefined}
      >
        {children ??
          (empty ? (
            <p className="chart-empty" role="status">
              {t('data.noData')}
            </p>
          ) : (
            <>
              {live && engine ? (
                <div aria-hidden="false">
                  <engine.default
                    option={option!}
                    ariaLabel={ariaLabel}
                    height={height}
                    onEvents={onEvents}
                    onReady={onEngineReady}
                    animateFirstDraw={!drawing.valid}
                  />
                </div>
              ) : null}
              {drawing.valid && drawing.entry && !(live && engine && takenOver) ? (
                <StaticDrawing
                  entry={drawing.entry}
                  sizes={drawing.sizes}
                  mainVariant={drawing.mainVariant}
                  height={height}
                  alt={ariaLabel}
                  covered={Boolean(live && engine)}
                  onMissing={reachFor}
                />
              ) : null}
              {!drawing.valid && !engine ? <div className="chart-skeleton" style={{ height }} aria-hidden="true" /> : null}
            </>
          ))}
      </div>
      <p className="sr-only chart-summary">{model.summary}</p>
      {/* Issue #13: what kind of evidence the chart rests on, the weaker « read » values marked « * ». */}
      {evidence.length > 0 ? (
        <p className="chart-evidence" data-evidence={evidence.join(' ')}>
          {evidenceLine(evidence, t)}
        </p>
      ) : null}
      {model.notes.length > 0 ? (
        <ul className="chart-notes">
          {model.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      {/* The sources' own lines are French in every language (the footer says so): marked for screen readers (WCAG 3.1.2). */}
      <figcaption className="chart-source" lang="fr">
        {model.source}
      </figcaption>
      {display.mode === 'present' ? null : (
        <div className="chart-actions">
          <button type="button" className="button" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((shown) => !shown)}>
            {showTable ? t('chart.hideTable') : t('chart.showTable')}
          </button>
          {actions?.({ getInstance })}
          {display.mode === 'dashboard' ? (
            <ShareActions model={model} getInstance={getInstance} getImage={getImage} getDrawing={getDrawing} getChartBox={() => chartBox.current} />
          ) : null}
        </div>
      )}
      <div id={tableId} hidden={!showTable}>
        {showTable ? <DataTable caption={t('chart.tableCaption', { title: model.title })} table={model.table} /> : null}
      </div>
    </figure>
  );
}

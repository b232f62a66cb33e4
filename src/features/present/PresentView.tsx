import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ChartEntry } from '../../charts/registry';
import { useT } from '../../i18n/i18n';
import { ChartDisplayContext, type ChartDisplay } from '../../ui/share/display';
import { navigateView } from '../../ui/share/viewMode';
import { ViewBoundary } from '../../ui/ViewBoundary';
import { slideIndex, slideKeyAction } from './slides';

interface PresentViewProps {
  charts: readonly ChartEntry[];
  /** The `slide` URL parameter: a chart id or a 1-based number. */
  slide: string | null;
}

/** The share of the screen's height a slide's chart takes; the rest is title, source and controls. */
const CHART_SHARE_OF_HEIGHT = 0.58;

function slideChartHeight(): number {
  return Math.max(320, Math.round(window.innerHeight * CHART_SHARE_OF_HEIGHT));
}

export function enterFullscreen(): void {
  const root = document.documentElement;
  // Refused outside a user gesture or in an iframe without allowfullscreen: the slides still work.
  if (!document.fullscreenElement && root.requestFullscreen) root.requestFullscreen().catch(() => undefined);
}

/**
 * `?present=1`: one chart per slide for a workshop room: large type, no
 * chrome, the filters of the dashboard kept. The slide is in the URL
 * (`slide=<chart-id>`) so reloading or sharing the address reopens it.
 */
export function PresentView({ charts, slide }: PresentViewProps) {
  const t = useT();
  const ids = useMemo(() => charts.map((chart) => chart.id), [charts]);
  const index = slideIndex(slide, ids);
  const chart = charts[index];
  const [chartHeight, setChartHeight] = useState(slideChartHeight);

  const goTo = useCallback(
    (next: number) => {
      const target = charts[Math.min(Math.max(next, 0), charts.length - 1)];
      if (target) navigateView({ slide: target.id }, { replace: true });
    },
    [charts],
  );

  const exit = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    navigateView({ present: null, slide: null }, chart ? { hash: chart.section } : {});
  }, [chart]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      if (document.querySelector('dialog[open]')) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const action = slideKeyAction(event.key, target && { tagName: target.tagName, type: (target as HTMLInputElement).type, role: target.getAttribute('role') });
      if (!action) return;
      event.preventDefault();
      // From the URL, not this render's index: two quick presses (a clicker's double press) come before React
      // re-renders, and must still move two slides.
      const current = slideIndex(new URLSearchParams(window.location.search).get('slide'), ids);
      if (action === 'next') goTo(current + 1);
      else if (action === 'previous') goTo(current - 1);
      else if (action === 'first') goTo(0);
      else if (action === 'last') goTo(charts.length - 1);
      else exit();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [charts.length, exit, goTo, ids]);

  useEffect(() => {
    const onResize = () => setChartHeight(slideChartHeight());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);

  useEffect(() => {
    document.documentElement.classList.add('is-presenting');
    return () => document.documentElement.classList.remove('is-presenting');
  }, []);

  const display = useMemo<ChartDisplay>(() => ({ mode: 'present', chartHeight }), [chartHeight]);

  return (
    <main className="present" aria-roledescription={t('present.roleDescription')} aria-label={t('present.label')}>
      <div className="present-slide">
        {chart ? (
          <ChartDisplayContext.Provider value={display}>
            <ViewBoundary key={chart.id} minHeight={chartHeight}>
              <chart.Component />
            </ViewBoundary>
          </ChartDisplayContext.Provider>
        ) : (
          <p className="present-empty">{t('present.empty')}</p>
        )}
      </div>
      <nav className="present-bar" aria-label={t('present.controls')}>
        <button type="button" className="button button-secondary" onClick={() => goTo(index - 1)} disabled={index === 0}>
          <span aria-hidden="true">← </span>
          {t('present.previous')}
        </button>
        <p className="present-counter" aria-live="polite" data-slide={index + 1}>
          {t('present.counter', { current: charts.length ? index + 1 : 0, total: charts.length })}
        </p>
        <button type="button" className="button button-secondary" onClick={() => goTo(index + 1)} disabled={index >= charts.length - 1}>
          {t('present.next')}
          <span aria-hidden="true"> →</span>
        </button>
        <span className="present-hint">{t('present.keysHint')}</span>
        <button type="button" className="button button-secondary" onClick={enterFullscreen}>
          {t('present.fullscreen')}
        </button>
        <button type="button" className="button" onClick={exit}>
          {t('present.exit')}
        </button>
      </nav>
    </main>
  );
}

interface PresentButtonProps {
  /** The chart registry, loaded on demand (charts live in their sections' bundles). */
  loadCharts: () => Promise<readonly ChartEntry[]>;
  /** The section on screen: the presentation starts with its first chart. */
  section: string;
}

export function PresentButton({ loadCharts, section }: PresentButtonProps) {
  const t = useT();
  return (
    <button
      type="button"
      className="button button-secondary present-button"
      onClick={() => {
        // Full screen must be requested within the click; the slide list follows when loaded.
        enterFullscreen();
        void loadCharts().then((charts) => {
          const start = charts.find((chart) => chart.section === section) ?? charts[0];
          if (start) navigateView({ present: '1', slide: start.id });
        });
      }}
    >
      {t('present.start')}
    </button>
  );
}

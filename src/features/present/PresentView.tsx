import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { ChartEntry } from '../../charts/registry';
import { useT } from '../../i18n/i18n';
import { ChartDisplayContext, type ChartDisplay } from '../../ui/share/display';
import { currentRoute, navigate } from '../../state/navigation';
import { ViewBoundary } from '../../ui/ViewBoundary';
import { slideIndex, slideKeyAction } from './slides';

interface PresentViewProps {
  charts: readonly ChartEntry[];
  /** The `slide` URL parameter: a chart id or a 1-based number. */
  slide: string | null;
}

/** The share of the screen's height a slide's chart takes; the rest is title, source and controls. */
const CHART_SHARE_OF_HEIGHT = 0.58;

/** A 1920×1080 projector: the screen the build draws slides for. */
const BUILD_SCREEN_HEIGHT = 1080;

function slideChartHeight(screenHeight: number): number {
  return Math.max(320, Math.round(screenHeight * CHART_SHARE_OF_HEIGHT));
}

function subscribeResize(onChange: () => void) {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

/** The slide's chart height for this screen; while hydrating, the one the build drew at. */
function useSlideChartHeight(): number {
  return useSyncExternalStore(
    subscribeResize,
    () => slideChartHeight(window.innerHeight),
    () => slideChartHeight(BUILD_SCREEN_HEIGHT),
  );
}

/** The slide in the address bar now (not this render's): see the key handler. */
function currentSlide(): string | null {
  const route = currentRoute();
  return route.kind === 'present' ? (route.slide ?? new URLSearchParams(window.location.search).get('slide')) : null;
}

/** The filters, without a slide number: once on a slide's own page, its path says which. */
function queryWithoutSlide(): string {
  const params = new URLSearchParams(window.location.search);
  params.delete('slide');
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function enterFullscreen(): void {
  const root = document.documentElement;
  // Refused outside a user gesture or in an iframe without allowfullscreen: the slides still work.
  if (!document.fullscreenElement && root.requestFullscreen) root.requestFullscreen().catch(() => undefined);
}

/**
 * `present/<chart-id>/`: one chart per slide for a workshop room: large type, no
 * chrome, the filters of the dashboard kept. The slide is in the URL
 * (`present/<chart-id>/`) so reloading or sharing the address reopens it.
 */
export function PresentView({ charts, slide }: PresentViewProps) {
  const t = useT();
  const ids = useMemo(() => charts.map((chart) => chart.id), [charts]);
  const index = slideIndex(slide, ids);
  const chart = charts[index];
  const chartHeight = useSlideChartHeight();

  const goTo = useCallback(
    (next: number) => {
      const target = charts[Math.min(Math.max(next, 0), charts.length - 1)];
      // Each slide is a history entry: Back returns to the previous slide, not out of the deck.
      if (target && target.id !== charts[slideIndex(currentSlide(), ids)]?.id) navigate({ kind: 'present', slide: target.id }, { query: queryWithoutSlide() });
    },
    [charts, ids],
  );

  const exit = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    navigate({ kind: 'dashboard', section: chart?.section ?? 'vue-ensemble' });
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
      const current = slideIndex(currentSlide(), ids);
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
          if (start) navigate({ kind: 'present', slide: start.id });
        });
      }}
    >
      {t('present.start')}
    </button>
  );
}

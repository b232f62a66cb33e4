import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { DeckButton, deckFromHash, goToDeckSlide } from '../deck';
import type { ChartEntry } from '../../charts/registry';
import { SLIDE_CHART_HEIGHT } from '../../charts/slideScale';
import { useT } from '../../i18n/i18n';
import { ChartDisplayContext, type ChartDisplay, type SlidePartInfo } from '../../ui/share/display';
import { currentHash, currentSlide, navigate, queryWithoutSlide, useHash } from '../../state/navigation';
import { ViewBoundary } from '../../ui/ViewBoundary';
import { isKnownSlide, slideIndex, slideKeyAction } from './slides';

interface PresentViewProps {
  charts: readonly ChartEntry[];
  /** The `slide` URL parameter: a chart id or a 1-based number. */
  slide: string | null;
}

export function enterFullscreen(): void {
  const root = document.documentElement;
  // Refused outside a user gesture or in an iframe without allowfullscreen: the slides still work.
  if (!document.fullscreenElement && root.requestFullscreen) root.requestFullscreen().catch(() => undefined);
}

/** A facilitator's deck in the address (`#deck=…&at=…`); none while hydrating (the page was drawn without it). */
function useDeckInAddress() {
  const hash = useHash();
  return useMemo(() => deckFromHash(hash), [hash]);
}

/**
 * The height a caption takes under the chart at 1920×1080 (`.present-caption`: 0.9em of the slide's
 * 1.6vw text, line height 1.5, 110 characters a line or fewer) and its margin.
 */
function captionRoom(caption: string): number {
  const lines = Math.ceil(caption.length / 110);
  return 18 + lines * 42;
}

const ONE_PART: SlidePartInfo = { parts: 1, first: 1, last: 0, total: 0 };

/**
 * `present/<chart-id>/`: one chart per slide for a workshop room: large type, no
 * chrome, the filters of the dashboard kept. The slide is in the URL
 * (`present/<chart-id>/`) so reloading or sharing the address reopens it, and
 * each slide is a history entry. The slide's height comes from the stylesheet
 * (the screen's height less the title, notes and controls); its chart is drawn
 * for a fixed height and fitted into it. A chart with more rows than a slide
 * holds shows them a part at a time: → shows the next part before the next slide.
 */
export function PresentView({ charts, slide }: PresentViewProps) {
  const t = useT();
  const deck = useDeckInAddress();
  const builtIn = useMemo(() => charts.map((chart) => chart.id), [charts]);
  // A facilitator's deck plays its own slides, in its order; without one, the built-in deck: every chart.
  const ids = useMemo(() => (deck ? deck.slides.map((entry) => entry.chart) : builtIn), [deck, builtIn]);
  const known = deck ? true : isKnownSlide(slide, ids);
  const index = deck ? deck.at : slideIndex(slide, ids);
  const chart = known ? charts.find((entry) => entry.id === ids[index]) : undefined;
  const caption = deck?.slides[index]?.note ?? '';
  const slideKey = `${index}:${chart?.id ?? ''}`;

  // The part of a long chart shown, for this slide only; the chart reports how many it has.
  const [partState, setPartState] = useState<{ id: string | undefined; part: number; info: SlidePartInfo }>({ id: slideKey, part: 0, info: ONE_PART });
  const onSlide = partState.id === slideKey ? partState : { id: slideKey, part: 0, info: ONE_PART };
  if (onSlide !== partState) setPartState(onSlide);
  const partRef = useRef(onSlide);
  useEffect(() => {
    partRef.current = onSlide;
  });
  const onParts = useCallback(
    (info: SlidePartInfo) =>
      setPartState((state) =>
        state.info.parts === info.parts && state.info.first === info.first && state.info.total === info.total ? state : { ...state, info },
      ),
    [],
  );

  const total = ids.length;
  const goTo = useCallback(
    (next: number) => {
      const playing = deckFromHash(currentHash());
      if (playing) {
        const target = Math.min(Math.max(next, 0), playing.slides.length - 1);
        if (target !== playing.at) goToDeckSlide(playing.slides, target);
        return;
      }
      const target = charts[Math.min(Math.max(next, 0), charts.length - 1)];
      const slideNow = currentSlide();
      const here = isKnownSlide(slideNow, ids) ? charts[slideIndex(slideNow, ids)]?.id : undefined;
      // Each slide is a history entry: Back returns to the previous slide, not out of the deck.
      if (target && target.id !== here) navigate({ kind: 'present', slide: target.id }, { query: queryWithoutSlide() });
    },
    [charts, ids],
  );

  /** → : the next part of a long chart, then the next slide. */
  const step = useCallback(
    (direction: 1 | -1) => {
      const playing = deckFromHash(currentHash());
      const slideNow = currentSlide();
      if (!playing && !isKnownSlide(slideNow, ids)) return goTo(0);
      const { part, info } = partRef.current;
      const nextPart = part + direction;
      if (nextPart >= 0 && nextPart < info.parts) {
        partRef.current = { ...partRef.current, part: nextPart };
        setPartState((state) => ({ ...state, part: nextPart }));
        return;
      }
      goTo((playing ? playing.at : slideIndex(slideNow, ids)) + direction);
    },
    [goTo, ids],
  );

  const exit = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    navigate({ kind: 'dashboard', section: chart?.section ?? 'vue-ensemble' });
  }, [chart]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (document.querySelector('dialog[open]')) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const action = slideKeyAction(
        event.key,
        target && { tagName: target.tagName, type: (target as HTMLInputElement).type, role: target.getAttribute('role') },
      );
      if (!action) return;
      // Caught on the way down, before the map (MapLibre pans on arrows) or any widget of the slide sees it:
      // the presenter's keys and a clicker's PageUp/PageDown always move the deck.
      event.preventDefault();
      event.stopPropagation();
      // From the URL, not this render's index: two quick presses (a clicker's double press) come before React
      // re-renders, and must still move two slides.
      if (action === 'next') step(1);
      else if (action === 'previous') step(-1);
      else if (action === 'first') goTo(0);
      else if (action === 'last') goTo(total - 1);
      else exit();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [total, exit, goTo, step]);

  useEffect(() => {
    document.documentElement.classList.add('is-presenting');
    return () => document.documentElement.classList.remove('is-presenting');
  }, []);

  // A caption takes its lines out of the chart's height, so the slide still fits the screen.
  const reserve = caption ? captionRoom(caption) : 0;
  const display = useMemo<ChartDisplay>(
    () => ({ mode: 'present', chartHeight: SLIDE_CHART_HEIGHT, reserve, part: onSlide.part, onParts }),
    [onSlide.part, onParts, reserve],
  );
  const { info } = onSlide;
  const atEnd = index >= total - 1 && onSlide.part >= info.parts - 1;
  const atStart = index === 0 && onSlide.part === 0;

  return (
    <main className="present" aria-roledescription={t('present.roleDescription')} aria-label={t('present.label')}>
      <div className="present-slide">
        {!known ? (
          <div className="present-unknown" role="alert">
            <h1 className="present-unknown-title">{t('present.unknownTitle')}</h1>
            <p>{t('present.unknownText', { slide: slide ?? '' })}</p>
            <button type="button" className="button" onClick={() => goTo(0)}>
              {t('present.toFirst')}
            </button>
          </div>
        ) : chart ? (
          <ChartDisplayContext.Provider value={display}>
            <ViewBoundary key={slideKey} minHeight={SLIDE_CHART_HEIGHT}>
              <chart.Component />
            </ViewBoundary>
            {caption ? (
              <p className="present-caption" aria-label={t('present.deck.caption')}>
                {caption}
              </p>
            ) : null}
          </ChartDisplayContext.Provider>
        ) : deck ? (
          <p className="present-empty" role="alert">
            {t('present.deck.missing', { chart: ids[index] ?? '' })}
          </p>
        ) : (
          <p className="present-empty">{t('present.empty')}</p>
        )}
      </div>
      <nav className="present-bar" aria-label={t('present.controls')}>
        <button type="button" className="button button-secondary" onClick={() => step(-1)} disabled={known && atStart}>
          <span aria-hidden="true">← </span>
          {t('present.previous')}
        </button>
        <p className="present-counter" aria-live="polite" data-slide={known ? index + 1 : 0} data-part={onSlide.part + 1}>
          {t('present.counter', { current: known && total ? index + 1 : '–', total })}
        </p>
        {info.parts > 1 ? (
          <p className="present-rows" aria-live="polite">
            {t('present.rows', { first: info.first, last: info.last, total: info.total })}
            {onSlide.part < info.parts - 1 ? ` · ${t('present.moreRows')}` : ''}
          </p>
        ) : null}
        <button type="button" className="button button-secondary" onClick={() => step(1)} disabled={known && atEnd}>
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
    <>
      <DeckButton />
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
    </>
  );
}

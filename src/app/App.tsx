import { Suspense, use, useEffect, type ComponentType } from 'react';
import { EmbedView } from '../features/embed';
import { FilterBar } from '../features/filters';
import { ChartSlotsProvider } from '../ui/chartSlots';
import { APP_CHART_SLOTS } from './chartSlots';
import { OverviewSection } from '../features/overview';
import { PresentButton, PresentView } from '../features/present';
import { useLang, useT } from '../i18n/i18n';
import { LoadingPlaceholder } from '../ui/LoadingPlaceholder';
import { PrintMeta } from '../ui/share/PrintMeta';
import { UpdateNotice } from '../ui/share/UpdateNotice';
import { useViewMode } from '../ui/share/viewMode';
import { loadCharts, loadChartsOf } from './charts';
import { CHART_INDEX, chartSection } from './chartIndex';
import { lazyView } from './lazyView';
import { Nav } from './Nav';
import { useSection } from '../state/navigation';
import { SECTIONS, type SectionId } from '../state/sections';
import { useFilterStore } from '../state/store';

/**
 * The default section is in the main bundle (it is prerendered and hydrated);
 * every other section is its own chunk, fetched when the user opens it.
 */
const SECTION_VIEWS: Record<SectionId, ComponentType> = {
  'vue-ensemble': OverviewSection,
  emploi: lazyView('features/employment', () => import('../features/employment').then((feature) => ({ default: feature.EmploymentSection }))),
  ia: lazyView('features/ai-adoption', () => import('../features/ai-adoption').then((feature) => ({ default: feature.AiAdoptionSection }))),
  recrutements: lazyView('features/recruitment', () => import('../features/recruitment').then((feature) => ({ default: feature.RecruitmentSection }))),
  competences: lazyView('features/skills', () => import('../features/skills').then((feature) => ({ default: feature.SkillsSection }))),
  formations: lazyView('features/training', () => import('../features/training').then((feature) => ({ default: feature.TrainingSection }))),
  metiers: lazyView('features/jobs', () => import('../features/jobs').then((feature) => ({ default: feature.JobsSection }))),
};

export function App() {
  return (
    <ChartSlotsProvider value={APP_CHART_SLOTS}>
      <AppView />
    </ChartSlotsProvider>
  );
}

function AppView() {
  const t = useT();
  const lang = useLang();
  const section = useSection();
  const SectionView = SECTION_VIEWS[section];
  const view = useViewMode();

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t(`nav.${SECTIONS.find((entry) => entry.id === section)!.key}`)} — ${t('app.title')}`;
  }, [lang, section, t]);

  if (view.kind !== 'dashboard') {
    return (
      <Suspense fallback={<p className="sr-only">{t('data.loading')}</p>}>
        <ChartsView view={view} />
      </Suspense>
    );
  }

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <div>
            <p className="app-title">{t('app.title')}</p>
            <p className="app-tagline">{t('app.tagline')}</p>
          </div>
          <div className="app-header-actions">
            <PresentButton loadCharts={loadCharts} section={section} />
            <LanguageSwitch />
          </div>
        </div>
        <p className="app-credit">{t('app.credit')}</p>
      </header>
      <Nav current={section} />
      <FilterBar />
      <main id="main" className="app-main" tabIndex={-1}>
        <Suspense fallback={<LoadingPlaceholder minHeight="60vh" />}>
          <SectionView />
        </Suspense>
      </main>
      <UpdateNotice />
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
        <PrintMeta />
      </footer>
    </div>
  );
}

/** An embed or the presentation: needs the chart registry, which loads with the charts' code. */
function ChartsView({ view }: { view: Exclude<ReturnType<typeof useViewMode>, { kind: 'dashboard' }> }) {
  // The section of the chart shown, and only it: the others load with their first slide.
  const shown = chartSection(view.kind === 'embed' ? view.chartId : (view.slide ?? CHART_INDEX[0]!.id));
  const charts = use(loadChartsOf(shown ? [shown] : []));
  if (view.kind === 'embed') {
    return <EmbedView chart={charts.find((chart) => chart.id === view.chartId)} chartId={view.chartId} release={view.release} />;
  }
  return <PresentView charts={charts} slide={view.slide} />;
}

/** Labelled in the language it switches to, as users scanning for their language expect. */
function LanguageSwitch() {
  const t = useT();
  const lang = useLang();
  const setFilters = useFilterStore((state) => state.setFilters);
  const other = lang === 'fr' ? 'en' : 'fr';
  return (
    <button type="button" className="button button-secondary lang-switch" lang={other} onClick={() => setFilters({ lang: other })}>
      {t('lang.switchTo')}
    </button>
  );
}

import { useEffect, type ComponentType } from 'react';
import { EmbedView } from '../features/embed';
import { FilterBar } from '../features/filters';
import { AiAdoptionSection } from '../features/ai-adoption';
import { EmploymentSection } from '../features/employment';
import { JobsSection } from '../features/jobs';
import { OverviewSection } from '../features/overview';
import { PresentButton, PresentView } from '../features/present';
import { RecruitmentSection } from '../features/recruitment';
import { SkillsSection } from '../features/skills';
import { TrainingSection } from '../features/training';
import { useLang, useT } from '../i18n/i18n';
import { PrintMeta } from '../ui/share/PrintMeta';
import { UpdateNotice } from '../ui/share/UpdateNotice';
import { useViewMode } from '../ui/share/viewMode';
import { CHARTS, findChart } from './charts';
import { Nav } from './Nav';
import { SECTIONS, useSection, type SectionId } from '../state/sections';
import { useFilterStore } from '../state/store';

const SECTION_VIEWS: Record<SectionId, ComponentType> = {
  'vue-ensemble': OverviewSection,
  emploi: EmploymentSection,
  ia: AiAdoptionSection,
  recrutements: RecruitmentSection,
  competences: SkillsSection,
  formations: TrainingSection,
  metiers: JobsSection,
};

export function App() {
  const t = useT();
  const lang = useLang();
  const section = useSection();
  const SectionView = SECTION_VIEWS[section];
  const view = useViewMode();

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t(`nav.${SECTIONS.find((entry) => entry.id === section)!.key}`)} — ${t('app.title')}`;
  }, [lang, section, t]);

  if (view.kind === 'embed') return <EmbedView chart={findChart(view.chartId)} chartId={view.chartId} release={view.release} />;
  if (view.kind === 'present') return <PresentView charts={CHARTS} slide={view.slide} />;

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
            <PresentButton charts={CHARTS} section={section} />
            <LanguageSwitch />
          </div>
        </div>
        <p className="app-credit">{t('app.credit')}</p>
      </header>
      <Nav current={section} />
      <FilterBar />
      <main id="main" className="app-main" tabIndex={-1}>
        <SectionView />
      </main>
      <UpdateNotice />
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
        <PrintMeta />
      </footer>
    </div>
  );
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

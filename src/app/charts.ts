/**
 * The chart registry for embeds and presentation mode, loaded on demand: each
 * section's charts live in that feature's bundle, so the dashboard's first
 * view does not download every chart of every section.
 */
import { lazy } from 'react';
import type { ChartEntry } from '../charts/registry';
import { SECTIONS, type SectionId } from '../state/sections';
import { CHART_INDEX } from './chartIndex';
import { loadChunk } from './loadChunk';

const SECTION_CHARTS: Record<SectionId, () => Promise<ChartEntry[]>> = {
  'vue-ensemble': () => loadChunk('features/overview', () => import('../features/overview')).then((feature) => feature.overviewCharts),
  emploi: () => loadChunk('features/employment', () => import('../features/employment')).then((feature) => feature.employmentCharts),
  ia: () => loadChunk('features/ai-adoption', () => import('../features/ai-adoption')).then((feature) => feature.aiAdoptionCharts),
  recrutements: () => loadChunk('features/recruitment', () => import('../features/recruitment')).then((feature) => feature.recruitmentCharts),
  competences: () => loadChunk('features/skills', () => import('../features/skills')).then((feature) => feature.skillsCharts),
  formations: () => loadChunk('features/training', () => import('../features/training')).then((feature) => feature.trainingCharts),
  metiers: () => loadChunk('features/jobs', () => import('../features/jobs')).then((feature) => feature.jobsCharts),
};

const sectionCharts = new Map<SectionId, Promise<ChartEntry[]>>();
function loadSection(section: SectionId): Promise<ChartEntry[]> {
  let charts = sectionCharts.get(section);
  if (!charts) {
    charts = SECTION_CHARTS[section]();
    // A failed chunk (offline, a release replaced it) may be asked for again.
    charts.catch(() => sectionCharts.delete(section));
    sectionCharts.set(section, charts);
  }
  return charts;
}

let allCharts: Promise<ChartEntry[]> | null = null;

/** Every chart, in the default presentation order: section by section, as in the nav. */
export function loadCharts(): Promise<ChartEntry[]> {
  allCharts ??= Promise.all(SECTIONS.map((section) => loadSection(section.id))).then((lists) => lists.flat());
  return allCharts;
}

/** A chart of a section not loaded yet: its section's bundle loads when it is first shown (another slide). */
const lazyCharts = new Map<string, ChartEntry['Component']>();
function lazyChart(id: string, section: SectionId): ChartEntry['Component'] {
  let Component = lazyCharts.get(id);
  if (!Component) {
    Component = lazy(() =>
      loadSection(section).then((charts) => {
        const entry = charts.find((chart) => chart.id === id);
        if (!entry) throw new Error(`graphique ${id} absent de la section ${section}`);
        return { default: entry.Component };
      }),
    );
    lazyCharts.set(id, Component);
  }
  return Component;
}

const chartsOf = new Map<string, Promise<ChartEntry[]>>();

/**
 * Every chart in presentation order, with the code of `sections` loaded (an embed's or a slide's own
 * section) and every other chart loading with its section when it is shown. The same promise for the same
 * sections, so a component may `use()` it.
 */
export function loadChartsOf(sections: readonly SectionId[]): Promise<ChartEntry[]> {
  const key = sections.join(',');
  let charts = chartsOf.get(key);
  if (!charts) {
    charts = Promise.all(sections.map(loadSection)).then((lists) => {
      const loaded = new Map(lists.flat().map((chart) => [chart.id, chart]));
      return CHART_INDEX.map((place) => loaded.get(place.id) ?? { ...place, Component: lazyChart(place.id, place.section) });
    });
    charts.catch(() => chartsOf.delete(key));
    chartsOf.set(key, charts);
  }
  return charts;
}

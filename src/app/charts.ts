/**
 * The chart registry for embeds and presentation mode, loaded on demand: each
 * section's charts live in that feature's bundle, so the dashboard's first
 * view does not download every chart of every section.
 */
import type { ChartEntry } from '../charts/registry';
import { SECTIONS, type SectionId } from '../state/sections';

const SECTION_CHARTS: Record<SectionId, () => Promise<ChartEntry[]>> = {
  'vue-ensemble': () => import('../features/overview').then((feature) => feature.overviewCharts),
  emploi: () => import('../features/employment').then((feature) => feature.employmentCharts),
  ia: () => import('../features/ai-adoption').then((feature) => feature.aiAdoptionCharts),
  recrutements: () => import('../features/recruitment').then((feature) => feature.recruitmentCharts),
  competences: () => import('../features/skills').then((feature) => feature.skillsCharts),
  formations: () => import('../features/training').then((feature) => feature.trainingCharts),
  metiers: () => import('../features/jobs').then((feature) => feature.jobsCharts),
};

let allCharts: Promise<ChartEntry[]> | null = null;

/** Every chart, in the default presentation order: section by section, as in the nav. */
export function loadCharts(): Promise<ChartEntry[]> {
  allCharts ??= Promise.all(SECTIONS.map((section) => SECTION_CHARTS[section.id]())).then((lists) => lists.flat());
  return allCharts;
}

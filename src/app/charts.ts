/**
 * The chart registry for embeds and presentation mode, loaded on demand: each
 * section's charts live in that feature's bundle, so the dashboard's first
 * view does not download every chart of every section.
 */
import type { ChartEntry } from '../charts/registry';
import { SECTIONS, type SectionId } from '../state/sections';
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

let allCharts: Promise<ChartEntry[]> | null = null;

/** Every chart, in the default presentation order: section by section, as in the nav. */
export function loadCharts(): Promise<ChartEntry[]> {
  allCharts ??= Promise.all(SECTIONS.map((section) => SECTION_CHARTS[section.id]())).then((lists) => lists.flat());
  return allCharts;
}

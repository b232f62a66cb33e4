import type { ChartEntry } from '../charts/registry';
import { aiAdoptionCharts } from '../features/ai-adoption';
import { employmentCharts } from '../features/employment';
import { jobsCharts } from '../features/jobs';
import { overviewCharts } from '../features/overview';
import { recruitmentCharts } from '../features/recruitment';
import { skillsCharts } from '../features/skills';
import { trainingCharts } from '../features/training';

/** Every chart, in the default presentation order: section by section, as in the nav. */
export const CHARTS: ChartEntry[] = [
  ...overviewCharts,
  ...employmentCharts,
  ...aiAdoptionCharts,
  ...recruitmentCharts,
  ...skillsCharts,
  ...trainingCharts,
  ...jobsCharts,
];

export function findChart(id: string): ChartEntry | undefined {
  return CHARTS.find((chart) => chart.id === id);
}

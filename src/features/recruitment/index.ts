import type { ChartEntry } from '../../charts/registry';
export { RecruitmentSection } from './RecruitmentSection';

/** This section's charts, in presentation order (see src/app/charts.ts). */
export const recruitmentCharts: ChartEntry[] = [];

import type { ChartEntry } from '../../charts/registry';
export { JobsSection } from './JobsSection';

/** This section's charts, in presentation order (see src/app/charts.ts). */
export const jobsCharts: ChartEntry[] = [];

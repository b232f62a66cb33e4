import type { ChartEntry } from '../../charts/registry';
export { OverviewSection } from './OverviewSection';

/** This section's charts, in presentation order (see src/app/charts.ts). */
export const overviewCharts: ChartEntry[] = [];

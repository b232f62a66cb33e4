import type { ChartEntry } from '../../charts/registry';
export { OverviewSection } from './OverviewSection';

/** This section's charts, in presentation order (see src/app/charts.ts). The key figures are tiles, not charts. */
export const overviewCharts: ChartEntry[] = [];

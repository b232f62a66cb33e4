import type { ChartEntry } from '../../charts/registry';
export { EmploymentSection } from './EmploymentSection';

/** This section's charts, in presentation order (see src/app/charts.ts). */
export const employmentCharts: ChartEntry[] = [];

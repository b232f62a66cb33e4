import type { ChartEntry } from '../../charts/registry';
export { AiAdoptionSection } from './AiAdoptionSection';

/** This section's charts, in presentation order (see src/app/charts.ts). */
export const aiAdoptionCharts: ChartEntry[] = [];

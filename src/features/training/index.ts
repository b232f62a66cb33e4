import type { ChartEntry } from '../../charts/registry';
export { TrainingSection } from './TrainingSection';

/** This section's charts, in presentation order (see src/app/charts.ts). */
export const trainingCharts: ChartEntry[] = [];

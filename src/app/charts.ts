import type { ChartEntry } from '../charts/registry';

/** Every chart, in the default presentation order (section by section). */
export const CHARTS: ChartEntry[] = [];

export function findChart(id: string): ChartEntry | undefined {
  return CHARTS.find((chart) => chart.id === id);
}

import type { ChartEntry } from '../../charts/registry';
export { SkillsSection } from './SkillsSection';

/** This section's charts, in presentation order (see src/app/charts.ts). */
export const skillsCharts: ChartEntry[] = [];

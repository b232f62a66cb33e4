import type { ChartEntry } from '../../charts/registry';
import { ArticleDomainsCard, JobActivitiesCard, SkillsMatrixChart } from './SkillsCharts';
export { SkillsSection } from './SkillsSection';

/** This section's charts, in presentation order (see src/app/charts.ts). */
export const skillsCharts: ChartEntry[] = [
  { id: 'skills-matrix', section: 'competences', Component: SkillsMatrixChart },
  { id: 'skills-job-activities', section: 'competences', Component: JobActivitiesCard },
  { id: 'skills-article-domains', section: 'competences', Component: ArticleDomainsCard },
];

import type { ChartEntry } from '../../charts/registry';
import { COURSES_CHART_ID } from './coursesChart';
import { JobsCoursesChart } from './JobsCoursesChart';
import { DIRECTORY_ID } from './directoryModel';
import { JobsDirectory } from './JobsDirectory';
export { JobsSection } from './JobsSection';

/**
 * This section's charts, in presentation order (see src/app/charts.ts). The directory is a list drawn as HTML, framed
 * like every chart (issue #12): registered, it has its embed page, its slides (a few jobs at a time) and its CSV.
 */
export const jobsCharts: ChartEntry[] = [
  { id: DIRECTORY_ID, section: 'metiers', Component: JobsDirectory },
  { id: COURSES_CHART_ID, section: 'metiers', Component: JobsCoursesChart },
];

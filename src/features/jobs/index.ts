import type { ChartEntry } from '../../charts/registry';
import { COURSES_CHART_ID } from './coursesChart';
import { JobsCoursesChart } from './JobsCoursesChart';
export { JobsSection } from './JobsSection';

/** This section's charts, in presentation order (see src/app/charts.ts). The directory is a list, not a chart: it is not registered. */
export const jobsCharts: ChartEntry[] = [{ id: COURSES_CHART_ID, section: 'metiers', Component: JobsCoursesChart }];

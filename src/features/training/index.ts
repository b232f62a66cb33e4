import type { ChartEntry } from '../../charts/registry';
import { NormanthiiaTargets } from './NormanthiiaTargets';
import { RncpTable } from './RncpTable';
import { STUDENTS_CHART_ID } from './studentsByDiploma';
import { StudentsByDiplomaChart } from './StudentsByDiplomaChart';
import { NORMANTHIIA_CHART_ID } from './normanthiiaTargets';
import { RNCP_TABLE_ID } from './rncp';
export { TrainingSection } from './TrainingSection';

/** This section's charts, in presentation order (see src/app/charts.ts). */
export const trainingCharts: ChartEntry[] = [
  { id: STUDENTS_CHART_ID, section: 'formations', Component: StudentsByDiplomaChart },
  { id: NORMANTHIIA_CHART_ID, section: 'formations', Component: NormanthiiaTargets },
  { id: RNCP_TABLE_ID, section: 'formations', Component: RncpTable },
];

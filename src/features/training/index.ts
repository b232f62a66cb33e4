import type { ChartEntry } from '../../charts/registry';
import { NormanthiiaTargets } from './NormanthiiaTargets';
import { RncpTable } from './RncpTable';
import { STUDENTS_CHART_ID } from './studentsByDiploma';
import { StudentsByDiplomaChart } from './StudentsByDiplomaChart';
import { NORMANTHIIA_CHART_ID } from './normanthiiaTargets';
import { RNCP_TABLE_ID } from './rncp';
// Issue #14 item 4 (i14): training against demand, and the map's training layer data.
import { TRAINING_DEMAND_CHART_ID } from './buildTrainingDemand';
import { TrainingDemandChart } from './TrainingDemandChart';
export { TrainingSection } from './TrainingSection';
export { useTrainingMapLayer, type TrainingMapLayer } from './trainingMapLayer';

/** This section's charts, in presentation order (see src/app/charts.ts). */
export const trainingCharts: ChartEntry[] = [
  { id: STUDENTS_CHART_ID, section: 'formations', Component: StudentsByDiplomaChart },
  { id: NORMANTHIIA_CHART_ID, section: 'formations', Component: NormanthiiaTargets },
  { id: RNCP_TABLE_ID, section: 'formations', Component: RncpTable },
  { id: TRAINING_DEMAND_CHART_ID, section: 'formations', Component: TrainingDemandChart },
];

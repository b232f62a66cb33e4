import { useMemo } from 'react';
import { ChartFrame } from '../../ui/ChartFrame';
import { useLang } from '../../i18n/i18n';
import { buildStudentsByDiplomaChart } from './studentsByDiploma';
import { useDataset } from '../../data/useDataset';

export function StudentsByDiplomaChart() {
  const data = useDataset('students-by-diploma');
  const lang = useLang();
  const model = useMemo(() => buildStudentsByDiplomaChart(data, lang), [data, lang]);
  return <ChartFrame model={model} />;
}

import { useMemo } from 'react';
import { ChartFrame } from '../../ui/ChartFrame';
import { useLang } from '../../i18n/i18n';
import { buildStudentsByDiplomaChart } from './studentsByDiploma';
import { useDataset } from '../../data/useDataset';
import { useCompactChart } from '../../charts/useCompactChart';

export function StudentsByDiplomaChart() {
  const data = useDataset('students-by-diploma');
  const lang = useLang();
  const compact = useCompactChart();
  const model = useMemo(() => buildStudentsByDiplomaChart(data, lang, { compact }), [data, lang, compact]);
  return <ChartFrame model={model} />;
}

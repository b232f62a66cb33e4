import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { ChartFrame } from '../../charts/ChartFrame';
import { datasetQuery } from '../../data/queries';
import { useLang } from '../../i18n/i18n';
import { useFilterStore } from '../../state/store';
import { buildStudentsByDiplomaChart } from './studentsByDiploma';

export function StudentsByDiplomaChart() {
  const { data } = useSuspenseQuery(datasetQuery('students-by-diploma'));
  const dep = useFilterStore((state) => state.dep);
  const lang = useLang();
  const model = useMemo(() => buildStudentsByDiplomaChart(data, { dep }, lang), [data, dep, lang]);
  return <ChartFrame model={model} />;
}

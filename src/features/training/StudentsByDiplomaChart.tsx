import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { ChartFrame } from '../../ui/ChartFrame';
import { datasetQuery } from '../../data/queries';
import { useLang } from '../../i18n/i18n';
import { buildStudentsByDiplomaChart } from './studentsByDiploma';

export function StudentsByDiplomaChart() {
  const { data } = useSuspenseQuery(datasetQuery('students-by-diploma'));
  const lang = useLang();
  const model = useMemo(() => buildStudentsByDiplomaChart(data, lang), [data, lang]);
  return <ChartFrame model={model} />;
}

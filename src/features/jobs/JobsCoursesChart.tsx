import { useMemo, useState } from 'react';
import { ChartFrame } from '../../ui/ChartFrame';
import { useLang } from '../../i18n/i18n';
import { buildJobsCoursesChart } from './coursesChart';
import { useDataset } from '../../data/useDataset';
import { useCompactChart } from '../../charts/useCompactChart';
import { FamilySelect } from './FamilySelect';
import '../../i18n/messages/jobs';

export function JobsCoursesChart() {
  const lang = useLang();
  const sheets = useDataset('job-sheets');
  const [family, setFamily] = useState<string | null>(null);
  const compact = useCompactChart();
  const model = useMemo(() => buildJobsCoursesChart(sheets, family, lang, { compact }), [sheets, family, lang, compact]);
  return <ChartFrame model={model} controls={<FamilySelect value={family} onChange={setFamily} className="field field-wide" />} />;
}

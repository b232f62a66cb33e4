import { useId, useMemo, useState } from 'react';
import { ChartFrame } from '../../ui/ChartFrame';
import { useLang, useT } from '../../i18n/i18n';
import { buildJobsCoursesChart } from './coursesChart';
import { useDataset } from '../../data/useDataset';
import { useCompactChart } from '../../charts/useCompactChart';
import '../../i18n/messages/jobs';

export function JobsCoursesChart() {
  const t = useT();
  const lang = useLang();
  const sheets = useDataset('job-sheets');
  const families = useDataset('job-families');
  const [family, setFamily] = useState<string | null>(null);
  const id = useId();
  const compact = useCompactChart();
  const model = useMemo(() => buildJobsCoursesChart(sheets, family, lang, { compact }), [sheets, family, lang, compact]);
  return (
    <ChartFrame
      model={model}
      controls={
        <label className="field field-wide" htmlFor={id}>
          {t('jobs.familyFilter')}
          <select id={id} value={family ?? ''} onChange={(event) => setFamily(event.target.value || null)}>
            <option value="">{t('jobs.allFamilies')}</option>
            {families.rows.map((row) => (
              <option key={row.id} value={row.id}>
                {row.label}
              </option>
            ))}
          </select>
        </label>
      }
    />
  );
}

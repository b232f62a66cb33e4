import { useDeferredValue, useId, useMemo, useState } from 'react';
import { ChartFrame } from '../../ui/ChartFrame';
import { useLang, useT } from '../../i18n/i18n';
import { ENGINEERS, STUDY_OCCUPATIONS, TECHNICIANS } from '../../state/filters';
import { useFilterStore } from '../../state/store';
import { buildStudyBasinChart, studyOccupationFor } from './buildStudyBasinChart';
import '../../ui/segmented.css';
import { useDataset } from '../../data/useDataset';
import { useCompactChart } from '../../charts/useCompactChart';

/**
 * The study published one basin chart per occupation. With the default filter
 * (both occupations) the reader picks which one; a single study occupation in
 * the filter decides it.
 */
export function StudyBasinChart() {
  const t = useT();
  const lang = useLang();
  const occupation = useFilterStore((state) => state.occupation);
  const basin = useFilterStore((state) => state.basin);
  const study = useDataset('bmo-study-by-basin');
  // The regional total the study states (270, 410), to say when its bars do not add up to it.
  const byDepartment = useDataset('bmo-study-by-department');
  const [picked, setPicked] = useState<typeof ENGINEERS | typeof TECHNICIANS>(ENGINEERS);
  const shown = occupation === STUDY_OCCUPATIONS ? picked : studyOccupationFor(occupation);
  // Below the map: the chart catches up with a filter change once the views in sight have painted.
  const shownBasin = useDeferredValue(basin);
  const stated = byDepartment.rows.find((row) => row.area === 'normandie' && row.occupation === shown)?.projects;
  const compact = useCompactChart();
  const model = useMemo(
    () => buildStudyBasinChart(study, shown, { basin: shownBasin }, lang, typeof stated === 'number' ? stated : undefined, { compact }),
    [study, shown, shownBasin, lang, stated, compact],
  );
  const name = useId();

  const controls =
    occupation === STUDY_OCCUPATIONS ? (
      <fieldset className="segmented">
        <legend>{t('filters.occupation')}</legend>
        {([ENGINEERS, TECHNICIANS] as const).map((code) => (
          <label key={code}>
            <input type="radio" name={name} value={code} checked={picked === code} onChange={() => setPicked(code)} />
            <span>{t(code === ENGINEERS ? 'filters.engineers' : 'filters.technicians')}</span>
          </label>
        ))}
      </fieldset>
    ) : undefined;

  return <ChartFrame model={model} controls={controls} />;
}

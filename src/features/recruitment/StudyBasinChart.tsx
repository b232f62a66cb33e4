import { useSuspenseQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { ChartFrame } from '../../charts/ChartFrame';
import { datasetQuery } from '../../data/queries';
import { useLang, useT } from '../../i18n/i18n';
import { ENGINEERS, STUDY_OCCUPATIONS, TECHNICIANS } from '../../state/filters';
import { useFilterStore } from '../../state/store';
import { buildStudyBasinChart, studyOccupationFor } from './buildStudyBasinChart';
import '../../ui/segmented.css';

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
  const { data: study } = useSuspenseQuery(datasetQuery('bmo-study-by-basin'));
  const [picked, setPicked] = useState<typeof ENGINEERS | typeof TECHNICIANS>(ENGINEERS);
  const shown = occupation === STUDY_OCCUPATIONS ? picked : studyOccupationFor(occupation);
  // Below the map: the chart catches up with a filter change once the views in sight have painted.
  const shownBasin = useDeferredValue(basin);
  const model = useMemo(() => buildStudyBasinChart(study, shown, { basin: shownBasin }, lang), [study, shown, shownBasin, lang]);
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

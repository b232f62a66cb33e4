import { useDeferredValue, useId, useMemo } from 'react';
import { ChartFrame } from '../../ui/ChartFrame';
import { useLang, useT } from '../../i18n/i18n';
import { useFilterStore } from '../../state/store';
import { BASINS, basinDepartment, isBasinCode } from '../../state/territories';
import { useCompactChart } from '../../charts/useCompactChart';
import { buildBasinRanking } from './buildBasinRanking';
import { useRecruitmentData } from './useRecruitmentData';
import { useTerritorySelection } from './useTerritorySelection';
import '../../i18n/messages/recruitment';

export function BasinRankingChart() {
  const t = useT();
  const lang = useLang();
  const occupation = useFilterStore((state) => state.occupation);
  const measure = useFilterStore((state) => state.measure);
  const data = useRecruitmentData();
  const { basin, dep, toggleBasin } = useTerritorySelection();
  const selectId = useId();
  const compact = useCompactChart();
  // Below the map: the chart catches up with a filter change once the views in sight have painted; its own select stays current.
  const shown = {
    occupation: useDeferredValue(occupation),
    measure: useDeferredValue(measure),
    basin: useDeferredValue(basin),
    dep: useDeferredValue(dep),
  };
  const model = useMemo(
    () => buildBasinRanking(data, { occupation: shown.occupation, measure: shown.measure, basin: shown.basin, dep: shown.dep }, lang, { compact }),
    [data, shown.occupation, shown.measure, shown.basin, shown.dep, lang, compact],
  );
  const onEvents = useMemo(
    () => ({
      click: (params: unknown) => {
        // The category axis holds basin codes (the chart layer's keys).
        const name = (params as { name?: unknown }).name;
        const match = BASINS.find((entry) => entry.code === name);
        if (match) toggleBasin(match.code);
      },
    }),
    [toggleBasin],
  );
  const controls = (
    <label className="field" htmlFor={selectId}>
      <span>{t('recruitment.department.highlight')}</span>
      <select
        id={selectId}
        value={basin ?? ''}
        onChange={(event) => {
          const code = event.target.value;
          if (isBasinCode(code)) toggleBasin(code);
          else if (basin) toggleBasin(basin);
        }}
      >
        <option value="">{t('filters.allBasins')}</option>
        {BASINS.filter((entry) => !dep || basinDepartment(entry.code) === dep || entry.code === basin).map((entry) => (
          <option key={entry.code} value={entry.code}>
            {entry.label}
          </option>
        ))}
      </select>
    </label>
  );
  return <ChartFrame model={model} onEvents={onEvents} controls={controls} />;
}

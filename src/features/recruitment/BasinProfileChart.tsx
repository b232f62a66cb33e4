import { useDeferredValue, useId, useMemo } from 'react';
import { ChartFrame } from '../../ui/ChartFrame';
import { useCompactChart } from '../../charts/useCompactChart';
import { useLang, useT } from '../../i18n/i18n';
import { useFilterStore } from '../../state/store';
import { buildBasinProfile } from './buildBasinProfile';
import { useRecruitmentData } from './useRecruitmentData';
import '../../i18n/messages/recruitment';

/**
 * What the selected basin (or department, or Normandie) recruits. Clicking a
 * bar, or choosing in the list (the keyboard path), sets the occupation
 * filter, so every view follows that occupation.
 */
export function BasinProfileChart() {
  const t = useT();
  const lang = useLang();
  const compact = useCompactChart();
  const data = useRecruitmentData();
  const setFilters = useFilterStore((state) => state.setFilters);
  const occupation = useFilterStore((state) => state.occupation);
  const shown = {
    basin: useDeferredValue(useFilterStore((state) => state.basin)),
    dep: useDeferredValue(useFilterStore((state) => state.dep)),
    occupation: useDeferredValue(occupation),
  };
  const selectId = useId();
  const { model, profile } = useMemo(
    () => buildBasinProfile(data, { basin: shown.basin, dep: shown.dep, occupation: shown.occupation }, lang, { compact }),
    [data, shown.basin, shown.dep, shown.occupation, lang, compact],
  );
  const codes = useMemo(() => new Set(profile.top.map((datum) => datum.code)), [profile]);
  const onEvents = useMemo(
    () => ({
      click: (params: unknown) => {
        const index = (params as { dataIndex?: unknown }).dataIndex;
        const datum = typeof index === 'number' ? profile.top[index] : undefined;
        if (datum) setFilters({ occupation: datum.code });
      },
    }),
    [profile, setFilters],
  );
  const controls =
    profile.top.length > 0 ? (
      <label className="field" htmlFor={selectId}>
        <span>{t('recruitment.profile.pick')}</span>
        <select
          id={selectId}
          value={codes.has(occupation) ? occupation : ''}
          onChange={(event) => {
            const code = event.target.value;
            if (codes.has(code)) setFilters({ occupation: code });
          }}
        >
          <option value="">{t('recruitment.profile.pickNone')}</option>
          {profile.top.map((datum) => (
            <option key={datum.code} value={datum.code}>
              {`${datum.rank}. ${datum.label}`}
            </option>
          ))}
        </select>
      </label>
    ) : null;
  return <ChartFrame model={model} onEvents={onEvents} controls={controls} />;
}

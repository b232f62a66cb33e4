import { useDeferredValue, useId, useMemo } from 'react';
import { useCompactChart } from '../../charts/useCompactChart';
import { ChartFrame } from '../../ui/ChartFrame';
import { BMO_CURRENT } from '../../data/schemas/bmo';
import { useLang, useT } from '../../i18n/i18n';
import { MAX_COMPARED, compareValue, territoryOf } from '../../state/compare';
import { useFilterStore } from '../../state/store';
import { BASINS, DEPARTMENTS } from '../../state/territories';
import { buildTerritoryComparison, shownTokens, territoryLabel } from './buildTerritoryComparison';
import { useRecruitmentData } from './useRecruitmentData';
import { useDataset } from '../../data/useDataset';
import '../../i18n/messages/recruitment';

/** Up to four territories side by side; the list lives in the URL (`compare`), so it survives Back, links and embeds. */
export function TerritoryComparisonChart() {
  const t = useT();
  const lang = useLang();
  const data = useRecruitmentData();
  const national = useDataset(BMO_CURRENT.france);
  const setFilters = useFilterStore((state) => state.setFilters);
  // Below the map: the chart catches up with a filter change once the views in sight have painted.
  const compare = useDeferredValue(useFilterStore((state) => state.compare));
  const basin = useDeferredValue(useFilterStore((state) => state.basin));
  const dep = useDeferredValue(useFilterStore((state) => state.dep));
  const occupation = useDeferredValue(useFilterStore((state) => state.occupation));
  const addId = useId();
  const compact = useCompactChart();
  const tokens = shownTokens({ compare, basin, dep });
  const model = useMemo(
    () =>
      buildTerritoryComparison(
        { national: national.rows, rows: data.rows, occupations: data.occupations, source: data.source },
        { occupation, compare, basin, dep },
        lang,
        { compact },
      ),
    [national, data, occupation, compare, basin, dep, lang, compact],
  );
  const setTokens = (next: string[]) => setFilters({ compare: compareValue(next) });
  const full = tokens.length >= MAX_COMPARED;
  const option = (token: string) =>
    tokens.includes(token as never) ? null : (
      <option key={token} value={token}>
        {territoryLabel(token as never, lang)}
      </option>
    );
  const controls = (
    <div className="compare-controls">
      <p className="compare-chosen-label" id={`${addId}-chosen`}>
        {t('recruitment.compare.chosen')}
      </p>
      <ul className="compare-chosen" aria-labelledby={`${addId}-chosen`}>
        {tokens.map((token) => (
          <li key={token}>
            <span>{territoryLabel(token, lang)}</span>
            <button
              type="button"
              className="button"
              aria-label={t('recruitment.compare.remove', { name: territoryLabel(token, lang) })}
              disabled={tokens.length <= 1}
              onClick={() => setTokens(tokens.filter((other) => other !== token))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <label className="field" htmlFor={addId}>
        <span>{t('recruitment.compare.add')}</span>
        <select
          id={addId}
          value=""
          disabled={full}
          aria-describedby={full ? `${addId}-full` : undefined}
          onChange={(event) => {
            const token = event.target.value;
            if (territoryOf(token)) setTokens([...tokens, token]);
          }}
        >
          <option value="">{t('recruitment.compare.addNone')}</option>
          <optgroup label={t('recruitment.compare.wholes')}>{['normandie', 'france'].map(option)}</optgroup>
          <optgroup label={t('recruitment.compare.departments')}>{DEPARTMENTS.map((entry) => option(entry.code))}</optgroup>
          <optgroup label={t('recruitment.compare.basins')}>{BASINS.map((entry) => option(entry.code))}</optgroup>
        </select>
      </label>
      {full ? (
        <p id={`${addId}-full`} className="compare-full">
          {t('recruitment.compare.full')}
        </p>
      ) : null}
    </div>
  );
  return <ChartFrame model={model} controls={controls} />;
}

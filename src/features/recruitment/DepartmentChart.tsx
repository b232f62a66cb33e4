import { useDeferredValue, useMemo } from 'react';
import { ChartFrame } from '../../ui/ChartFrame';
import { useLang } from '../../i18n/i18n';
import { useCompactChart } from '../../charts/useCompactChart';
import { useFilterStore } from '../../state/store';
import { DEPARTMENTS } from '../../state/territories';
import { DepartmentButtons } from './BasinList';
import { buildDepartmentChart } from './buildDepartmentChart';
import { useRecruitmentData } from './useRecruitmentData';
import { useTerritorySelection } from './useTerritorySelection';
import { useDataset } from '../../data/useDataset';

export function DepartmentChart() {
  const lang = useLang();
  const occupation = useFilterStore((state) => state.occupation);
  const data = useRecruitmentData();
  const study = useDataset('bmo-study-by-department');
  const compact = useCompactChart();
  const selection = useTerritorySelection();
  const { dep, basin, toggleDepartment } = selection;
  // Below the map: the chart catches up with a filter change once the views in sight have painted.
  const shownOccupation = useDeferredValue(occupation);
  const shownDep = useDeferredValue(dep);
  const model = useMemo(
    () => buildDepartmentChart(data, study, { occupation: shownOccupation, dep: shownDep }, lang, { compact }),
    [data, study, shownOccupation, shownDep, lang, compact],
  );
  const onEvents = useMemo(
    () => ({
      click: (params: unknown) => {
        const name = (params as { name?: unknown }).name;
        const match = DEPARTMENTS.find((entry) => entry.label === name);
        if (match) toggleDepartment(match.code);
      },
    }),
    [toggleDepartment],
  );
  return <ChartFrame model={model} onEvents={onEvents} controls={<DepartmentButtons dep={dep} basin={basin} onToggle={toggleDepartment} />} />;
}

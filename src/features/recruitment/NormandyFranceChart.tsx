import { useDeferredValue, useMemo } from 'react';
import { ChartFrame } from '../../ui/ChartFrame';
import { useCompactChart } from '../../charts/useCompactChart';
import { BMO_CURRENT } from '../../data/schemas/bmo';
import { useLang } from '../../i18n/i18n';
import { useFilterStore } from '../../state/store';
import { buildNormandyFrance } from './buildNormandyFrance';
import { useRecruitmentData } from './useRecruitmentData';
import { useDataset } from '../../data/useDataset';

/** Normandy against France for the occupation filter (national aggregates only: ~20 KiB gzip). */
export function NormandyFranceChart() {
  const lang = useLang();
  const compact = useCompactChart();
  const occupation = useDeferredValue(useFilterStore((state) => state.occupation));
  const data = useRecruitmentData();
  const national = useDataset(BMO_CURRENT.france);
  const model = useMemo(
    () =>
      buildNormandyFrance({ national: national.rows, rows: data.rows, occupations: data.occupations, source: data.source }, { occupation }, lang, { compact }),
    [national, data, occupation, lang, compact],
  );
  return <ChartFrame model={model} />;
}

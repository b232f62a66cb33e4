import { useSuspenseQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { localiseDataset } from '../../data/labels';
import { datasetQuery } from '../../data/queries';
import { useLang } from '../../i18n/i18n';
import { BMO_CURRENT } from '../../data/schemas/bmo';
import type { RecruitmentData } from './buildRecruitmentMap';

/** The current BMO vintage: rows and occupation labels, fetched in parallel. */
export function useRecruitmentData(): RecruitmentData {
  const [rows, occupations] = useSuspenseQueries({
    queries: [datasetQuery(BMO_CURRENT.rows), datasetQuery(BMO_CURRENT.occupations)],
  });
  const lang = useLang();
  // One object per loaded dataset and language, not per render: views memoise what they derive from it.
  return useMemo(
    () => ({ rows: rows.data.rows, occupations: localiseDataset(occupations.data, lang).rows, source: rows.data.source }),
    [rows.data, occupations.data, lang],
  );
}

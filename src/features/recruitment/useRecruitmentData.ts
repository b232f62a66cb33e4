import { useSuspenseQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { datasetQuery } from '../../data/queries';
import { BMO_CURRENT } from '../../data/schemas/bmo';
import type { RecruitmentData } from './buildRecruitmentMap';

/** The current BMO vintage: rows and occupation labels, fetched in parallel. */
export function useRecruitmentData(): RecruitmentData {
  const [rows, occupations] = useSuspenseQueries({
    queries: [datasetQuery(BMO_CURRENT.rows), datasetQuery(BMO_CURRENT.occupations)],
  });
  // One object per loaded dataset, not per render: views memoise what they derive from it.
  return useMemo(
    () => ({ rows: rows.data.rows, occupations: occupations.data.rows, source: rows.data.source }),
    [rows.data, occupations.data],
  );
}

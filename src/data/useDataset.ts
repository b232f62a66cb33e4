import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useFilterStore } from '../state/store';
import { localiseDataset } from './labels';
import { datasetQuery, type Dataset } from './queries';
import type { DatasetId } from './registry';

/**
 * A dataset as a view shows it: loaded and validated (suspends until then),
 * with its category labels in the page's language (`labels.ts`). Builders
 * receive it ready, so none of them translates a data label itself.
 */
export function useDataset<Id extends DatasetId>(id: Id): Dataset<Id> {
  const { data } = useSuspenseQuery(datasetQuery(id));
  // The page's language, from the store (the data layer sits below i18n).
  const lang = useFilterStore((state) => state.lang);
  return useMemo(() => localiseDataset(data as Dataset<Id> & { id?: string; rows: readonly unknown[] }, lang), [data, lang]);
}

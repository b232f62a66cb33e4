/**
 * TanStack Query options, one factory per dataset id. Files are immutable for
 * a page's lifetime, so they never go stale; a failed load is retried only
 * when the user presses "Réessayer" (a broken file will not fix itself).
 */
import { queryOptions } from '@tanstack/react-query';
import * as v from 'valibot';
import { Catalogue } from './contract';
import { loadValidated } from './load';
import { datasets, type DatasetId } from './registry';

export type Dataset<Id extends DatasetId> = v.InferOutput<(typeof datasets)[Id]['schema']>;

export function datasetQuery<Id extends DatasetId>(id: Id) {
  const definition = datasets[id];
  return queryOptions({
    queryKey: ['dataset', id],
    queryFn: ({ signal }) => loadValidated(definition.file, definition.schema, signal) as Promise<Dataset<Id>>,
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}

export const catalogueQuery = () =>
  queryOptions({
    queryKey: ['catalogue'],
    queryFn: ({ signal }) => loadValidated('index.json', Catalogue, signal, true),
    staleTime: Infinity,
    retry: false,
  });

/**
 * GeoJSON files have no dataset envelope, so they are not in the dataset
 * registry: they are loaded and validated here, cached like datasets.
 */
import { queryOptions } from '@tanstack/react-query';
import { loadValidated } from '../../data/load';
import { geoFiles } from '../../data/schemas/bmo';

const options = { staleTime: Infinity, gcTime: Infinity, retry: false } as const;

export const basinsGeoQuery = () =>
  queryOptions({
    queryKey: ['geo', 'basins'],
    queryFn: ({ signal }) => loadValidated(geoFiles.basins.file, geoFiles.basins.schema, signal),
    ...options,
  });

export const departementsGeoQuery = () =>
  queryOptions({
    queryKey: ['geo', 'departements'],
    queryFn: ({ signal }) => loadValidated(geoFiles.departements.file, geoFiles.departements.schema, signal),
    ...options,
  });

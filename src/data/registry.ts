import { bmoDatasets } from './schemas/bmo';
import { jobsDatasets } from './schemas/jobs';
import { studyDatasets } from './schemas/study';

/** Every dataset the dashboard knows, by id. The ids are the files' `id` fields. */
export const datasets = {
  ...studyDatasets,
  ...jobsDatasets,
  ...bmoDatasets,
} as const;

export type DatasetId = keyof typeof datasets;

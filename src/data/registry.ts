import { bmoDatasets } from './schemas/bmo';
import { jobsDatasets } from './schemas/jobs';
import { studyDatasets } from './schemas/study';
import { trainingDatasets } from './schemas/training';
import { jobMappingDatasets } from './schemas/jobMapping';

/** Every dataset the dashboard knows, by id. The ids are the files' `id` fields. */
export const datasets = {
  ...studyDatasets,
  ...jobsDatasets,
  ...bmoDatasets,
  ...trainingDatasets,
  ...jobMappingDatasets,
} as const;

export type DatasetId = keyof typeof datasets;

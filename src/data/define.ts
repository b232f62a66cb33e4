import * as v from 'valibot';
import { datasetSchema } from './contract';

/**
 * Declares one dataset: where its file lives under `data/`, which section of
 * the dashboard it feeds, and the schema of its rows. The loader, the
 * catalogue script and the validation tests all read these declarations.
 */
export function defineDataset<TRow extends v.GenericSchema>(file: string, group: DatasetGroup, row: TRow) {
  return { file, group, row, schema: datasetSchema(row) } as const;
}

export type DatasetGroup =
  | 'emploi'
  | 'marche-travail'
  | 'ia-entreprises'
  | 'recrutements'
  | 'competences'
  | 'formations'
  | 'metiers'
  | 'geographie';

export type DatasetDefinition = ReturnType<typeof defineDataset>;

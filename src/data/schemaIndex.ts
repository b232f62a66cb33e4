/**
 * Every schema a data file is checked against, by name, so another thread
 * (the validation worker) can be told which one to apply: functions do not
 * cross threads, names do.
 */
import type * as v from 'valibot';
import { Catalogue } from './contract';
import { datasets } from './registry';
import { geoFiles } from './schemas/bmo';

export const SCHEMAS: ReadonlyMap<string, v.GenericSchema> = new Map<string, v.GenericSchema>([
  ['catalogue', Catalogue],
  ...Object.entries(datasets).map(([id, dataset]) => [`dataset:${id}`, dataset.schema] as [string, v.GenericSchema]),
  ...Object.entries(geoFiles).map(([id, geo]) => [`geo:${id}`, geo.schema] as [string, v.GenericSchema]),
]);

const names = new Map([...SCHEMAS].map(([name, schema]) => [schema, name]));

/** The name of a schema of the index, or null for one it does not hold (then it is checked on the page's thread). */
export function schemaName(schema: v.GenericSchema): string | null {
  return names.get(schema) ?? null;
}

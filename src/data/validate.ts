/**
 * What a data file must be, and what is said when it is not: every failure is
 * a DataLoadError naming the file and, for schema failures, the field path,
 * so the error card can tell a report author exactly what to fix. Pure (no
 * DOM, no fetch): also run by the validation worker (validate.worker.ts).
 */
import * as v from 'valibot';

export type DataErrorKind = 'network' | 'http' | 'json' | 'schema';

export class DataLoadError extends Error {
  readonly file: string;
  readonly kind: DataErrorKind;
  readonly status?: number;
  /** Dotted path of the first failing field, e.g. "rows.3.value". */
  readonly field?: string;

  constructor(init: { file: string; kind: DataErrorKind; message: string; status?: number; field?: string }) {
    super(init.message);
    this.name = 'DataLoadError';
    this.file = init.file;
    this.kind = init.kind;
    this.status = init.status;
    this.field = init.field;
  }
}

export function describeIssue(issues: readonly v.BaseIssue<unknown>[]): { field: string; message: string } {
  const issue = issues[0];
  if (!issue) return { field: '(racine)', message: 'format invalide' };
  // Descend to the deepest issue of a union so the path names the real field.
  let deepest: v.BaseIssue<unknown> = issue;
  while (deepest.issues?.length) deepest = deepest.issues[0]!;
  const path = v.getDotPath(deepest) ?? v.getDotPath(issue);
  return { field: path ?? '(racine)', message: deepest.message };
}

export function parseJson(path: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new DataLoadError({
      file: path,
      kind: 'json',
      message: `${path} n’est pas un JSON valide (${(cause as Error).message})`,
    });
  }
}

export function validate<TSchema extends v.GenericSchema>(file: string, schema: TSchema, json: unknown): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, json);
  if (result.success) return result.output;
  const { field, message } = describeIssue(result.issues);
  throw new DataLoadError({ file, kind: 'schema', field, message });
}

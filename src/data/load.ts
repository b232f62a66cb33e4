/**
 * Fetches a data file and validates it. Every failure becomes a
 * DataLoadError naming the file and, for schema failures, the field path, so
 * the error card can tell a report author exactly what to fix.
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

/** Where data files are served: `data/` beside index.html, wherever the app is hosted. */
export function dataUrl(file: string): string {
  return `${import.meta.env.BASE_URL}data/${file}`;
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

export async function fetchJson(file: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(dataUrl(file), { signal });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new DataLoadError({ file, kind: 'network', message: `Impossible de télécharger ${file}` });
  }
  if (!response.ok) {
    throw new DataLoadError({ file, kind: 'http', status: response.status, message: `${file} : HTTP ${response.status}` });
  }
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new DataLoadError({
      file,
      kind: 'json',
      message: `${file} n’est pas un JSON valide (${(cause as Error).message})`,
    });
  }
}

export function validate<TSchema extends v.GenericSchema>(file: string, schema: TSchema, json: unknown): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, json);
  if (result.success) return result.output;
  const { field, message } = describeIssue(result.issues);
  throw new DataLoadError({ file, kind: 'schema', field, message });
}

export async function loadValidated<TSchema extends v.GenericSchema>(
  file: string,
  schema: TSchema,
  signal?: AbortSignal,
): Promise<v.InferOutput<TSchema>> {
  return validate(file, schema, await fetchJson(file, signal));
}

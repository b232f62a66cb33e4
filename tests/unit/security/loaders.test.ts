/**
 * Bad input, for EVERY dataset the registry declares (new datasets are
 * covered automatically): malformed variants derived from the real file go
 * through the real loader (`loadValidated`, fetch stubbed) and must end in a
 * DataLoadError naming the file, never in data a chart would draw.
 * Strings with HTML in text fields are legitimately strings: that they are
 * rendered as text is proved in `render-as-text.test.tsx`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DataLoadError, loadValidated } from '../../../src/data/load';
import { datasets } from '../../../src/data/registry';

const DATA_DIR = resolve(import.meta.dirname, '../../../data');
const HTML_PAYLOAD = '<img src=x onerror="alert(1)"><script>alert(2)</script>';

type Json = Record<string, unknown> & { rows: Record<string, unknown>[] };

/**
 * Numeric fields that may legitimately be negative or unbounded, with why.
 * A new dataset whose numeric field lands here must say why; anything else
 * must reject negatives and absurdly large values.
 */
const SIGNED_OR_UNBOUNDED: Record<string, { field: string; why: string }[]> = {
  '*': [
    { field: 'order', why: 'display order, not a measure' },
    { field: 'derivedEstimate', why: 'arithmetic estimate, checked against derivedRange by the data tests' },
  ],
  'employment-key-figures': [{ field: 'value', why: 'mixes counts, ages and signed evolutions in points (one Measure column)' }],
};

function exempt(id: string, field: string): boolean {
  return [...(SIGNED_OR_UNBOUNDED['*'] ?? []), ...(SIGNED_OR_UNBOUNDED[id] ?? [])].some((entry) => entry.field === field);
}

const entries = Object.entries(datasets).map(([id, definition]) => ({ id, file: definition.file, schema: definition.schema }));

function readDataset(file: string): Json {
  return JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8')) as Json;
}

/** Top-level row fields holding a plain number somewhere in the file, with the first row that has one. */
function numericFields(json: Json): { field: string; row: number }[] {
  const found = new Map<string, number>();
  json.rows.forEach((row, index) => {
    for (const [field, value] of Object.entries(row)) if (typeof value === 'number' && !found.has(field)) found.set(field, index);
  });
  return [...found].map(([field, row]) => ({ field, row }));
}

/** Top-level string fields of the metadata and of the first row. */
function textFields(json: Json): { path: (string | number)[] }[] {
  const meta = Object.entries(json)
    .filter(([, value]) => typeof value === 'string')
    .map(([key]) => ({ path: [key] }));
  const row = Object.entries(json.rows[0] ?? {})
    .filter(([, value]) => typeof value === 'string')
    .map(([key]) => ({ path: ['rows', 0, key] }));
  return [...meta, ...row];
}

function withValue(json: Json, path: (string | number)[], value: unknown): Json {
  const copy = structuredClone(json);
  let target: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[path.at(-1)!] = value;
  return copy;
}

function respondWith(body: string, status = 200) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status })),
  );
}

async function outcome(file: string, schema: (typeof entries)[number]['schema'], body: string): Promise<DataLoadError | unknown> {
  respondWith(body);
  try {
    return await loadValidated(file, schema);
  } catch (error) {
    return error;
  }
}

async function expectRejected(file: string, schema: (typeof entries)[number]['schema'], body: string, field?: RegExp) {
  const result = await outcome(file, schema, body);
  expect(result, `accepted: ${body.slice(0, 120)}…`).toBeInstanceOf(DataLoadError);
  const error = result as DataLoadError;
  expect(error.file).toBe(file);
  if (field) expect(error.field ?? '').toMatch(field);
}

afterEach(() => vi.unstubAllGlobals());

describe.each(entries)('dataset $id ($file) fed malformed data', ({ id, file, schema }) => {
  const real = readDataset(file);

  it('accepts the real file (the variants below differ from it in one place)', async () => {
    const result = await outcome(file, schema, JSON.stringify(real));
    expect(result).not.toBeInstanceOf(Error);
  });

  it('rejects a body of the wrong shape: array, null, string, rows not a list', async () => {
    for (const body of ['[]', 'null', '"rows"', '42']) await expectRejected(file, schema, body);
    await expectRejected(file, schema, JSON.stringify({ ...real, rows: 'beaucoup' }), /^rows$/);
    await expectRejected(file, schema, JSON.stringify({ ...real, rows: [null] }), /^rows\.0/);
  });

  it('rejects missing fields: no source citation, an empty row', async () => {
    const withoutSource: Record<string, unknown> = { ...real };
    delete withoutSource.source;
    await expectRejected(file, schema, JSON.stringify(withoutSource), /^source/);
    await expectRejected(file, schema, JSON.stringify(withValue(real, ['source', 'citation'], '')), /^source\.citation$/);
    if (real.rows.length > 0) await expectRejected(file, schema, JSON.stringify(withValue(real, ['rows', 0], {})), /^rows\.0/);
  });

  it('rejects invalid HTML-bearing identifiers and a non-JSON body', async () => {
    await expectRejected(file, schema, JSON.stringify({ ...real, id: HTML_PAYLOAD }), /^id$/);
    const result = await outcome(file, schema, `<html><script>alert(1)</script></html>`);
    expect(result).toMatchObject({ kind: 'json', file });
  });

  const numbers = numericFields(real);
  if (numbers.length > 0) {
    it.each(numbers)('rejects $field given as a string, as "NaN", as null or overflowing to Infinity (1e400)', async ({ field, row }) => {
      const path = ['rows', row, field];
      const at = new RegExp(`^rows\\.${row}\\.${field}`);
      const original = real.rows[row]![field] as number;
      for (const bad of [String(original), 'NaN', null, true]) await expectRejected(file, schema, JSON.stringify(withValue(real, path, bad)), at);
      // JSON has no NaN or Infinity literal, but 1e400 parses to Infinity.
      const overflow = JSON.stringify(withValue(real, path, '__OVERFLOW__')).replace('"__OVERFLOW__"', '1e400');
      await expectRejected(file, schema, overflow, at);
    });

    const bounded = numbers.filter(({ field }) => !exempt(id, field));
    if (bounded.length > 0) {
      it.each(bounded)('rejects a negative or absurdly large $field', async ({ field, row }) => {
        const path = ['rows', row, field];
        // Either the field itself or a whole-row consistency check (e.g. a sum of counts) names the row.
        const at = new RegExp(`^rows\\.${row}(\\.${field}|$)`);
        await expectRejected(file, schema, JSON.stringify(withValue(real, path, -1)), at);
        await expectRejected(file, schema, JSON.stringify(withValue(real, path, 1e15)), at);
        await expectRejected(file, schema, JSON.stringify(withValue(real, path, Number.MAX_VALUE)), at);
      });
    }
  }

  it('keeps HTML in free-text fields as plain strings, or rejects it where a code is expected', async () => {
    for (const { path } of textFields(real)) {
      const result = await outcome(file, schema, JSON.stringify(withValue(real, path, HTML_PAYLOAD)));
      if (result instanceof DataLoadError) {
        expect(result.file).toBe(file);
        continue;
      }
      // Accepted: the payload is carried verbatim as a string (React renders it as text).
      let value: unknown = result;
      for (const key of path) value = (value as Record<string | number, unknown>)[key];
      expect(value).toBe(HTML_PAYLOAD);
    }
  });
});

describe('a data file answering an HTTP error or not reachable', () => {
  const [first] = entries;
  it.each([404, 500, 503])('turns HTTP %i into a DataLoadError naming the file and status', async (status) => {
    respondWith('<h1>Erreur</h1>', status);
    const result = await loadValidated(first!.file, first!.schema).catch((caught: unknown) => caught);
    expect(result).toBeInstanceOf(DataLoadError);
    expect(result).toMatchObject({ kind: 'http', status, file: first!.file });
  });

  it('turns a network failure (offline) into a DataLoadError', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const result = await loadValidated(first!.file, first!.schema).catch((caught: unknown) => caught);
    expect(result).toMatchObject({ kind: 'network', file: first!.file });
  });
});

import * as v from 'valibot';
import { Count, datasetSchema } from './contract';
import { DataLoadError, loadValidated } from './load';

const schema = datasetSchema(v.object({ basin: v.string(), value: Count }));

const meta = {
  id: 'test-dataset',
  title: 'Titre',
  unit: 'projets',
  period: '2024',
  source: { publisher: 'France Travail', dataset: 'BMO', year: '2024', citation: 'Source : France Travail, BMO 2024' },
  seed: { document: 'x.csv', title: 'BMO', section: 'tout' },
  authority: 'primary',
  confidence: 'certain',
  notes: [],
};

function respondWith(body: string, status = 200) {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { status })));
}

afterEach(() => vi.unstubAllGlobals());

async function loadError(): Promise<DataLoadError> {
  try {
    await loadValidated('bmo/test.json', schema);
  } catch (error) {
    if (error instanceof DataLoadError) return error;
    throw error;
  }
  throw new Error('expected a DataLoadError');
}

describe('loading a data file', () => {
  it('returns the validated dataset', async () => {
    respondWith(JSON.stringify({ ...meta, rows: [{ basin: '2817', value: 12 }, { basin: '2818', value: { missing: 'secret' } }] }));
    const data = await loadValidated('bmo/test.json', schema);
    expect(data.rows).toHaveLength(2);
    expect(data.rows[1]!.value).toEqual({ missing: 'secret' });
  });

  it('names the file and the HTTP status when the file is missing', async () => {
    respondWith('Not found', 404);
    const error = await loadError();
    expect(error).toMatchObject({ kind: 'http', status: 404, file: 'bmo/test.json' });
  });

  it('reports invalid JSON', async () => {
    respondWith('{ "rows": [ ');
    expect(await loadError()).toMatchObject({ kind: 'json', file: 'bmo/test.json' });
  });

  it('names the failing field path of a schema error', async () => {
    respondWith(JSON.stringify({ ...meta, rows: [{ basin: '2817', value: 12 }, { basin: '2818', value: -3 }] }));
    expect(await loadError()).toMatchObject({ kind: 'schema', field: 'rows.1.value' });
  });

  it('rejects NaN-like, huge and fractional counts', async () => {
    for (const bad of ['"12"', '1e12', '2.5', 'null']) {
      respondWith(`{"rows":[{"basin":"2817","value":${bad}}],${JSON.stringify(meta).slice(1)}`);
      expect((await loadError()).field).toBe('rows.0.value');
    }
  });

  it('names a missing metadata field', async () => {
    const { source: _source, ...withoutSource } = meta;
    respondWith(JSON.stringify({ ...withoutSource, rows: [] }));
    expect(await loadError()).toMatchObject({ kind: 'schema', field: 'source' });
  });

  it('reports a network failure', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    expect(await loadError()).toMatchObject({ kind: 'network' });
  });
});

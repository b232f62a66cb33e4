import * as v from 'valibot';
import { Count, datasetSchema } from './contract';
import { DataLoadError, loadValidated, pinDataRelease, pinnedReleaseStatus } from './load';

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

describe('a pinned data release ("version figée")', () => {
  afterEach(() => pinDataRelease(null));

  const body = JSON.stringify({ ...meta, rows: [{ basin: '2817', value: 12 }] });

  it('reads the pinned release folder when it exists', async () => {
    const fetchMock = vi.fn<(url: string) => Promise<Response>>(async () => new Response(body));
    vi.stubGlobal('fetch', fetchMock);
    pinDataRelease('abc1234567');
    await loadValidated('bmo/test.json', schema);
    expect(fetchMock.mock.calls[0]![0]).toMatch(/data\/releases\/abc1234567\/bmo\/test\.json$/);
    expect(pinnedReleaseStatus()).toBe('served');
  });

  it('falls back to the live file when the release is no longer hosted, and says so', async () => {
    const fetchMock = vi.fn(async (url: string) => (url.includes('/releases/') ? new Response('', { status: 404 }) : new Response(body)));
    vi.stubGlobal('fetch', fetchMock);
    pinDataRelease('abc1234567');
    const data = await loadValidated('bmo/test.json', schema);
    expect(data.rows).toHaveLength(1);
    expect(pinnedReleaseStatus()).toBe('unavailable');
    expect(fetchMock.mock.calls.at(-1)![0]).toMatch(/data\/bmo\/test\.json$/);
  });

  it('names the pinned copy in the error when that is the file that failed', async () => {
    pinDataRelease('abc1234567');
    respondWith('{ "rows": [ ');
    expect(await loadError()).toMatchObject({ kind: 'json', file: 'releases/abc1234567/bmo/test.json' });
    pinDataRelease('abc1234567');
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    expect(await loadError()).toMatchObject({ kind: 'network', file: 'releases/abc1234567/bmo/test.json' });
    pinDataRelease('abc1234567');
    respondWith(JSON.stringify({ ...meta, rows: [{ basin: '2817', value: -1 }] }));
    expect(await loadError()).toMatchObject({ kind: 'schema', file: 'releases/abc1234567/bmo/test.json', field: 'rows.0.value' });
  });

  it('names the live file when the pinned folder is gone and the live file fails', async () => {
    vi.stubGlobal('fetch', vi.fn(async (url: string) => new Response('', { status: url.includes('/releases/') ? 404 : 500 })));
    pinDataRelease('abc1234567');
    expect(await loadError()).toMatchObject({ kind: 'http', status: 500, file: 'bmo/test.json' });
  });

  it('ignores a release id that is not a content hash (no path tricks)', async () => {
    const fetchMock = vi.fn<(url: string) => Promise<Response>>(async () => new Response(body));
    vi.stubGlobal('fetch', fetchMock);
    pinDataRelease('../../etc');
    await loadValidated('bmo/test.json', schema);
    expect(fetchMock.mock.calls[0]![0]).not.toMatch(/releases/);
  });

  it('always reads the live catalogue, so the embed can tell the data changed', async () => {
    const fetchMock = vi.fn<(url: string) => Promise<Response>>(async () => new Response(body));
    vi.stubGlobal('fetch', fetchMock);
    pinDataRelease('abc1234567');
    await loadValidated('bmo/test.json', schema, undefined, true);
    expect(fetchMock.mock.calls[0]![0]).not.toMatch(/releases/);
  });
});

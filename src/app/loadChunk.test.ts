import { bootFailed, ChunkLoadError, GUARD_KEY, GUARD_MS, isChunkFetchFailure, loadChunk, onChunkFailure, setChunkLoaderEnv } from './loadChunk';

const CHROMIUM = new TypeError('Failed to fetch dynamically imported module: https://example.org/observatoire/assets/skills-AbC123.js');
const missing = () => Promise.reject(CHROMIUM);

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value), values };
}

let restore: () => void = () => {};
afterEach(() => {
  restore();
  vi.useRealTimers();
});

function fakeBrowser({ online = true, storage = memoryStorage() as ReturnType<typeof memoryStorage> | null, now = 1_000_000 } = {}) {
  const reload = vi.fn();
  const href = 'https://example.org/observatoire/?basin=2817&sector=industrie#competences';
  restore = setChunkLoaderEnv({ storage: () => storage, online: () => online, href: () => href, reload, now: () => now });
  return { reload, storage, href };
}

describe('loading a chunk', () => {
  it('returns the module when the import works, without touching the reload guard', async () => {
    const { reload, storage } = fakeBrowser();
    await expect(loadChunk('features/skills', () => Promise.resolve({ answer: 42 }))).resolves.toEqual({ answer: 42 });
    expect(reload).not.toHaveBeenCalled();
    expect(storage!.values.size).toBe(0);
  });

  it('reloads the page once, at the same address, when a chunk is gone after a release', async () => {
    vi.useFakeTimers();
    const { reload, storage, href } = fakeBrowser();
    let settled = false;
    void loadChunk('features/skills', missing).then(
      () => (settled = true),
      () => (settled = true),
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(reload).toHaveBeenCalledTimes(1);
    // The full address (path, query, hash) is what the guard records and what reload() keeps.
    expect(JSON.parse(storage!.values.get(GUARD_KEY)!)).toEqual({ href, at: 1_000_000 });
    expect(settled).toBe(false); // the placeholder stays up while the page goes away
  });

  it('shows the error card instead of reloading again when a reload just happened (no loop)', async () => {
    const storage = memoryStorage({ [GUARD_KEY]: JSON.stringify({ href: 'https://example.org/observatoire/#competences', at: 1_000_000 - 5_000 }) });
    const { reload } = fakeBrowser({ storage });
    const error = await loadChunk('features/skills', missing).catch((caught: unknown) => caught);
    expect(reload).not.toHaveBeenCalled();
    expect(error).toBeInstanceOf(ChunkLoadError);
    expect(error).toMatchObject({ module: 'features/skills', reason: 'reloaded' });
    expect((error as Error).message).toContain('features/skills');
  });

  it('reloads again once the guard has expired (a later release under the same tab)', async () => {
    const storage = memoryStorage({ [GUARD_KEY]: JSON.stringify({ href: 'x', at: 1_000_000 - GUARD_MS - 1 }) });
    const { reload } = fakeBrowser({ storage });
    void loadChunk('features/skills', missing);
    await Promise.resolve();
    await Promise.resolve();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('never reloads offline: the card says the part was not downloaded', async () => {
    const { reload } = fakeBrowser({ online: false });
    await expect(loadChunk('MapLibre', missing)).rejects.toMatchObject({ name: 'ChunkLoadError', module: 'MapLibre', reason: 'offline' });
    expect(reload).not.toHaveBeenCalled();
  });

  it('never reloads where no guard can be kept (sessionStorage unavailable or full)', async () => {
    const { reload } = fakeBrowser({ storage: null });
    await expect(loadChunk('EChart', missing)).rejects.toMatchObject({ reason: 'missing' });
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    };
    restore = setChunkLoaderEnv({ storage: () => full, online: () => true, reload, now: () => 0 });
    await expect(loadChunk('EChart', missing)).rejects.toMatchObject({ reason: 'missing' });
    expect(reload).not.toHaveBeenCalled();
  });

  it('does not reload for a module that loaded but threw: a reload would not fix it', async () => {
    const { reload } = fakeBrowser();
    const error = await loadChunk('features/jobs', () => Promise.reject(new RangeError('bad row'))).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'ChunkLoadError', module: 'features/jobs', reason: 'evaluation' });
    expect(reload).not.toHaveBeenCalled();
  });

  it('tells listeners (the release check) about each failed chunk', async () => {
    fakeBrowser({ online: false });
    const seen: string[] = [];
    const stop = onChunkFailure((module) => seen.push(module));
    await loadChunk('features/ai-adoption', missing).catch(() => {});
    stop();
    await loadChunk('features/jobs', missing).catch(() => {});
    expect(seen).toEqual(['features/ai-adoption']);
  });
});

describe('recognising a failed module fetch', () => {
  it.each([
    ['Chromium', CHROMIUM],
    ['Firefox', new TypeError('error loading dynamically imported module: https://example.org/assets/x.js')],
    ['Safari', new TypeError('Importing a module script failed.')],
    [
      'a host answering index.html',
      new TypeError('Failed to load module script: Expected a JavaScript module script but the server responded with a MIME type of "text/html".'),
    ],
    ['Vite preload', new Error('Unable to preload CSS for /assets/x.css')],
  ])('%s', (_browser, error) => {
    expect(isChunkFetchFailure(error)).toBe(true);
  });

  it('but not an error thrown by the module itself', () => {
    expect(isChunkFetchFailure(new TypeError("Cannot read properties of undefined (reading 'rows')"))).toBe(false);
    expect(isChunkFetchFailure('Failed to fetch dynamically imported module')).toBe(false);
  });
});

describe('the app failing to start', () => {
  beforeEach(() => {
    const root = document.createElement('div');
    root.id = 'root';
    document.body.replaceChildren(root);
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });

  it('reloads once when its first chunks are gone', () => {
    const { reload } = fakeBrowser();
    bootFailed(CHROMIUM);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(document.getElementById('root')!.childElementCount).toBe(0);
  });

  it('then shows a message with « Recharger » instead of a blank page', async () => {
    const storage = memoryStorage({ [GUARD_KEY]: JSON.stringify({ href: 'x', at: 1_000_000 - 1_000 }) });
    const { reload } = fakeBrowser({ storage });
    bootFailed(CHROMIUM);
    expect(reload).not.toHaveBeenCalled();
    const card = document.querySelector('#root [role="alert"]')!;
    expect(card.textContent).toContain('Le tableau de bord n’a pas pu démarrer');
    (card.querySelector('button') as HTMLButtonElement).click();
    expect(reload).toHaveBeenCalledTimes(1);
  });
});

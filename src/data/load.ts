/**
 * Fetches a data file and validates it. Every failure becomes a
 * DataLoadError naming the file and, for schema failures, the field path, so
 * the error card can tell a report author exactly what to fix.
 */
import type * as v from 'valibot';
import { absoluteUrl } from '../state/address';
import { appRootPath } from '../state/appRoot';
import { DataLoadError, parseJson, validate } from './validate';
import { OFF_THREAD_MIN_CHARS, validateOffThread } from './validateOffThread';

export { DataLoadError, describeIssue, validate, type DataErrorKind } from './validate';

/** Where data files are served: `data/` in the app's root folder, whichever page of the app asks, wherever it is hosted. */
export function dataUrl(file: string, release: string | null = null): string {
  const root = appRootPath();
  return release ? `${root}data/releases/${release}/${file}` : `${root}data/${file}`;
}

/**
 * "Version figée": an embed made with `release=<id>` keeps showing that
 * release's figures. Each build also publishes its data under
 * `data/releases/<release>/`; a host that keeps those folders across deploys
 * serves old releases. When the pinned folder is gone, the live data is shown
 * and the status says so, so the embed can be open about it.
 */
let pinnedRelease: string | null = null;
let pinnedStatus: 'none' | 'served' | 'unavailable' = 'none';
const RELEASE_ID = /^[a-f0-9]{6,40}$/;

export function pinDataRelease(release: string | null): void {
  pinnedRelease = release && RELEASE_ID.test(release) ? release : null;
  pinnedStatus = 'none';
}

/** Whether the pinned release's own files were found (after the first data file loaded). */
export function pinnedReleaseStatus(): 'none' | 'served' | 'unavailable' {
  return pinnedRelease ? pinnedStatus : 'none';
}

/** The pinned copy of a file, as a path under `data/` (what an error card names). */
const pinnedPath = (file: string, release: string) => `releases/${release}/${file}`;

/** Service-worker cache of pinned releases' files (vite.config.ts `runtimeCaching`, same name). */
export const PINNED_CACHE = 'observatoire-data-releases';

/**
 * A pinned file read before a service worker controls the page (a first
 * visit) would not be in the worker's cache: it is put there from the page,
 * so the embed works offline after that one visit. Best effort.
 */
function keepForOffline(url: string, response: Response): void {
  if (typeof caches === 'undefined' || typeof window === 'undefined' || !('serviceWorker' in navigator)) return;
  const copy = response.clone();
  void caches
    .open(PINNED_CACHE)
    .then((cache) => cache.put(absoluteUrl(url), copy))
    .catch(() => {});
}

/** `path` is the file actually read, under `data/`: the pinned copy or the live file. */
async function fetchPinnedOrLive(file: string, signal: AbortSignal | undefined, live: boolean, attempt: { path: string }): Promise<Response> {
  if (pinnedRelease && !live && pinnedStatus !== 'unavailable') {
    attempt.path = pinnedPath(file, pinnedRelease);
    const url = dataUrl(file, pinnedRelease);
    const pinned = await fetch(url, { signal });
    if (pinned.ok) {
      pinnedStatus = 'served';
      keepForOffline(url, pinned);
      return pinned;
    }
    if (pinned.status !== 404) return pinned;
    pinnedStatus = 'unavailable';
  }
  attempt.path = file;
  return fetch(dataUrl(file), { signal });
}

/** `live` skips a pinned release: the catalogue must always say what the current release is. */
export async function fetchJson(file: string, signal?: AbortSignal, live = false): Promise<unknown> {
  const { text, path } = await fetchTextFrom(file, signal, live);
  return parseJson(path, text);
}

async function fetchTextFrom(file: string, signal: AbortSignal | undefined, live: boolean): Promise<{ text: string; path: string }> {
  const attempt = { path: file };
  let response: Response;
  try {
    response = await fetchPinnedOrLive(file, signal, live, attempt);
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new DataLoadError({ file: attempt.path, kind: 'network', message: `Impossible de télécharger ${attempt.path}` });
  }
  const path = attempt.path;
  if (!response.ok) {
    throw new DataLoadError({ file: path, kind: 'http', status: response.status, message: `${path} : HTTP ${response.status}` });
  }
  return { text: await response.text(), path };
}

export async function loadValidated<TSchema extends v.GenericSchema>(
  file: string,
  schema: TSchema,
  signal?: AbortSignal,
  live = false,
): Promise<v.InferOutput<TSchema>> {
  const { text, path } = await fetchTextFrom(file, signal, live);
  // The largest files (the BMO rows, the basin outlines) are checked on another thread: validating thousands of
  // rows took a phone's main thread for a quarter of a second while the page was starting.
  if (text.length >= OFF_THREAD_MIN_CHARS) {
    const checked = await validateOffThread(path, text, schema);
    if (checked.done) return checked.value as v.InferOutput<TSchema>;
  }
  return validate(path, schema, parseJson(path, text));
}

/**
 * The one way the app loads code on demand (sections, the chart registry,
 * ECharts, MapLibre). A dynamic import fails when the file it names is gone:
 * a new release was deployed under an open tab (chunk names are content
 * hashes, the old ones are deleted), or the page came from a stale cache.
 *
 * On such a failure the page reloads once onto the new release, keeping its
 * full address (path, query, hash: the whole view state is in the URL). A
 * guard in sessionStorage stops reload loops: a second failure within
 * GUARD_MS of a reload, offline, or where sessionStorage is unavailable,
 * throws a ChunkLoadError naming the module instead, which the view's error
 * boundary shows as an error card with « Recharger ». Never a blank page.
 */
import { queryParam, readAddress, reloadAddress } from '../state/address';

export type ChunkFailure =
  /** The browser is offline: reloading would show the browser's own error page. */
  | 'offline'
  /** The file could not be fetched, and no automatic reload may be tried (no sessionStorage for the guard). */
  | 'missing'
  /** The file could not be fetched, even right after an automatic reload onto the current release. */
  | 'reloaded'
  /** The file arrived but running it threw. */
  | 'evaluation';

export class ChunkLoadError extends Error {
  /** Which module failed, e.g. "features/ai-adoption" or "EChart". */
  readonly module: string;
  readonly reason: ChunkFailure;

  constructor(module: string, reason: ChunkFailure, cause: unknown) {
    super(`${module} : ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'ChunkLoadError';
    this.module = module;
    this.reason = reason;
  }
}

/** What the loader needs from the browser; replaced in unit tests. */
export interface ChunkLoaderEnv {
  storage: () => Pick<Storage, 'getItem' | 'setItem'> | null;
  online: () => boolean;
  href: () => string;
  reload: () => void;
  now: () => number;
}

export const GUARD_KEY = 'observatoire:chunk-reload';
/** A failure this soon after a reload means reloading did not help. */
export const GUARD_MS = 2 * 60_000;
/** If the reload has not taken the page away by then (blocked, say), the error card is shown. */
const RELOAD_TIMEOUT_MS = 10_000;

const browserEnv: ChunkLoaderEnv = {
  storage: () => {
    try {
      return window.sessionStorage;
    } catch {
      // Sandboxed iframes and some privacy modes throw on access.
      return null;
    }
  },
  online: () => typeof navigator === 'undefined' || navigator.onLine !== false,
  href: () => readAddress().href,
  reload: reloadAddress,
  now: () => Date.now(),
};

let env: ChunkLoaderEnv = browserEnv;

/** For unit tests: what the loader sees of the browser. Returns a function that restores the real one. */
export function setChunkLoaderEnv(next: Partial<ChunkLoaderEnv>): () => void {
  env = { ...browserEnv, ...next };
  return () => {
    env = browserEnv;
  };
}

const failureListeners = new Set<(module: string) => void>();

/** Called on every failed chunk (the release check then asks the server what it is serving). */
export function onChunkFailure(listener: (module: string) => void): () => void {
  failureListeners.add(listener);
  return () => failureListeners.delete(listener);
}

/**
 * Messages of a failed module fetch: Chromium ("Failed to fetch dynamically
 * imported module", or a MIME-type error when a host answers index.html for
 * a missing file), Firefox ("error loading dynamically imported module"),
 * Safari ("Importing a module script failed"), Vite's preload helper.
 */
const FETCH_FAILURE = /dynamically imported module|module script|Importing a module|Failed to fetch|Unable to preload|Loading (?:CSS )?chunk|MIME type/i;

export function isChunkFetchFailure(error: unknown): boolean {
  return error instanceof Error && FETCH_FAILURE.test(error.message);
}

interface GuardRecord {
  href: string;
  at: number;
}

function readGuard(storage: Pick<Storage, 'getItem'>): GuardRecord | null {
  try {
    const record = JSON.parse(storage.getItem(GUARD_KEY) ?? 'null') as GuardRecord | null;
    return record && typeof record.at === 'number' && typeof record.href === 'string' ? record : null;
  } catch {
    return null;
  }
}

/**
 * Reloads the page unless a reload already happened within GUARD_MS (for any
 * address: the app may rewrite the address while starting, so keying by time
 * alone is what reliably stops a loop). Returns what happened.
 */
function reloadOnce(): 'reloading' | 'reloaded' | 'missing' {
  const storage = env.storage();
  if (!storage) return 'missing';
  const last = readGuard(storage);
  const now = env.now();
  if (last && now - last.at >= 0 && now - last.at < GUARD_MS) return 'reloaded';
  try {
    storage.setItem(GUARD_KEY, JSON.stringify({ href: env.href(), at: now } satisfies GuardRecord));
  } catch {
    return 'missing'; // Without a guard, no automatic reload: a loop is worse than an error card.
  }
  env.reload();
  return 'reloading';
}

/**
 * Loads a module through `importer` (a literal `() => import('./x')`, so the
 * bundler still sees and splits it). `module` names it in the error card.
 */
export function loadChunk<T>(module: string, importer: () => Promise<T>): Promise<T> {
  return importer().catch((error: unknown) => {
    if (!isChunkFetchFailure(error)) throw new ChunkLoadError(module, 'evaluation', error);
    for (const listener of failureListeners) listener(module);
    if (!env.online()) throw new ChunkLoadError(module, 'offline', error);
    const outcome = reloadOnce();
    if (outcome !== 'reloading') throw new ChunkLoadError(module, outcome, error);
    // The page is going away: stay pending (the placeholder stays up) rather than flash an error card.
    return new Promise<T>((_resolve, reject) => {
      setTimeout(() => reject(new ChunkLoadError(module, 'missing', error)), RELOAD_TIMEOUT_MS);
    });
  });
}

/** « Recharger » on an error card: the same address, onto whatever release the host now serves. */
export function reloadPage(): void {
  env.reload();
}

/**
 * The app itself could not start (src/main.tsx: the chunks it imports first
 * are gone, from a stale cached page, or failed to run). Same rule: one
 * guarded reload onto the current release; otherwise a message with
 * « Recharger » on top of whatever the page shows, built with the DOM alone
 * (React and the dictionaries may be what failed to load, hence its two
 * strings here rather than in src/i18n/messages.ts).
 */
export function bootFailed(error: unknown): void {
  console.error(error);
  if (isChunkFetchFailure(error) && env.online() && reloadOnce() === 'reloading') return;
  const root = typeof document === 'undefined' ? null : document.getElementById('root');
  if (!root) return;
  const english = queryParam(readAddress().search, 'lang') === 'en';
  const card = document.createElement('div');
  card.className = 'error-card boot-error';
  card.setAttribute('role', 'alert');
  const title = document.createElement('p');
  title.className = 'error-title';
  title.textContent = english ? 'The dashboard could not start' : 'Le tableau de bord n’a pas pu démarrer';
  const text = document.createElement('p');
  text.textContent = english
    ? 'Part of its code could not be loaded (a new version may be being published, or the connection dropped). Reload the page; the address and filters are kept.'
    : 'Une partie de son code n’a pas pu être chargée (une nouvelle version est peut-être en cours de publication, ou la connexion a été coupée). Rechargez la page ; l’adresse et les filtres sont conservés.';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button';
  button.textContent = english ? 'Reload' : 'Recharger';
  button.addEventListener('click', () => env.reload());
  card.append(title, text, button);
  root.prepend(card);
}

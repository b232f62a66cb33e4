/**
 * Notices that the host now serves a newer release than the one running in
 * this tab, and says so (the UpdateNotice « Recharger » prompt), rather than
 * letting a tab left open for days show last month's code and figures.
 *
 * The running release is the page's own entry script (its name is a content
 * hash that changes with any code change) and the data release it loaded
 * (`release` of data/index.json). The deployed one is `release.json`, written
 * by the build (scripts/release-manifest.mjs) and fetched with `no-store`;
 * where a host does not serve it, `data/index.json` is asked instead.
 *
 * Checked when a chunk fails to load, when the tab becomes visible again
 * (at most every CHECK_EVERY_MS) and every CHECK_EVERY_MS while visible.
 * Under a service worker, the worker's own update flow does the prompting:
 * this asks it to look for the update (a plain reload would get the cached
 * release again).
 */
import { announceUpdate } from '../ui/share/updateAvailable';
import { appRootPath } from '../state/appRoot';
import { reloadAddress } from '../state/address';
import { onChunkFailure } from './loadChunk';

export interface DeployedRelease {
  /** Data release (data/index.json `release`). */
  release?: string;
  /** Entry script of the deployed page, e.g. "assets/index-AbC123.js". */
  entry?: string | null;
}

export interface RunningRelease {
  /** The page's entry script URL (absolute), or null when unknown (dev server). */
  entry: string | null;
  /** The data release the page's data came from, or null when not known yet. */
  release: string | null;
}

/** Whether the host serves something newer than what runs here. Unknown values never count as a difference. */
export function isNewerRelease(running: RunningRelease, deployed: DeployedRelease): boolean {
  if (deployed.entry && running.entry && !running.entry.endsWith(`/${deployed.entry.replace(/^\.?\//, '')}`)) return true;
  return Boolean(deployed.release && running.release && deployed.release !== running.release);
}

const CHECK_EVERY_MS = 30 * 60_000;
const FIRST_CHECK_MS = 5_000;
// The app's root, not the page's folder: the build's base is './', and a section's page is one folder down
// (from recrutements/, './release.json' asked for recrutements/release.json, a 404, so no release was noticed).
const base = () => appRootPath();

function runningEntry(): string | null {
  const script = document.querySelector<HTMLScriptElement>('script[type="module"][src*="assets/"]');
  return script?.src ?? null;
}

async function json(url: string, init?: RequestInit): Promise<Record<string, unknown> | null> {
  try {
    const response = await fetch(url, init);
    if (!response.ok) return null;
    const body = (await response.json()) as unknown;
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : null;
  } catch {
    return null; // offline, or not JSON: nothing is known, nothing is said
  }
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

async function deployedRelease(): Promise<DeployedRelease | null> {
  const manifest = await json(`${base()}release.json`, { cache: 'no-store' });
  if (manifest) return { release: text(manifest.release), entry: text(manifest.entry) };
  const catalogue = await json(`${base()}data/index.json`, { cache: 'no-store' });
  return catalogue ? { release: text(catalogue.release) } : null;
}

let started = false;
let lastCheck = 0;
let announced = false;
let running: RunningRelease = { entry: null, release: null };

async function check(): Promise<void> {
  lastCheck = Date.now();
  if (announced) return;
  if (running.release === null) {
    // The data this page runs on: through the service worker's cache when it controls the page.
    running = { ...running, release: text((await json(`${base()}data/index.json`))?.release) ?? null };
  }
  const deployed = await deployedRelease();
  if (!deployed || !isNewerRelease(running, deployed)) return;
  const worker = typeof navigator !== 'undefined' ? navigator.serviceWorker : undefined;
  if (worker?.controller) {
    // The worker installs the new release and its onNeedRefresh shows the prompt.
    void worker
      .getRegistration()
      .then((registration) => registration?.update())
      .catch(() => {});
    return;
  }
  announced = true;
  announceUpdate(reloadAddress);
}

/** Starts the checks; safe to call more than once. */
export function startReleaseCheck(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  running = { entry: runningEntry(), release: null };
  // Not during start-up: the page was just fetched, so it is very likely current.
  setTimeout(() => void check(), FIRST_CHECK_MS);
  onChunkFailure(() => void check());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && Date.now() - lastCheck > CHECK_EVERY_MS) void check();
  });
  setInterval(() => {
    if (document.visibilityState === 'visible') void check();
  }, CHECK_EVERY_MS);
}

/**
 * ECharts, loaded when a chart needs it rather than before the first paint:
 * every page arrives with its charts drawn at build time, so the ~240 KiB
 * of ECharts is fetched only when the user reaches for a chart (pointer,
 * touch, keyboard focus), when a filter or a data file changes what a chart
 * shows, or when a chart has no build-time drawing (a view reached inside
 * the app, an unusual screen size).
 */
import { useSyncExternalStore } from 'react';
import { loadChunk } from '../app/loadChunk';

type EngineModule = typeof import('./EChart');

let engine: EngineModule | null = null;
let failure: unknown = null;
let loading: Promise<EngineModule> | null = null;
const listeners = new Set<() => void>();

export function loadChartEngine(): Promise<EngineModule> {
  // Through the release-safe loader: a chunk gone after a release reloads onto the new one (src/app/loadChunk.ts).
  loading ??= loadChunk('EChart', () => import('./EChart')).then(
    (module) => {
      engine = module;
      failure = null;
      listeners.forEach((listener) => listener());
      return module;
    },
    (error: unknown) => {
      // Let a later interaction try again (a flaky network); a chart that needs ECharts now shows the error.
      loading = null;
      failure = error;
      listeners.forEach((listener) => listener());
      throw error;
    },
  );
  return loading;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Why ECharts could not be loaded (the last attempt), or null. */
export function useChartEngineFailure(): unknown {
  return useSyncExternalStore(
    subscribe,
    () => failure,
    () => null,
  );
}

/** The loaded module, or null until it is (always null while hydrating, as at build time). */
export function useChartEngine(): EngineModule | null {
  return useSyncExternalStore(
    subscribe,
    () => engine,
    () => null,
  );
}

/**
 * A person who starts using the page (moves the pointer, touches, types)
 * will soon reach for a chart or a filter: load ECharts then, once, so the
 * first tooltip or filter change does not wait for it. Nothing is loaded for
 * a page nobody touches (a screen in a room, a printed report, a crawler).
 */
export function warmChartEngineOnFirstInput(target: Window = window): void {
  const events = ['pointermove', 'pointerdown', 'touchstart', 'keydown', 'focusin'] as const;
  const warm = () => {
    events.forEach((name) => target.removeEventListener(name, warm, true));
    void loadChartEngine().catch(() => undefined);
  };
  events.forEach((name) => target.addEventListener(name, warm, { capture: true, passive: true }));
}

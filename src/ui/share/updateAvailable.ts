/**
 * "A new release is ready" flag, set by the service-worker registration
 * (src/app/registerServiceWorker.ts) and read by UpdateNotice. Kept apart
 * from the registration so rendering never imports the SW module.
 */
import { useSyncExternalStore } from 'react';

let applyUpdate: (() => void) | null = null;
const listeners = new Set<() => void>();

export function announceUpdate(apply: () => void): void {
  applyUpdate = apply;
  for (const listener of listeners) listener();
}

export function useUpdateAvailable(): (() => void) | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => applyUpdate,
    () => null,
  );
}

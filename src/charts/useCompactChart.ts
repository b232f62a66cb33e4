import { useSyncExternalStore } from 'react';

/** Phone-width screens (and narrow embeds: an iframe matches its own width). */
const NARROW = '(max-width: 40rem)';

function subscribe(onChange: () => void) {
  const query = window.matchMedia?.(NARROW);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

let serverCompact = false;

/** Build time only: the prerender draws every chart a second time as a phone shows it. */
export function setServerCompact(compact: boolean): void {
  serverCompact = compact;
}

/**
 * True where a chart must give its axis labels less room. Builders stay pure:
 * containers read this and pass it in, so the option is rebuilt on rotation.
 */
export function useCompactChart(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia?.(NARROW).matches ?? false,
    // While hydrating, the page as the build sent it: the desktop layout (the phone's drawings are in it too).
    () => (typeof window === 'undefined' ? serverCompact : false),
  );
}

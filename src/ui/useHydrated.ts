import { useSyncExternalStore } from 'react';

const subscribeNever = () => () => undefined;

/**
 * False at build time and while React hydrates the page drawn then, true
 * afterwards. For parts that read data without suspending (the filter bar's
 * labels and occupation list): they render as the build did (without that
 * data) while hydrating, so the markup matches, then fill in.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}

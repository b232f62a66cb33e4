/**
 * Runs `task` once the browser has nothing more urgent to do, or after
 * `timeout` ms at the latest (Safari has no requestIdleCallback).
 */
export function whenIdle(task: () => void, timeout = 4000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(() => task(), { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, Math.min(timeout, 1500));
  return () => window.clearTimeout(handle);
}

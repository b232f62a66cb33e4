import { useEffect, useState, useSyncExternalStore, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether an element is on screen or within `rootMargin` of it. Without
 * IntersectionObserver (old browsers, jsdom) everything counts as near, so
 * nothing is ever held back.
 */
export function useNearViewport(ref: RefObject<Element | null>, { rootMargin = '200px', initial = true } = {}): boolean {
  const supported = typeof IntersectionObserver !== 'undefined';
  const [near, setNear] = useState(supported ? initial : true);
  useEffect(() => {
    const element = ref.current;
    if (!element || !supported) return;
    const observer = new IntersectionObserver((entries) => setNear(entries.at(-1)!.isIntersecting), { rootMargin });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, rootMargin, supported]);
  return near;
}

let printing = false;
const printListeners = new Set<() => void>();
function setPrinting(value: boolean) {
  printing = value;
  // The browser lays the page out for print right after `beforeprint` returns: commit now, not on the next task.
  flushSync(() => printListeners.forEach((listener) => listener()));
}
const onBeforePrint = () => setPrinting(true);
const onAfterPrint = () => setPrinting(false);

function subscribePrint(listener: () => void) {
  if (printListeners.size === 0) {
    window.addEventListener('beforeprint', onBeforePrint);
    window.addEventListener('afterprint', onAfterPrint);
  }
  printListeners.add(listener);
  return () => {
    printListeners.delete(listener);
    if (printListeners.size === 0) {
      window.removeEventListener('beforeprint', onBeforePrint);
      window.removeEventListener('afterprint', onAfterPrint);
    }
  };
}

/** True between `beforeprint` and `afterprint`: the whole page is "on screen" on paper. */
export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribePrint,
    () => printing,
    () => false,
  );
}

/**
 * `value` while `live`; otherwise the value from the last time it was live.
 * Lets an off-screen chart skip redrawing for every filter change and catch
 * up, once, when it comes back into view.
 */
export function useHeldUnless<T>(value: T, live: boolean): T {
  const [shown, setShown] = useState(value);
  if (live && shown !== value) setShown(value);
  return live ? value : shown;
}

import { createContext, use, useContext, useId, type ReactNode } from 'react';
import { useHydrated } from './useHydrated';

/**
 * Hydration on approach. A section page arrives with every view drawn at
 * build time; hydrating all of them at once (running each view's builder,
 * matching its markup, committing its effects) is what kept a phone's main
 * thread busy for over a second on `recrutements/`. While the page
 * hydrates, a view more than a screen below the viewport waits: React keeps
 * the build's markup of its Suspense boundary as it is (the drawing, the
 * table, the links all work without script) and hydrates it when it comes
 * within a screen of the viewport, or as soon as anything could make its
 * drawing untrue — a filter or the language changes (`releaseAll`), the page
 * is printed — and in any case in the background a few seconds after start-up
 * (src/start.tsx), so a drawing is never left unchecked for long. A click or a key in a waiting view hydrates it first (React
 * replays the event), so nothing is lost. Views rendered after hydration
 * (another section opened, a retry) never wait.
 */
export interface ViewGates {
  /** A promise to wait on while the view marked `id` is far from the viewport (settled once it may hydrate); null if it never waited. */
  wait(id: string): Promise<void> | null;
  /** The promise the view marked `id` once waited on, if it did (never starts a wait). */
  waited(id: string): Promise<void> | null;
  /** Every waiting view hydrates now. */
  releaseAll(): void;
}

const MARK_ATTRIBUTE = 'data-view-gate';

/** How far ahead of the viewport a view hydrates: one screen, so it is live before the user sees it. */
const AHEAD = '100% 0px';

export function createViewGates(root: ParentNode = document): ViewGates {
  const waiting = new Map<string, { promise: Promise<void>; release: () => void }>();
  // A view that waited keeps getting its (now settled) promise: React wants the same `use` on every render.
  const settled = new Map<string, Promise<void>>();
  let allReleased = false;
  const observer =
    typeof IntersectionObserver === 'undefined'
      ? null
      : new IntersectionObserver(
          (entries) => {
            for (const entry of entries) {
              if (!entry.isIntersecting) continue;
              const id = (entry.target.previousElementSibling as HTMLElement | null)?.getAttribute(MARK_ATTRIBUTE);
              if (id) release(id);
            }
          },
          { rootMargin: AHEAD },
        );

  function release(id: string) {
    const gate = waiting.get(id);
    if (!gate) return;
    waiting.delete(id);
    settled.set(id, gate.promise);
    gate.release();
  }

  return {
    wait(id) {
      const done = settled.get(id);
      if (done) return done;
      if (allReleased || !observer) return null;
      const existing = waiting.get(id);
      if (existing) return existing.promise;
      // The view's first element in the build's markup, right after its mark.
      const view = [...root.querySelectorAll(`[${MARK_ATTRIBUTE}]`)].find((mark) => mark.getAttribute(MARK_ATTRIBUTE) === id)?.nextElementSibling;
      if (!view) return null;
      let resolve!: () => void;
      const promise = new Promise<void>((done) => (resolve = done));
      waiting.set(id, {
        promise,
        release: () => {
          observer.unobserve(view);
          resolve();
        },
      });
      observer.observe(view);
      return promise;
    },
    waited(id) {
      return settled.get(id) ?? waiting.get(id)?.promise ?? null;
    },
    releaseAll() {
      allReleased = true;
      for (const id of [...waiting.keys()]) release(id);
      observer?.disconnect();
    },
  };
}

/** Provided by the browser's root only: at build time and in tests nothing waits. */
export const ViewGatesContext = createContext<ViewGates | null>(null);

/**
 * Marks a view (an empty hidden element, before its first element, which is
 * what the gate watches) and, while the page hydrates, holds the view until
 * its gate opens. Place it directly inside the view's Suspense boundary.
 */
export function ViewGate({ children }: { children: ReactNode }) {
  const id = useId();
  const gates = useContext(ViewGatesContext);
  const hydrated = useHydrated();
  // Only while hydrating may a view start waiting; one that waited keeps calling `use` on its settled promise, as
  // React expects the same hooks on every render of a component that suspended.
  const pending = gates ? (hydrated ? gates.waited(id) : gates.wait(id)) : null;
  if (pending) use(pending);
  return (
    <>
      <span hidden {...{ [MARK_ATTRIBUTE]: id }} />
      {children}
    </>
  );
}

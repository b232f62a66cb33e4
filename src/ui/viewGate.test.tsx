import { act, useEffect, useRef, useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { ViewBoundary } from './ViewBoundary';
import { createViewGates, ViewGatesContext, type ViewGates } from './viewGate';

/** IntersectionObserver as the browser drives it: the test says which elements come near the viewport. */
class FakeObserver {
  static instances: FakeObserver[] = [];
  readonly watched = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeObserver.instances.push(this);
  }
  observe(element: Element) {
    this.watched.add(element);
  }
  unobserve(element: Element) {
    this.watched.delete(element);
  }
  disconnect() {
    this.watched.clear();
  }
  approach(element: Element) {
    if (!this.watched.has(element)) return;
    this.callback([{ target: element, isIntersecting: true } as unknown as IntersectionObserverEntry], this as unknown as IntersectionObserver);
  }
}
const approach = (element: Element) => FakeObserver.instances.forEach((observer) => observer.approach(element));

/** A view that says whether React has hydrated it (its effect ran) and counts its clicks. */
function Card({ name }: { name: string }) {
  const element = useRef<HTMLElement>(null);
  const [clicks, setClicks] = useState(0);
  useEffect(() => element.current?.setAttribute('data-live', 'true'), []);
  return (
    <article ref={element} data-card={name}>
      <button type="button" onClick={() => setClicks((count) => count + 1)}>
        {name} {clicks}
      </button>
    </article>
  );
}

const page = (gates: ViewGates | null) => (
  <ViewGatesContext.Provider value={gates}>
    <main>
      {['top', 'middle', 'bottom'].map((name) => (
        <ViewBoundary key={name}>
          <Card name={name} />
        </ViewBoundary>
      ))}
    </main>
  </ViewGatesContext.Provider>
);

describe('view gates (hydration on approach)', () => {
  let container: HTMLDivElement;
  beforeEach(() => {
    FakeObserver.instances = [];
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    // The page as the build sends it (React's own server markup of the same tree).
    const built = new DOMParser().parseFromString(`<div id="root">${renderToString(page(null))}</div>`, 'text/html');
    container = document.importNode(built.getElementById('root')!, true) as HTMLDivElement;
    document.body.append(container);
  });
  afterEach(() => {
    container.remove();
    vi.unstubAllGlobals();
  });
  const card = (name: string) => container.querySelector(`[data-card="${name}"]`)!;

  async function hydrate(gates: ViewGates) {
    await act(async () => {
      hydrateRoot(container, page(gates));
    });
  }

  it('keeps the build’s markup of a view until it comes near the viewport, then hydrates it in place', async () => {
    const gates = createViewGates(container);
    const before = card('bottom');
    await hydrate(gates);
    // Nothing has approached yet: every view keeps the build's markup, not hydrated.
    expect(container.querySelectorAll('[data-live]')).toHaveLength(0);
    await act(async () => approach(card('top')));
    expect(card('top')).toHaveAttribute('data-live');
    expect(card('bottom')).not.toHaveAttribute('data-live');
    await act(async () => approach(card('bottom')));
    expect(card('bottom')).toHaveAttribute('data-live');
    // Hydrated, not re-created: the very element the build sent.
    expect(card('bottom')).toBe(before);
    expect(card('middle')).not.toHaveAttribute('data-live');
  });

  it('hydrates every waiting view at once when released (a filter or the language changed, printing)', async () => {
    const gates = createViewGates(container);
    await hydrate(gates);
    await act(async () => gates.releaseAll());
    expect(container.querySelectorAll('[data-live]')).toHaveLength(3);
    // Released for good: nothing waits any more.
    expect(gates.wait('anything')).toBeNull();
  });

  it('lets a waiting view answer a click (hydrated first, the click replayed)', async () => {
    const gates = createViewGates(container);
    await hydrate(gates);
    const button = card('middle').querySelector('button')!;
    await act(async () => button.click());
    await act(async () => approach(card('middle')));
    expect(card('middle')).toHaveAttribute('data-live');
    expect(card('middle').textContent).toMatch(/middle [01]/);
  });

  it('holds nothing without IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const gates = createViewGates(container);
    expect(gates.wait('x')).toBeNull();
  });

  it('holds nothing for a view the build did not draw (no mark in the page)', () => {
    const gates = createViewGates(container);
    expect(gates.wait('not-on-this-page')).toBeNull();
  });
});

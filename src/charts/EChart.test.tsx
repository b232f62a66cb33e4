import { act, render, screen } from '@testing-library/react';
import type { EChartsOption } from 'echarts';
import EChart from './EChart';

const received: EChartsOption[] = [];
vi.mock('echarts-for-react/lib/core', () => ({
  default: ({ option }: { option: EChartsOption }) => {
    received.push(option);
    return null;
  },
}));

function emulateReducedMotion(reduce: boolean) {
  vi.stubGlobal(
    'matchMedia',
    vi.fn((query: string) => ({
      matches: reduce && query.includes('prefers-reduced-motion: reduce'),
      media: query,
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    })),
  );
}

const option: EChartsOption = { animation: true, series: [{ type: 'bar', data: [1, 2] }] };

afterEach(() => {
  received.length = 0;
  vi.unstubAllGlobals();
});

describe('EChart and prefers-reduced-motion', () => {
  it('turns animation off, even when the chart asked for it, when the user prefers reduced motion', () => {
    emulateReducedMotion(true);
    render(<EChart option={option} ariaLabel="Graphique" height={200} />);
    expect(received.at(-1)?.animation).toBe(false);
  });

  it('keeps the chart’s animation otherwise', () => {
    emulateReducedMotion(false);
    render(<EChart option={option} ariaLabel="Graphique" height={200} />);
    expect(received.at(-1)?.animation).toBe(true);
  });
});

/** A controllable IntersectionObserver: `setVisible` plays what the browser reports on scroll. */
function emulateViewport() {
  const observers = new Set<{ callback: IntersectionObserverCallback; elements: Element[] }>();
  class FakeObserver {
    private entry: { callback: IntersectionObserverCallback; elements: Element[] };
    constructor(callback: IntersectionObserverCallback) {
      this.entry = { callback, elements: [] };
      observers.add(this.entry);
    }
    observe(element: Element) {
      this.entry.elements.push(element);
    }
    disconnect() {
      observers.delete(this.entry);
    }
  }
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  return {
    setVisible(visible: boolean) {
      act(() => {
        for (const { callback, elements } of observers) {
          callback(
            elements.map((target) => ({ target, isIntersecting: visible }) as IntersectionObserverEntry),
            {} as IntersectionObserver,
          );
        }
      });
    },
  };
}

const optionFor = (value: number): EChartsOption => ({ series: [{ type: 'bar', data: [value] }] });
const drawnValue = () => (received.at(-1)?.series as { data: number[] }[])[0]!.data[0];

describe('EChart off screen', () => {
  beforeEach(() => emulateReducedMotion(false));

  it('keeps its drawing while off screen and draws the latest option once back in view', () => {
    const viewport = emulateViewport();
    const { rerender } = render(<EChart option={optionFor(1)} ariaLabel="Graphique 1" height={200} />);
    viewport.setVisible(false);
    rerender(<EChart option={optionFor(2)} ariaLabel="Graphique 2" height={200} />);
    rerender(<EChart option={optionFor(3)} ariaLabel="Graphique 3" height={200} />);
    expect(drawnValue()).toBe(1);
    viewport.setVisible(true);
    expect(drawnValue()).toBe(3);
    rerender(<EChart option={optionFor(4)} ariaLabel="Graphique 4" height={200} />);
    expect(drawnValue()).toBe(4);
  });

  it('describes the current data to assistive technology even while the drawing waits', () => {
    const viewport = emulateViewport();
    const { rerender } = render(<EChart option={optionFor(1)} ariaLabel="Ancien résumé" height={200} />);
    viewport.setVisible(false);
    rerender(<EChart option={optionFor(2)} ariaLabel="Nouveau résumé" height={200} />);
    expect(screen.getByRole('img', { name: 'Nouveau résumé' })).toBeInTheDocument();
    expect(received.at(-1)?.aria).toEqual({ enabled: false });
  });

  it('draws every chart before the page is printed', () => {
    const viewport = emulateViewport();
    const { rerender } = render(<EChart option={optionFor(1)} ariaLabel="Graphique" height={200} />);
    viewport.setVisible(false);
    rerender(<EChart option={optionFor(2)} ariaLabel="Graphique" height={200} />);
    expect(drawnValue()).toBe(1);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(drawnValue()).toBe(2);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    rerender(<EChart option={optionFor(3)} ariaLabel="Graphique" height={200} />);
    expect(drawnValue()).toBe(2);
  });

  it('draws every update where the browser cannot tell what is on screen', () => {
    const { rerender } = render(<EChart option={optionFor(1)} ariaLabel="Graphique" height={200} />);
    rerender(<EChart option={optionFor(2)} ariaLabel="Graphique" height={200} />);
    expect(drawnValue()).toBe(2);
  });
});

import { render } from '@testing-library/react';
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

import { act, render } from '@testing-library/react';
import { PrintMeta } from './PrintMeta';

describe('PrintMeta', () => {
  it('writes the page address and the date on paper only', () => {
    window.history.replaceState(null, '', '/?basin=2817#recrutements');
    const { container } = render(<PrintMeta />);
    const line = container.querySelector('.print-meta')!;
    const margin = container.querySelector('.print-meta-margin')!;
    expect(line).toBeEmptyDOMElement();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(line.textContent).toContain('?basin=2817#recrutements');
    expect(line.textContent).toMatch(/\d{4}/);
    expect(margin.textContent).toBe(line.textContent);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(line).toBeEmptyDOMElement();
  });
});

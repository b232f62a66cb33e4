import { render } from '@testing-library/react';
import { DrawingOrderContext, drawingOrder, EAGER_DRAWINGS, type DrawingEntry } from './drawings';
import { StaticDrawing } from './StaticDrawing';

const entry = (fingerprint: string): DrawingEntry => ({ fingerprints: { desktop: fingerprint, phone: `${fingerprint}p` }, depends: [] });

describe('StaticDrawing', () => {
  it('asks first for the first drawings of the page and lets the others load as they near the viewport', () => {
    const { container } = render(
      <DrawingOrderContext.Provider value={drawingOrder()}>
        {['a', 'b', 'c', 'd'].map((id) => (
          <StaticDrawing key={id} entry={entry(id)} sizes={{ phone: 'phone', main: 'desktopHalf' }} mainVariant="desktop" height={300} alt={`chart ${id}`} />
        ))}
      </DrawingOrderContext.Provider>,
    );
    const images = [...container.querySelectorAll('img')];
    expect(images.map((image) => image.getAttribute('alt'))).toEqual(['chart a', 'chart b', 'chart c', 'chart d']);
    expect(images.map((image) => image.getAttribute('loading'))).toEqual([...Array(EAGER_DRAWINGS).fill(null), 'lazy', 'lazy']);
    expect(images.slice(0, EAGER_DRAWINGS).every((image) => image.getAttribute('fetchpriority') === 'high')).toBe(true);
    expect(images[0]!.getAttribute('src')).toBe('static/a-desktopHalf.svg');
    expect(container.querySelector('source')!.getAttribute('srcset')).toBe('static/ap-phone.svg');
  });

  it('keeps each drawing’s place across re-renders', () => {
    const places = drawingOrder();
    const view = (ids: string[]) => (
      <DrawingOrderContext.Provider value={places}>
        {ids.map((id) => (
          <StaticDrawing key={id} entry={entry(id)} sizes={{ main: 'desktopHalf' }} mainVariant="desktop" height={300} alt={id} />
        ))}
      </DrawingOrderContext.Provider>
    );
    const { container, rerender } = render(view(['a', 'b', 'c']));
    rerender(view(['a', 'b', 'c']));
    expect([...container.querySelectorAll('img')].map((image) => image.getAttribute('loading'))).toEqual([null, null, 'lazy']);
  });
});

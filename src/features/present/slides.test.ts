import { isKnownSlide, slideIndex, slideKeyAction } from './slides';

const ids = ['employment-growth', 'ai-adoption-by-sector', 'recruitment-map'];

describe('slideIndex', () => {
  it('reads a chart id or a 1-based number, and falls back to the first slide', () => {
    expect(slideIndex('recruitment-map', ids)).toBe(2);
    expect(slideIndex('2', ids)).toBe(1);
    expect(slideIndex('99', ids)).toBe(2);
    expect(slideIndex('0', ids)).toBe(0);
    expect(slideIndex('unknown-chart', ids)).toBe(0);
    expect(slideIndex(null, ids)).toBe(0);
    expect(slideIndex('1', [])).toBe(0);
  });
});

describe('isKnownSlide', () => {
  it('tells an id that names no slide from the deck’s own ids and slide numbers', () => {
    expect(isKnownSlide('recruitment-map', ids)).toBe(true);
    expect(isKnownSlide('3', ids)).toBe(true);
    expect(isKnownSlide(null, ids)).toBe(true);
    expect(isKnownSlide('jobs-directory', ids)).toBe(false);
  });
});

describe('slideKeyAction', () => {
  const body = { tagName: 'BODY' };
  it('maps presenter keys and clicker keys', () => {
    expect(['ArrowRight', 'PageDown', ' '].map((key) => slideKeyAction(key, body))).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp'].map((key) => slideKeyAction(key, body))).toEqual(['previous', 'previous']);
    expect(slideKeyAction('Home', body)).toBe('first');
    expect(slideKeyAction('End', body)).toBe('last');
    expect(slideKeyAction('Escape', body)).toBe('exit');
    expect(slideKeyAction('a', body)).toBeNull();
  });

  it('leaves arrows to a select and Space to a focused button', () => {
    expect(slideKeyAction('ArrowRight', { tagName: 'SELECT' })).toBeNull();
    expect(slideKeyAction('ArrowLeft', { tagName: 'INPUT', type: 'range' })).toBeNull();
    expect(slideKeyAction(' ', { tagName: 'BUTTON' })).toBeNull();
    expect(slideKeyAction('ArrowRight', { tagName: 'BUTTON' })).toBe('next');
    expect(slideKeyAction('PageDown', { tagName: 'SELECT' })).toBe('next');
  });
});

import { DEFAULT_FILTERS } from './filters';
import { getFilters, useFilterStore } from './store';
import { startUrlSync } from './urlSync';

let stop: () => void = () => {};

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  useFilterStore.getState().replaceFilters(DEFAULT_FILTERS);
});
afterEach(() => stop());

describe('URL sync', () => {
  it('opens the view a copied link describes', () => {
    window.history.replaceState(null, '', '/?basin=2817&measure=difficiles#recrutements');
    stop = startUrlSync(window);
    expect(getFilters()).toMatchObject({ basin: '2817', dep: '14', measure: 'difficiles' });
  });

  it('cleans garbage out of the address without adding a history entry', () => {
    window.history.replaceState(null, '', '/?dep=<b>x</b>&foo=1&year=2023#emploi');
    const before = window.history.length;
    stop = startUrlSync(window);
    expect(window.location.search).toBe('?year=2023');
    expect(window.location.hash).toBe('#emploi');
    expect(window.history.length).toBe(before);
  });

  it('writes a filter change into the URL as a new history entry, keeping the section', () => {
    window.history.replaceState(null, '', '/#ia');
    stop = startUrlSync(window);
    const before = window.history.length;
    useFilterStore.getState().setFilters({ sector: 'industrie' });
    expect(window.location.search).toBe('?sector=industrie');
    expect(window.location.hash).toBe('#ia');
    expect(window.history.length).toBe(before + 1);
  });

  it('Back (popstate) restores the previous filters', () => {
    stop = startUrlSync(window);
    useFilterStore.getState().setFilters({ year: 2021 });
    window.history.replaceState(null, '', '/?year=2015');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(getFilters().year).toBe(2015);
  });
});

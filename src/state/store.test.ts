import { DEFAULT_FILTERS } from './filters';
import { getFilters, useFilterStore } from './store';

beforeEach(() => useFilterStore.getState().replaceFilters(DEFAULT_FILTERS));

describe('filter store', () => {
  it('selecting a basin also selects its department', () => {
    useFilterStore.getState().setFilters({ basin: '2817' });
    expect(getFilters()).toMatchObject({ basin: '2817', dep: '14' });
  });

  it('changing the department clears a basin that lies outside it', () => {
    useFilterStore.getState().setFilters({ basin: '2817' });
    useFilterStore.getState().setFilters({ dep: '76' });
    expect(getFilters()).toMatchObject({ basin: null, dep: '76' });
  });

  it('removing the department filter also removes the basin', () => {
    useFilterStore.getState().setFilters({ basin: '2806' });
    useFilterStore.getState().clearFilter('dep');
    expect(getFilters()).toMatchObject({ basin: null, dep: null });
  });

  it('"Tout effacer" resets every filter but keeps the language', () => {
    useFilterStore.getState().setFilters({ occupation: 'M1X80', sector: 'industrie', year: 2023, lang: 'en', measure: 'difficiles' });
    useFilterStore.getState().clearAll();
    expect(getFilters()).toEqual({ ...DEFAULT_FILTERS, lang: 'en' });
  });
});

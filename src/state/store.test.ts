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

  it('clearing a basin drops the department it implied and keeps one chosen before it, whoever clears it', () => {
    const store = useFilterStore.getState();
    store.setFilters({ dep: '14' });
    store.setFilters({ basin: '2817' });
    expect(useFilterStore.getState().depImplied).toBe(false);
    // Another basin of the same department: Calvados is still the user's choice.
    store.setFilters({ basin: '2818' });
    store.clearFilter('basin');
    expect(getFilters()).toMatchObject({ basin: null, dep: '14' });

    store.clearFilter('dep');
    store.setFilters({ basin: '2817' });
    expect(useFilterStore.getState().depImplied).toBe(true);
    store.setFilters({ basin: null });
    expect(getFilters()).toMatchObject({ basin: null, dep: null });
  });

  it('a basin from a link implies its department', () => {
    useFilterStore.getState().replaceFilters({ ...DEFAULT_FILTERS, basin: '2817', dep: '14' });
    useFilterStore.getState().setFilters({ basin: null });
    expect(getFilters()).toMatchObject({ basin: null, dep: null });
  });

  it('"Tout effacer" resets every filter but keeps the language', () => {
    useFilterStore.getState().setFilters({ occupation: 'M1X80', sector: 'industrie', year: 2023, lang: 'en', measure: 'difficiles' });
    useFilterStore.getState().clearAll();
    expect(getFilters()).toEqual({ ...DEFAULT_FILTERS, lang: 'en' });
  });
});

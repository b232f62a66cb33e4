import { buildQuery, editQuery, NAVIGATE_EVENT, queryEntries, queryParam, readAddress, subscribeToAddress, writeAddress } from './address';
import { DEFAULT_FILTERS } from './filters';
import { currentSlide, currentViewParams, filtersQueryHere, navigate, queryWithoutSlide } from './navigation';
import { parseFilters, serializeFilters } from './url';
import { NO_VIEW_PARAMS, parseViewParams, serializeViewParams, VIEW_PARAMS } from './viewParams';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('the address module', () => {
  it('reads the address bar and writes it as one history entry, telling the views', () => {
    window.history.replaceState(null, '', '/ia/?dep=14#top');
    expect(readAddress()).toMatchObject({ pathname: '/ia/', search: '?dep=14', hash: '#top' });
    const seen: string[] = [];
    const stop = subscribeToAddress(() => seen.push(readAddress().pathname));
    const before = window.history.length;
    writeAddress('/emploi/?year=2021');
    expect(window.history.length).toBe(before + 1);
    expect(seen).toEqual(['/emploi/']);
    writeAddress('/emploi/?year=2022', { replace: true, notify: false });
    expect(window.history.length).toBe(before + 1);
    expect(seen).toEqual(['/emploi/']);
    stop();
    window.dispatchEvent(new Event(NAVIGATE_EVENT));
    expect(seen).toHaveLength(1);
  });

  it('takes query strings and fragments apart and puts them together', () => {
    expect(queryEntries('?a=1&b=x%20y')).toEqual([
      ['a', '1'],
      ['b', 'x y'],
    ]);
    expect(queryParam('#deck=abc&at=2', 'at')).toBe('2');
    expect(queryParam('', 'at')).toBeNull();
    expect(
      buildQuery([
        ['a', '1'],
        ['b', null],
        ['c', 'x,y'],
      ]),
    ).toBe('?a=1&c=x%2Cy');
    expect(buildQuery([])).toBe('');
    expect(editQuery('?dep=14&slide=3&lang=en', { slide: null, year: '2021' })).toBe('?dep=14&lang=en&year=2021');
    expect(editQuery('?slide=3', { slide: null })).toBe('');
  });
});

describe('view parameters', () => {
  it('are named by their definitions, and round-trip', () => {
    expect(VIEW_PARAMS).toEqual(['embed', 'present', 'slide', 'release']);
    const view = { ...NO_VIEW_PARAMS, slide: '3', release: '3f2a9c01bd' };
    expect(parseViewParams(serializeViewParams(view))).toEqual(view);
    expect(parseViewParams('?dep=14')).toEqual(NO_VIEW_PARAMS);
  });

  it('are read as given (the view says an unknown slide is unknown) but never written back unless a short token', () => {
    expect(parseViewParams('?slide=%3Cscript%3E').slide).toBe('<script>');
    expect(serializeViewParams({ slide: '<script>', release: 'a'.repeat(41) })).toBe('');
    expect(serializeFilters({ ...DEFAULT_FILTERS, dep: '14' }, '?slide=<b>&release=3f2a9c01bd&utm=x')).toBe('?dep=14&release=3f2a9c01bd');
  });

  it('filters and view parameters share one query and round-trip together', () => {
    const filters = { ...DEFAULT_FILTERS, dep: '14' as const, basin: '2817' as const, measure: 'difficiles' as const };
    const query = serializeFilters(filters, { release: 'abc123', slide: '2' });
    expect(parseFilters(query)).toEqual({ filters, dropped: [] });
    expect(parseViewParams(query)).toMatchObject({ release: 'abc123', slide: '2' });
  });

  it('the view state follows the address: slide by number, pinned release, kept across a section change', () => {
    window.history.replaceState(null, '', '/present/?dep=14&slide=3');
    expect(currentSlide()).toBe('3');
    expect(queryWithoutSlide()).toBe('?dep=14');
    window.history.replaceState(null, '', '/present/ai-uses/?slide=3');
    expect(currentSlide()).toBe('ai-uses');
    window.history.replaceState(null, '', '/embed/employment-growth/?release=3f2a9c01bd');
    expect(currentViewParams().release).toBe('3f2a9c01bd');
    expect(currentViewParams()).toBe(currentViewParams());
    navigate({ kind: 'embed', chartId: 'ai-uses' }, { query: filtersQueryHere({ ...DEFAULT_FILTERS, year: 2021 }) });
    expect(readAddress().pathname + readAddress().search).toBe('/embed/ai-uses/?year=2021&release=3f2a9c01bd');
    window.history.replaceState(null, '', '/ia/');
    expect(currentSlide()).toBeNull();
    // The hydration snapshot itself: a new object would redraw every view still waiting to hydrate.
    expect(currentViewParams()).toBe(NO_VIEW_PARAMS);
  });
});

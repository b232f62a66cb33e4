import { DEFAULT_FILTERS, type Filters } from './filters';
import { parseFilters, serializeFilters } from './url';

describe('URL ⇄ filters', () => {
  it('reads every filter parameter by its documented name', () => {
    const { filters, dropped } = parseFilters(
      '?occupation=M2X90&dep=14&basin=2817&sector=industrie&year=2024&measure=difficiles&lang=en&compare=2817,normandie&fiche=data-analyst',
    );
    expect(filters).toEqual<Filters>({
      occupation: 'M2X90',
      dep: '14',
      basin: '2817',
      sector: 'industrie',
      year: 2024,
      measure: 'difficiles',
      lang: 'en',
      compare: '2817,normandie',
      fiche: 'data-analyst',
    });
    expect(dropped).toEqual([]);
  });

  it('accepts BMO codes with a letter in second position (banking, e.g. QAX01)', () => {
    expect(parseFilters('?occupation=QAX01').filters.occupation).toBe('QAX01');
  });

  it('round-trips: serialize then parse gives the same filters', () => {
    const cases: Filters[] = [
      DEFAULT_FILTERS,
      { ...DEFAULT_FILTERS, basin: '2824', dep: '50', measure: 'saisonniers' },
      { ...DEFAULT_FILTERS, occupation: 'famille-I', sector: 'hebergement-restauration', year: 2023, lang: 'en' },
      { ...DEFAULT_FILTERS, compare: '2801,76,normandie,france' },
    ];
    for (const filters of cases) {
      expect(parseFilters(serializeFilters(filters)).filters).toEqual(filters);
    }
  });

  it('writes nothing for the defaults, so the plain address is the default view', () => {
    expect(serializeFilters(DEFAULT_FILTERS)).toBe('');
    expect(serializeFilters({ ...DEFAULT_FILTERS, basin: '2817', dep: '14' })).toBe('?dep=14&basin=2817');
  });

  it('drops unknown parameters and invalid values, keeping the defaults', () => {
    const { filters, dropped } = parseFilters('?foo=bar&dep=99&basin=2815&year=1999&measure=all&lang=de&occupation=informatique2');
    expect(filters).toEqual(DEFAULT_FILTERS);
    expect(dropped.sort()).toEqual(['basin', 'dep', 'foo', 'lang', 'measure', 'occupation', 'year']);
  });

  it('drops values of the right shape that name nothing: unknown sector, basin, occupation code or family', () => {
    const { filters, dropped } = parseFilters('?sector=zzz&basin=2899&occupation=Z9X99&year=2024');
    expect(filters).toEqual({ ...DEFAULT_FILTERS, year: 2024 });
    expect(dropped.sort()).toEqual(['basin', 'occupation', 'sector']);
    expect(parseFilters('?occupation=famille-Q').filters.occupation).toBe(DEFAULT_FILTERS.occupation);
    // The total row is a reference, not a sector to filter on.
    expect(parseFilters('?sector=ensemble').filters.sector).toBeNull();
    // And the page's address is rewritten without them.
    expect(serializeFilters(parseFilters('?sector=zzz&basin=2899&occupation=Z9X99&year=2024').filters)).toBe('?year=2024');
  });

  it('keeps every known sector, occupation code and family', () => {
    expect(parseFilters('?sector=services-a-la-personne').filters.sector).toBe('services-a-la-personne');
    expect(parseFilters('?occupation=G0A40').filters.occupation).toBe('G0A40');
    expect(parseFilters('?occupation=famille-Z').filters.occupation).toBe('famille-Z');
  });

  it('rejects injected markup and over-long values', () => {
    const payloads = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', 'a'.repeat(500)];
    for (const payload of payloads) {
      const search = new URLSearchParams({ occupation: payload, sector: payload, basin: payload });
      const { filters } = parseFilters(`?${search}`);
      expect(filters.occupation).toBe(DEFAULT_FILTERS.occupation);
      expect(filters.sector).toBeNull();
      expect(filters.basin).toBeNull();
    }
  });

  it('gives a basin its own department when the URL contradicts it', () => {
    expect(parseFilters('?dep=76&basin=2817').filters.dep).toBe('14');
    expect(parseFilters('?basin=2817').filters.dep).toBe('14');
  });

  it('keeps view parameters (embed, present) but not unknown ones when serializing', () => {
    const keep = '?embed=employment-growth&utm_source=x&present=1';
    expect(serializeFilters({ ...DEFAULT_FILTERS, year: 2021 }, keep)).toBe('?year=2021&embed=employment-growth&present=1');
  });

  it('compare: keeps the valid territories, in order, without duplicates, at most four', () => {
    expect(parseFilters('?compare=2817,14,normandie,france').filters.compare).toBe('2817,14,normandie,france');
    expect(parseFilters('?compare=2817,9999,xx,2817,<script>,france').filters.compare).toBe('2817,france');
    expect(parseFilters('?compare=2801,2806,2817,normandie,france').filters.compare).toBe('2801,2806,2817,normandie');
    const invalid = parseFilters('?compare=paris,99');
    expect(invalid.filters.compare).toBeNull();
    expect(invalid.dropped).toEqual(['compare']);
    expect(serializeFilters({ ...DEFAULT_FILTERS, compare: '14,france' })).toBe('?compare=14%2Cfrance');
  });
});

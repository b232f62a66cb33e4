/**
 * Type tests: a filter cannot exist without its URL name, parser and
 * serialiser. Each `@ts-expect-error` line must fail to compile (`npm run
 * typecheck` fails if one compiles), and the runtime checks keep the derived
 * lists in step with the definitions.
 */
import { DEFAULT_FILTERS, type Filters } from './filters';
import { VIEW_PARAM_DEFINITIONS, VIEW_PARAMS, type ViewParamDefinitions, type ViewParams } from './viewParams';
import { FILTER_DEFINITIONS, FILTER_KEYS, FILTER_PARAMS, parseFilters, serializeFilters, type FilterDefinition, type FilterDefinitions } from './url';

/** `Filters` with one more filter, as a new feature would add it. */
type WithNewFilter = Filters & { training: string | null };

describe('filter definitions (the URL derived from them)', () => {
  it('does not compile a filter without its definition', () => {
    // @ts-expect-error a new key of Filters without a definition: `training` is missing
    const incomplete: FilterDefinitions<WithNewFilter> = { ...FILTER_DEFINITIONS };
    const complete: FilterDefinitions<WithNewFilter> = {
      ...FILTER_DEFINITIONS,
      training: { param: 'training', parse: (raw) => raw, serialize: (value) => value },
    };
    expect(Object.keys(complete)).toContain('training');
    expect(Object.keys(incomplete)).not.toContain('training');
  });

  it('does not compile a definition without its serialiser, parser or URL name', () => {
    // @ts-expect-error no serialiser
    const noSerializer: FilterDefinition<Filters['dep']> = { param: 'dep', parse: () => undefined };
    // @ts-expect-error no parser
    const noParser: FilterDefinition<Filters['dep']> = { param: 'dep', serialize: () => null };
    // @ts-expect-error no URL name
    const noParam: FilterDefinition<Filters['dep']> = { parse: () => undefined, serialize: () => null };
    // @ts-expect-error a parser giving a value the filter cannot hold
    const wrongType: FilterDefinition<Filters['year']> = { param: 'year', parse: (raw) => raw, serialize: () => null };
    expect([noSerializer, noParser, noParam, wrongType]).toHaveLength(4);
  });

  it('lists every filter of the state once, and reads back what it writes', () => {
    expect([...FILTER_KEYS].sort()).toEqual(Object.keys(DEFAULT_FILTERS).sort());
    expect(new Set(FILTER_PARAMS).size).toBe(FILTER_KEYS.length);
    const filters: Filters = {
      ...DEFAULT_FILTERS,
      occupation: 'M2X90',
      dep: '14',
      basin: '2817',
      measure: 'difficiles',
      lang: 'en',
      compare: 'normandie,france',
    };
    expect(parseFilters(serializeFilters(filters)).filters).toEqual(filters);
  });
});

describe('view parameter definitions', () => {
  it('does not compile a view parameter without its definition', () => {
    type WithNewView = ViewParams & { theme: string | null };
    // @ts-expect-error a new view parameter without its URL name, parser and serialiser
    const incomplete: ViewParamDefinitions<WithNewView> = { ...VIEW_PARAM_DEFINITIONS };
    expect(Object.keys(incomplete)).not.toContain('theme');
    expect(VIEW_PARAMS).toEqual(Object.values(VIEW_PARAM_DEFINITIONS).map((definition) => definition.param));
  });
});

export { FilterBar } from './FilterBar';
export { OccupationSelect } from './OccupationSelect';
export { activeFilters, occupationLabel, type ActiveFilter, type LabelLookups } from './activeFilters';
export { useFilterLookups } from './useFilterLookups';
export { IgnoredFilters, ignoredFiltersNote } from './IgnoredFilters';

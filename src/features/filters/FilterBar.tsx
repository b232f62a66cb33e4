import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { colon } from '../../i18n/format';
import { useLang, useT } from '../../i18n/i18n';
import { MEASURES, YEARS, type Filters } from '../../state/filters';
import { selectFilters, useFilterStore } from '../../state/store';
import { BASINS, DEPARTMENTS, isBasinCode, isDepartmentCode } from '../../state/territories';
import { sectionFilters, type ScopedFilter } from '../../state/filterScope';
import { useSection } from '../../state/navigation';
import { activeFilters } from './activeFilters';
import { OccupationSelect } from './OccupationSelect';
import { useFilterLookups } from './useFilterLookups';
import './filters.css';

/** The filters every view follows, and the chips that show which are active. */
export function FilterBar() {
  const t = useT();
  const lang = useLang();
  const filters = useFilterStore(useShallow(selectFilters));
  const setFilters = useFilterStore((state) => state.setFilters);
  const clearFilter = useFilterStore((state) => state.clearFilter);
  const clearAll = useFilterStore((state) => state.clearAll);
  const lookups = useFilterLookups();
  const chips = activeFilters(filters, t, lookups);
  const basins = filters.dep ? BASINS.filter((basin) => basin.dep === filters.dep) : BASINS;
  // On phones the controls fold behind a button so the charts stay in view; the chips always show.
  const [expanded, setExpanded] = useState(false);
  const controlsId = useId();
  // A control that no view of the section follows is disabled and says why; the year is not shown at all there.
  const applies = sectionFilters(useSection());
  const noEffectId = `${controlsId}-no-effect`;
  const scoped = (name: ScopedFilter) => (applies.has(name) ? { disabled: false } : { disabled: true, 'aria-describedby': noEffectId });

  return (
    <div className="filter-bar" data-expanded={expanded}>
      <button
        type="button"
        className="button button-secondary filter-toggle"
        aria-expanded={expanded}
        aria-controls={controlsId}
        onClick={() => setExpanded((open) => !open)}
      >
        {t('filters.toggle', { count: chips.length })}
      </button>
      <form id={controlsId} className="filter-controls" aria-label={t('filters.label')} onSubmit={(event) => event.preventDefault()}>
        <OccupationSelect
          value={filters.occupation}
          onChange={(occupation) => setFilters({ occupation })}
          lookups={lookups}
          disabledBy={applies.has('occupation') ? undefined : noEffectId}
        />
        <label className="field">
          <span>{t('filters.dep')}</span>
          <select
            {...scoped('dep')}
            value={filters.dep ?? ''}
            onChange={(event) => setFilters({ dep: isDepartmentCode(event.target.value) ? event.target.value : null })}
          >
            <option value="">{t('filters.allDeps')}</option>
            {DEPARTMENTS.map((dep) => (
              <option key={dep.code} value={dep.code}>
                {dep.label} ({dep.code})
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('filters.basin')}</span>
          <select
            {...scoped('basin')}
            value={filters.basin ?? ''}
            onChange={(event) => setFilters({ basin: isBasinCode(event.target.value) ? event.target.value : null })}
          >
            <option value="">{t('filters.allBasins')}</option>
            {basins.map((basin) => (
              <option key={basin.code} value={basin.code}>
                {basin.label}
              </option>
            ))}
          </select>
        </label>
        {applies.has('year') ? (
          <label className="field">
            <span>{t('filters.year')}</span>
            <select
              value={filters.year ?? ''}
              onChange={(event) => setFilters({ year: (YEARS.find((year) => String(year) === event.target.value) ?? null) as Filters['year'] })}
            >
              <option value="">{t('filters.allYears')}</option>
              {YEARS.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label className="field">
          <span>{t('filters.measure')}</span>
          <select
            {...scoped('measure')}
            value={filters.measure}
            onChange={(event) => setFilters({ measure: MEASURES.find((measure) => measure === event.target.value) ?? 'projets' })}
          >
            {MEASURES.map((measure) => (
              <option key={measure} value={measure}>
                {t(`filters.measures.${measure}`)}
              </option>
            ))}
          </select>
        </label>
        {(['occupation', 'dep', 'basin', 'measure'] as const).some((name) => !applies.has(name)) ? (
          <p id={noEffectId} className="field-disabled-note">
            {t('filters.noEffect')}
          </p>
        ) : null}
      </form>
      <div className="active-filters" role="region" aria-label={t('filters.active')} aria-live="polite">
        {chips.length === 0 ? (
          <p className="no-filters">{t('filters.none')}</p>
        ) : (
          <ul className="chips">
            {chips.map((chip) => (
              <li key={chip.name} className="chip">
                <span>
                  {chip.label}
                  {colon(lang)}
                  <strong>{chip.value}</strong>
                </span>
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={t('filters.remove', { name: `${chip.label} ${chip.value}` })}
                  onClick={() => clearFilter(chip.name)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
            <li>
              <button type="button" className="button button-secondary" onClick={clearAll}>
                {t('filters.clearAll')}
              </button>
            </li>
          </ul>
        )}
      </div>
    </div>
  );
}

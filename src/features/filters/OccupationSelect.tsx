import { useQuery } from '@tanstack/react-query';
import { useHydrated } from '../../ui/useHydrated';
import { useId, useMemo, useState } from 'react';
import { datasetQuery } from '../../data/queries';
import type { BmoOccupation } from '../../data/schemas/bmo';
import type { OccupationSynonymRow } from '../../data/schemas/jobs';
import { BMO_CURRENT } from '../../data/schemas/bmo';
import { localiseDataset } from '../../data/labels';
import { useLang, useT, type Translate } from '../../i18n/i18n';
import { ENGINEERS, STUDY_OCCUPATIONS, TECHNICIANS } from '../../state/filters';
import { occupationLabel, type LabelLookups } from './activeFilters';
import { closestTerm, matchesQuery, synonymMatches } from './occupationSearch';
import { SheetMatchLinks } from './SheetMatchLinks';

interface OccupationSelectProps {
  value: string;
  onChange: (occupation: string) => void;
  lookups: LabelLookups;
  /** Id of the text explaining why the picker is disabled (no view of the section follows it); enabled when absent. */
  disabledBy?: string;
}

export interface OccupationOption {
  value: string;
  label: string;
}

export interface OccupationGroup {
  label: string;
  options: OccupationOption[];
}

const STUDY_CHOICES = [STUDY_OCCUPATIONS, ENGINEERS, TECHNICIANS];

/** Case- and accent-insensitive: "ingenieur" finds "Ingénieurs". */
export function normalizeSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('fr')
    .trim();
}

/**
 * The choices of the occupation picker: the occupations a synonym of the query
 * leads to (« data scientist », « DPO », « développeur IA »…) first, then the
 * study's occupations, the eight BMO families, then every BMO occupation
 * grouped by family, narrowed to those matching `query` (every word the start
 * of a word of the label, code or family; accents and case ignored). The
 * current value always stays listed so the select never shows a value it does
 * not offer.
 */
export function occupationGroups(
  occupations: readonly BmoOccupation[],
  query: string,
  current: string,
  t: Translate,
  lookup?: (code: string) => string | undefined,
  synonyms: readonly OccupationSynonymRow[] = [],
): OccupationGroup[] {
  // By code once, not a search of the 211 occupations for each of them (a start-up cost on every page).
  const labels = new Map(occupations.map((entry) => [entry.code, entry.label]));
  const labelOf = (code: string) => labels.get(code) ?? lookup?.(code);
  const viaSynonyms = synonymMatches(query, synonyms).filter((match) => match.value === STUDY_OCCUPATIONS || labelOf(match.value) !== undefined);
  const suggested = new Set(viaSynonyms.map((match) => match.value));
  const keep = (option: OccupationOption, ...texts: string[]) =>
    option.value === current || (!suggested.has(option.value) && matchesQuery(query, option.label, ...texts));
  const optionLabel = (code: string) => (STUDY_CHOICES.includes(code) ? occupationLabel(code, t, labelOf) : `${labelOf(code) ?? code} (${code})`);

  const families = [...new Map(occupations.map((entry) => [entry.family, entry.familyLabel])).entries()].sort((a, b) => a[1].localeCompare(b[1], 'fr'));
  const groups: OccupationGroup[] = [
    {
      label: t('filters.synonymGroup', { query: query.trim() }),
      options: viaSynonyms.map((match) => ({
        value: match.value,
        label: t('filters.synonymOption', { label: optionLabel(match.value), terms: match.terms.slice(0, 2).join(', ') }),
      })),
    },
    {
      label: t('filters.studyGroup'),
      options: STUDY_CHOICES.map((code) => ({ value: code, label: occupationLabel(code, t, labelOf) })).filter((option) =>
        keep(option, option.value, labelOf(option.value) ?? ''),
      ),
    },
    {
      label: t('filters.familiesGroup'),
      options: families.map(([letter, label]) => ({ value: `famille-${letter}`, label: t('filters.family', { label }) })).filter((option) => keep(option)),
    },
    ...families.map(([letter, familyLabel]) => ({
      label: familyLabel,
      options: occupations
        .filter((entry) => entry.family === letter && !STUDY_CHOICES.includes(entry.code))
        .sort((a, b) => a.label.localeCompare(b.label, 'fr'))
        .map((entry) => ({ value: entry.code, label: `${entry.label} (${entry.code})`, familyLabel }))
        .filter((option) => keep(option, option.value, option.familyLabel))
        .map(({ value, label }) => ({ value, label })),
    })),
  ];
  const listed = groups.some((group) => group.options.some((option) => option.value === current));
  if (!listed) groups.unshift({ label: t('filters.occupation'), options: [{ value: current, label: occupationLabel(current, t, labelOf) }] });
  return groups.filter((group) => group.options.length > 0);
}

/** What to offer when nothing matched: the closest term or occupation name, else null. */
export function occupationSuggestion(query: string, occupations: readonly BmoOccupation[], synonyms: readonly OccupationSynonymRow[]): string | null {
  return closestTerm(query, [...synonyms.map((row) => row.term), ...occupations.map((entry) => entry.label)]);
}

/**
 * Every BMO occupation, searchable: a text filter narrows a native select
 * (grouped by family with optgroups), which screen readers and keyboards
 * handle everywhere. Until the occupations file has loaded (or if it is
 * broken) the study's occupations are still offered.
 */
export function OccupationSelect({ value, onChange, lookups, disabledBy }: OccupationSelectProps) {
  const t = useT();
  const [query, setQuery] = useState('');
  const baseId = useId();
  const hydrated = useHydrated();
  const { data } = useQuery(datasetQuery(BMO_CURRENT.occupations));
  // Until hydrated, the study's occupations only, as in the HTML drawn at build time (which carries no data).
  const lang = useLang();
  const rows = useMemo(() => (hydrated && data ? localiseDataset(data, lang).rows : undefined), [hydrated, data, lang]);
  // The search terms load with the occupations, after hydration; until then (or if the file is broken) names and codes only.
  const synonymsQuery = useQuery({ ...datasetQuery('occupation-synonyms'), enabled: hydrated });
  const synonyms = hydrated ? synonymsQuery.data?.rows : undefined;
  const groups = useMemo(() => occupationGroups(rows ?? [], query, value, t, lookups.occupation, synonyms ?? []), [rows, query, value, t, lookups, synonyms]);
  const count = new Set(groups.flatMap((group) => group.options.filter((option) => option.value !== value || query === '').map((option) => option.value))).size;
  const searching = query.trim() !== '';
  const suggestion = searching && count === 0 ? occupationSuggestion(query, rows ?? [], synonyms ?? []) : null;
  const statusId = `${baseId}-status`;

  return (
    <div className="field field-wide occupation-picker" role="group" aria-label={t('filters.occupation')}>
      <label style={{ display: 'flex', flexDirection: 'column', gap: '0.25rem' }}>
        <span>{t('filters.occupationSearch')}</span>
        <input
          type="search"
          value={query}
          autoComplete="off"
          spellCheck={false}
          disabled={disabledBy !== undefined}
          aria-describedby={disabledBy ? `${statusId} ${disabledBy}` : statusId}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            // Enter picks the first match, so "type, then Enter" chooses without reaching for the list.
            if (event.key !== 'Enter') return;
            event.preventDefault();
            const first = groups.flatMap((group) => group.options).find((option) => option.value !== value);
            if (query && first) onChange(first.value);
          }}
        />
      </label>
      <p
        id={statusId}
        className={searching ? 'occupation-status' : 'sr-only'}
        aria-live="polite"
        data-occupation-status={searching ? (count > 0 ? 'found' : 'none') : undefined}
      >
        {searching ? (count > 0 ? t('filters.occupationMatches', { count }) : t('filters.occupationNoMatch', { query: query.trim() })) : ''}
      </p>
      {searching ? <SheetMatchLinks query={query} synonyms={synonyms ?? []} /> : null}
      {searching && count === 0 ? (
        <p className="occupation-suggestion">
          {suggestion ? (
            <button type="button" className="link-button" onClick={() => setQuery(suggestion)}>
              {t('filters.occupationSuggest', { term: suggestion })}
            </button>
          ) : (
            t('filters.occupationHint')
          )}
        </p>
      ) : null}
      <label style={{ display: 'flex', flexDirection: 'column', gap: '0.25rem' }}>
        <span>{t('filters.occupation')}</span>
        <select value={value} disabled={disabledBy !== undefined} aria-describedby={disabledBy} onChange={(event) => onChange(event.target.value)}>
          {groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
    </div>
  );
}

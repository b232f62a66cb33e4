/**
 * `employment-profile`: age, sex, qualification or contract of people in
 * work in 2021, for the selected study group. The study's text does not say
 * which group some printed shares belong to (the file keeps them as
 * `ambiguous` with their candidates): those are drawn as a hatched band
 * spanning every candidate, never as one confident bar.
 */
import { drawBars, type BarChartDescription } from '../../charts/bars';
import { fromMeasure, type ValueStatement } from '../../charts/valueStatement';
import { isMissing, type Confidence, type Measure, type Missing } from '../../data/contract';
import type { Dataset } from '../../data/queries';
import { PROFILE_CATEGORIES, type EmploymentProfileRow, type Group } from '../../data/schemas/study';
import type { ChartModel, TableCell, TableModel } from '../../charts/model';
import { textCell } from '../../charts/model';
import { READ_MARKER } from '../../charts/valueStatement';
import { SERIES_COLORS } from '../../charts/theme';
import { translator } from '../../i18n/i18n';
import { formatNumber, formatPercent, missingLabel } from '../../i18n/format';
import type { Filters, Language } from '../../state/filters';
import { STUDY_GROUPS, studyGroupOf } from './studyGroup';
import '../../i18n/messages/employment';

export type EmploymentProfileData = Dataset<'employment-profile'>;
export type ProfileDimension = EmploymentProfileRow['dimension'];

export const EMPLOYMENT_PROFILE_ID = 'employment-profile';
export const PROFILE_DIMENSIONS: readonly ProfileDimension[] = ['age', 'sexe', 'diplome', 'contrat'];

const GROUP_COLORS: Record<Group, string> = { ingenieurs: SERIES_COLORS[0], techniciens: SERIES_COLORS[2], famille: SERIES_COLORS[3] };

/** What a group's bar shows for one category. */
type Reading = { kind: 'value'; value: number; read?: boolean } | { kind: 'range'; min: number; max: number } | { kind: 'missing'; value: Missing };

function readingOf(value: Measure, confidence?: Confidence): Reading {
  // Issue #13: a share only read from the layout of the text is marked « * » everywhere it is shown.
  if (!isMissing(value)) return confidence === 'read' ? { kind: 'value', value, read: true } : { kind: 'value', value };
  const candidates = value.candidates ?? [];
  if (value.missing === 'ambiguous' && candidates.length > 0) {
    return { kind: 'range', min: Math.min(...candidates), max: Math.max(...candidates) };
  }
  return { kind: 'missing', value };
}

/** The groups shown: the selected sub-family alone, or for the study pair both sub-families and what the family publishes. */
function groupsFor(selected: Group | null): Group[] {
  if (selected === null) return [];
  if (selected === 'famille') return [...STUDY_GROUPS];
  return [selected];
}

export function buildEmploymentProfile(
  data: EmploymentProfileData,
  filters: Pick<Filters, 'occupation'>,
  lang: Language,
  dimension: ProfileDimension,
  { compact = false }: { compact?: boolean } = {},
): ChartModel {
  const t = translator(lang);
  const selected = studyGroupOf(filters.occupation);
  const dimensionLabel = t(`employment.profile.dimensions.${dimension}`);
  const rows = data.rows.filter((row) => row.dimension === dimension);
  // The study's order; a category no group has a figure for is not drawn.
  const categories = (PROFILE_CATEGORIES[dimension] as readonly string[]).filter((category) => rows.some((row) => row.category === category));
  const categoryLabels = categories.map((category) => rows.find((row) => row.category === category)!.categoryLabel);

  const shown = groupsFor(selected)
    .map((group) => {
      const ofGroup = rows.filter((row) => row.group === group);
      return {
        group,
        label: ofGroup[0]?.groupLabel ?? group,
        readings: categories.map((category) => {
          const row = ofGroup.find((candidate) => candidate.category === category);
          return row ? readingOf(row.value, row.confidence) : null;
        }),
      };
    })
    .filter((entry) => entry.readings.some((reading) => reading !== null));

  const describe = (reading: Reading | null): string => {
    if (reading === null) return t('data.notInSource');
    if (reading.kind === 'value') return `${formatPercent(reading.value, lang)}${reading.read ? READ_MARKER : ''}`;
    if (reading.kind === 'range') return t('employment.profile.rangeText', { min: formatPercent(reading.min, lang), max: formatPercent(reading.max, lang) });
    return missingLabel(reading.value, lang);
  };
  const tableCell = (reading: Reading | null): TableCell => {
    if (reading === null) return { text: describe(reading), sort: null, flag: 'not-in-source' };
    if (reading.kind === 'value')
      return reading.read
        ? { text: describe(reading), sort: reading.value, flag: 'read', statement: { kind: 'number', value: reading.value, evidence: 'read' } }
        : { text: describe(reading), sort: reading.value };
    if (reading.kind === 'range') return { text: describe(reading), sort: null, flag: 'ambiguous' };
    return { text: describe(reading), sort: null, flag: reading.value.missing };
  };

  const table: TableModel = {
    columns: [
      { key: 'category', label: t('employment.profile.category'), kind: 'text' },
      ...shown.map((entry) => ({ key: entry.group, label: entry.label, kind: 'percent' as const })),
    ],
    rows:
      shown.length === 0
        ? []
        : categories.map((_, index) => {
            const row: Record<string, TableCell> = { category: textCell(categoryLabels[index]!) };
            for (const entry of shown) row[entry.group] = tableCell(entry.readings[index] ?? null);
            return row;
          }),
  };

  const notes: string[] = [];
  if (shown.some((entry) => entry.readings.some((reading) => reading?.kind === 'range'))) notes.push(t('employment.profile.ambiguousNote'));
  if (shown.some((entry) => entry.group === 'famille') || (selected === 'famille' && shown.length > 0)) notes.push(t('employment.profile.familyPartial'));
  if (selected === null) notes.push(t('employment.outOfStudy'));

  const base = {
    id: EMPLOYMENT_PROFILE_ID,
    title: t('employment.profile.title'),
    subtitle: t('employment.profile.subtitle', { dimension: dimensionLabel }),
    source: data.source.citation,
    table,
    notes: [...new Set(notes)],
    height: 100 + categories.length * Math.max(1, shown.length) * 26,
  };
  if (shown.length === 0) return { ...base, option: null, summary: t('data.noData') };

  const summary = t('employment.profile.summary', {
    dimension: dimensionLabel,
    groups: shown
      .map((entry) =>
        t('employment.profile.summaryItem', {
          group: entry.label,
          list: entry.readings
            .map((reading, index) => (reading === null ? null : `${categoryLabels[index]} ${describe(reading)}`))
            .filter((item): item is string => item !== null)
            .join(', '),
        }),
      )
      .join(' ; '),
  });

  // An ambiguous share (the study's text does not say whose it is) keeps its candidates: a hatched band, never one bar.
  const statement = (reading: Reading | null): ValueStatement | null => {
    if (reading === null) return null;
    if (reading.kind === 'value') return reading.read ? { kind: 'number', value: reading.value, evidence: 'read' } : { kind: 'number', value: reading.value };
    if (reading.kind === 'range') return { kind: 'range', min: reading.min, max: reading.max };
    return fromMeasure(reading.value);
  };
  const description: BarChartDescription = {
    kind: 'bar',
    lang,
    unit: 'percent',
    max: 100,
    categories: categories.map((category, index) => ({ key: category, label: categoryLabels[index]! })),
    series: shown.map((entry) => ({
      name: entry.label,
      color: GROUP_COLORS[entry.group],
      values: entry.readings.map(statement),
      labels: entry.readings.map((reading) =>
        reading?.kind === 'range'
          ? t('employment.profile.range', { min: formatNumber(reading.min, lang, 1), max: formatPercent(reading.max, lang) })
          : undefined,
      ),
    })),
    absentText: t('data.notInSource'),
  };
  return { ...base, ...drawBars(description, { compact }), summary };
}

/**
 * `employment-growth`: people in work in 2015 and 2021 for the engineers,
 * the technicians and their family, with growth and share of regional jobs.
 * 2015 headcounts are not in the study: only the arithmetic estimate carried
 * by the data file is drawn, hatched and prefixed "≈".
 */
import { drawBars, type BarChartDescription } from '../../charts/bars';
import { fromMeasure, type ValueStatement } from '../../charts/valueStatement';
import { isMissing, type Measure } from '../../data/contract';
import type { Dataset } from '../../data/queries';
import type { EmploymentGrowthRow, Group } from '../../data/schemas/study';
import type { ChartModel, TableModel } from '../../charts/model';
import { textCell } from '../../charts/model';
import { AREA_COLORS } from '../../charts/theme';
import { translator } from '../../i18n/i18n';
import { formatNumber } from '../../i18n/format';
import type { Filters, Language } from '../../state/filters';
import { STUDY_GROUPS, studyGroupOf } from './studyGroup';
import { measureCell } from '../../charts/cells';
import '../../i18n/messages/employment';

export type EmploymentGrowthData = Dataset<'employment-growth'>;

export const EMPLOYMENT_GROWTH_ID = 'employment-growth';

const ESTIMATE_COLOR = AREA_COLORS.france;
const CURRENT_COLOR = AREA_COLORS.normandie;

interface GroupFigures {
  group: Group;
  label: string;
  employed2021: Measure | undefined;
  /** Published 2015 headcount, or the file's arithmetic estimate flagged as such. */
  employed2015: { value: number; estimate: boolean } | null;
  rate: Measure | undefined;
  share: Measure | undefined;
}

function find(rows: readonly EmploymentGrowthRow[], group: Group, indicator: EmploymentGrowthRow['indicator'], period: EmploymentGrowthRow['period']) {
  return rows.find((row) => row.group === group && row.indicator === indicator && row.period === period);
}

function figuresOf(rows: readonly EmploymentGrowthRow[], group: Group): GroupFigures | null {
  const current = find(rows, group, 'actifs-en-emploi', '2021');
  if (!current) return null;
  const previous = find(rows, group, 'actifs-en-emploi', '2015');
  let employed2015: GroupFigures['employed2015'] = null;
  if (previous && !isMissing(previous.value)) employed2015 = { value: previous.value, estimate: false };
  else if (previous?.derivedEstimate !== undefined) employed2015 = { value: previous.derivedEstimate, estimate: true };
  return {
    group,
    label: current.groupLabel,
    employed2021: current.value,
    employed2015,
    rate: find(rows, group, 'evolution-emploi', '2015-2021')?.value,
    share: find(rows, group, 'part-emplois-regionaux', '2021')?.value,
  };
}

function text(value: Measure | undefined, kind: 'count' | 'percent' | 'rate', lang: Language): string {
  return measureCell(value, kind, lang).text;
}

export function buildEmploymentGrowth(
  data: EmploymentGrowthData,
  filters: Pick<Filters, 'occupation'>,
  lang: Language,
  { compact = false }: { compact?: boolean } = {},
): ChartModel {
  const t = translator(lang);
  const selected = studyGroupOf(filters.occupation);
  const groups = STUDY_GROUPS.map((group) => figuresOf(data.rows, group)).filter((figures): figures is GroupFigures => figures !== null);

  const table: TableModel = {
    columns: [
      { key: 'group', label: t('employment.group'), kind: 'text' },
      { key: 'employed2015', label: t('employment.growth.employed2015'), kind: 'count' },
      { key: 'employed2021', label: t('employment.growth.employed2021'), kind: 'count' },
      { key: 'rate', label: t('employment.growth.rate'), kind: 'rate' },
      { key: 'share', label: t('employment.growth.share'), kind: 'percent' },
    ],
    rows: groups.map((figures) => ({
      group: textCell(figures.label),
      employed2015: figures.employed2015
        ? figures.employed2015.estimate
          ? {
              text: t('employment.growth.approx', { value: formatNumber(figures.employed2015.value, lang) }),
              sort: figures.employed2015.value,
              flag: 'ambiguous',
            }
          : { text: formatNumber(figures.employed2015.value, lang), sort: figures.employed2015.value }
        : { text: t('data.notInSource'), sort: null, flag: 'not-in-source' },
      employed2021: measureCell(figures.employed2021, 'count', lang),
      rate: measureCell(figures.rate, 'rate', lang),
      share: measureCell(figures.share, 'percent', lang),
    })),
  };

  const notes: string[] = [];
  if (groups.some((figures) => figures.employed2015?.estimate)) notes.push(t('employment.growth.estimateNote'));
  if (groups.some((figures) => figures.group === 'famille')) notes.push(t('employment.growth.familyNote'));
  if (selected === null) notes.push(t('employment.outOfStudy'));

  const base = {
    id: EMPLOYMENT_GROWTH_ID,
    title: t('employment.growth.title'),
    subtitle: t('employment.growth.subtitle'),
    source: data.source.citation,
    table,
    notes,
    height: 340,
  };
  if (groups.length === 0) return { ...base, option: null, summary: t('data.noData') };

  const summaryItems = groups.map((figures) =>
    t('employment.growth.summaryItem', {
      group: figures.label,
      value: text(figures.employed2021, 'count', lang),
      rate: text(figures.rate, 'rate', lang),
      share: text(figures.share, 'percent', lang),
    }),
  );
  const selectedLabel = groups.find((figures) => figures.group === selected)?.label;
  const summary = `${summaryItems.join(' ; ')}.${selectedLabel ? ` ${t('employment.growth.summarySelected', { group: selectedLabel })}` : ''}`;

  const tooltip2021 = (figures: GroupFigures) =>
    t('employment.growth.tooltip2021', {
      group: figures.label,
      value: text(figures.employed2021, 'count', lang),
      rate: text(figures.rate, 'rate', lang),
      share: text(figures.share, 'percent', lang),
    });
  // A published 2015 figure is solid; the file's arithmetic estimate is an approximation (hatched, « ≈ »).
  const previous = (figures: GroupFigures): ValueStatement | null =>
    figures.employed2015 ? { kind: figures.employed2015.estimate ? 'approximate' : 'number', value: figures.employed2015.value } : null;
  const description: BarChartDescription = {
    kind: 'bar',
    lang,
    unit: 'count',
    categories: groups.map((figures) => ({
      key: figures.group,
      label: `${figures.label} (${t('employment.growth.since2015', { rate: text(figures.rate, 'rate', lang) })})`,
    })),
    series: [
      { name: t('employment.growth.series2015'), color: ESTIMATE_COLOR, values: groups.map(previous) },
      {
        name: t('employment.growth.series2021'),
        color: CURRENT_COLOR,
        values: groups.map((figures) => (figures.employed2021 === undefined ? null : fromMeasure(figures.employed2021))),
      },
    ],
    // The group the occupation filter points at is marked; the others keep their colour (not a comparison).
    emphasis: { picked: selected, fadeOthers: false },
    tooltip: (index) => {
      const figures = groups[index];
      if (!figures) return '';
      const [head, ...rest] = tooltip2021(figures).split('\n');
      const published =
        figures.employed2015 && !figures.employed2015.estimate ? `2015${lang === 'fr' ? ' : ' : ': '}${formatNumber(figures.employed2015.value, lang)}` : null;
      const estimate = figures.employed2015?.estimate
        ? t('employment.growth.tooltip2015', { group: '', value: formatNumber(figures.employed2015.value, lang) }).trim()
        : null;
      const before = published ?? estimate;
      return [head, ...(before ? [before] : []), ...rest].join('\n');
    },
  };
  return { ...base, ...drawBars(description, { compact }), summary };
}

/**
 * `labour-market-paradox`: jobseekers and job offers side by side, as numbers
 * and as growth between Q1 2019 and Q1 2024. Offers more than doubled while
 * jobseekers rose too: the tension the study discusses. The two numbers have
 * different bases (a quarter's stock against a five-year total), so they are
 * drawn in one panel and their growth, which is comparable, in another.
 */
import { drawBarPanels, type BarChartDescription, type BarPanelsDescription } from '../../charts/bars';
import { isMissing, type Measure } from '../../data/contract';
import type { Dataset } from '../../data/queries';
import type { Group, LabourMarketRow } from '../../data/schemas/study';
import type { ChartModel, TableModel } from '../../charts/model';
import { textCell } from '../../charts/model';
import { SERIES_COLORS } from '../../charts/theme';
import { translator } from '../../i18n/i18n';
import type { Filters, Language } from '../../state/filters';
import { STUDY_GROUPS, studyGroupOf } from './studyGroup';
import { measureCell } from '../../charts/cells';
import { fromMeasure } from '../../charts/valueStatement';
import '../../i18n/messages/employment';

export type LabourMarketData = Dataset<'labour-market'>;

export const LABOUR_MARKET_ID = 'labour-market-paradox';

const JOBSEEKERS_COLOR = SERIES_COLORS[1];
const OFFERS_COLOR = SERIES_COLORS[0];

type Indicator = LabourMarketRow['indicator'];

interface GroupFigures {
  group: Group;
  label: string;
  jobseekers: Measure | undefined;
  offers: Measure | undefined;
  jobseekersGrowth: Measure | undefined;
  offersGrowth: Measure | undefined;
  /** Labels of the indicators the study does not publish for this group (for the notes). */
  missing: string[];
}

function figuresOf(rows: readonly LabourMarketRow[], group: Group): GroupFigures | null {
  const ofGroup = rows.filter((row) => row.group === group);
  if (ofGroup.length === 0) return null;
  const get = (indicator: Indicator) => ofGroup.find((row) => row.indicator === indicator);
  const wanted: Indicator[] = ['demandeurs-emploi-abc', 'offres-diffusees', 'evolution-demandeurs-emploi', 'evolution-offres'];
  const missing = wanted
    .map(get)
    .filter((row): row is LabourMarketRow => row !== undefined && isMissing(row.value))
    .map((row) => row.indicatorLabel);
  return {
    group,
    label: ofGroup[0]!.groupLabel,
    jobseekers: get('demandeurs-emploi-abc')?.value,
    offers: get('offres-diffusees')?.value,
    jobseekersGrowth: get('evolution-demandeurs-emploi')?.value,
    offersGrowth: get('evolution-offres')?.value,
    missing,
  };
}

export function buildLabourMarket(
  data: LabourMarketData,
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
      { key: 'jobseekers', label: t('employment.labour.jobseekersLevel'), kind: 'count' },
      { key: 'offers', label: t('employment.labour.offersLevel'), kind: 'count' },
      { key: 'jobseekersGrowth', label: t('employment.labour.jobseekersGrowth'), kind: 'rate' },
      { key: 'offersGrowth', label: t('employment.labour.offersGrowth'), kind: 'rate' },
    ],
    rows: groups.map((figures) => ({
      group: textCell(figures.label),
      jobseekers: measureCell(figures.jobseekers, 'count', lang),
      offers: measureCell(figures.offers, 'count', lang),
      jobseekersGrowth: measureCell(figures.jobseekersGrowth, 'rate', lang),
      offersGrowth: measureCell(figures.offersGrowth, 'rate', lang),
    })),
  };

  const notes = [t('employment.labour.levelsNote')];
  for (const figures of groups) {
    for (const indicator of figures.missing) notes.push(t('employment.labour.missingNote', { group: figures.label, indicator }));
  }
  if (selected === null) notes.push(t('employment.outOfStudy'));

  const base = {
    id: LABOUR_MARKET_ID,
    title: t('employment.labour.title'),
    subtitle: t('employment.labour.subtitle'),
    source: data.source.citation,
    table,
    notes,
    height: 520,
  };
  if (groups.length === 0) return { ...base, option: null, summary: t('data.noData') };

  const growthText = (value: Measure | undefined) => measureCell(value, 'rate', lang).text;
  const comparable = groups.filter((figures) => typeof figures.offersGrowth === 'number' && typeof figures.jobseekersGrowth === 'number');
  // The "paradox" sentence is said only when every group with both figures shows it.
  const paradox =
    comparable.length > 0 &&
    comparable.every((figures) => (figures.offersGrowth as number) > (figures.jobseekersGrowth as number) && (figures.jobseekersGrowth as number) > 0);
  const listing = t('employment.labour.summary', {
    list: groups
      .map((figures) =>
        t('employment.labour.summaryItem', {
          group: figures.label,
          offers: growthText(figures.offersGrowth),
          jobseekers: growthText(figures.jobseekersGrowth),
        }),
      )
      .join(' ; '),
  });
  const summary = paradox ? `${listing} ${t('employment.labour.paradox')}` : listing;

  const jobseekersName = t('employment.labour.jobseekers');
  const offersName = t('employment.labour.offers');
  const panel = (
    unit: 'count' | 'rate',
    jobseekers: (figures: GroupFigures) => Measure | undefined,
    offers: (figures: GroupFigures) => Measure | undefined,
  ): BarChartDescription => ({
    kind: 'bar',
    lang,
    unit,
    categories: groups.map((figures) => ({ key: figures.group, label: figures.label })),
    series: [
      { name: jobseekersName, color: JOBSEEKERS_COLOR, values: groups.map((figures) => fromMeasure(jobseekers(figures))) },
      { name: offersName, color: OFFERS_COLOR, values: groups.map((figures) => fromMeasure(offers(figures))) },
    ],
    // The group the occupation filter points at is marked; the others are not faded (it is not a comparison).
    emphasis: { picked: selected, fadeOthers: false },
    absentText: t('employment.labour.notPublished'),
    // One tooltip per bar: the group, the series and its period, the value.
    tooltip: (index, seriesIndex) => {
      const figures = groups[index];
      if (!figures) return '';
      const isOffers = seriesIndex === 1;
      const series = t(`employment.labour.${isOffers ? 'offers' : 'jobseekers'}${unit === 'count' ? 'Level' : 'Growth'}`);
      const value = measureCell(isOffers ? offers(figures) : jobseekers(figures), unit, lang).text;
      return t(unit === 'count' ? 'employment.labour.tooltipLevel' : 'employment.labour.tooltipGrowth', { group: figures.label, series, value });
    },
  });
  const description: BarPanelsDescription = {
    kind: 'bar-panels',
    panels: [
      {
        title: t('employment.labour.levelTitle'),
        chart: panel(
          'count',
          (figures) => figures.jobseekers,
          (figures) => figures.offers,
        ),
      },
      {
        title: t('employment.labour.growthTitle'),
        chart: panel(
          'rate',
          (figures) => figures.jobseekersGrowth,
          (figures) => figures.offersGrowth,
        ),
      },
    ],
  };
  return { ...base, ...drawBarPanels(description, { compact }), summary };
}

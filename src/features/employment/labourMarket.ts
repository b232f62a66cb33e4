/**
 * `labour-market-paradox`: jobseekers and job offers side by side, as numbers
 * and as growth between Q1 2019 and Q1 2024. Offers more than doubled while
 * jobseekers rose too: the tension the study discusses. The two numbers have
 * different bases (a quarter's stock against a five-year total), so they are
 * drawn in one panel and their growth, which is comparable, in another.
 */
import type { BarSeriesOption, EChartsOption } from 'echarts';
import { isMissing, type Measure } from '../../data/contract';
import type { Dataset } from '../../data/queries';
import type { Group, LabourMarketRow } from '../../data/schemas/study';
import type { ChartModel, TableModel } from '../../charts/model';
import { textCell } from '../../charts/model';
import { SERIES_COLORS } from '../../charts/theme';
import { translator } from '../../i18n/i18n';
import { formatNumber, formatSignedPercent, missingLabel } from '../../i18n/format';
import type { Filters, Language } from '../../state/filters';
import { HATCH, SELECTED_BAR_BORDER, axisStyle, categoryAxisLabel, categoryItem, itemTooltip } from './chartParts';
import { STUDY_GROUPS, studyGroupOf } from './studyGroup';
import { measureCell } from '../../charts/cells';

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


export function buildLabourMarket(data: LabourMarketData, filters: Pick<Filters, 'occupation'>, lang: Language): ChartModel {
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
  const comparable = groups.filter(
    (figures) => typeof figures.offersGrowth === 'number' && typeof figures.jobseekersGrowth === 'number',
  );
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

  const categories = groups.map((figures) => categoryItem(figures.label, figures.group === selected));
  const jobseekersName = t('employment.labour.jobseekers');
  const offersName = t('employment.labour.offers');

  /** One bar per group; a value the study does not publish gets an empty hatched stub and says so. */
  const bars = (values: (Measure | undefined)[], kind: 'count' | 'rate'): BarSeriesOption['data'] =>
    values.map((value, index) => {
      const border = groups[index]?.group === selected ? SELECTED_BAR_BORDER : {};
      if (typeof value === 'number') {
        return {
          value,
          itemStyle: border,
          label: { formatter: kind === 'count' ? formatNumber(value, lang) : formatSignedPercent(value, lang) },
        };
      }
      return {
        value: 0,
        itemStyle: { color: 'transparent', decal: HATCH },
        label: { formatter: value && isMissing(value) && value.missing !== 'not-in-source' ? missingLabel(value, lang) : t('employment.labour.notPublished') },
      };
    });
  const series = (name: string, color: string, axis: 0 | 1, values: (Measure | undefined)[], kind: 'count' | 'rate'): BarSeriesOption => ({
    type: 'bar',
    name,
    xAxisIndex: axis,
    yAxisIndex: axis,
    itemStyle: { color },
    label: { show: true, position: 'right' },
    data: bars(values, kind),
  });

  const seriesList = [
    series(jobseekersName, JOBSEEKERS_COLOR, 0, groups.map((figures) => figures.jobseekers), 'count'),
    series(offersName, OFFERS_COLOR, 0, groups.map((figures) => figures.offers), 'count'),
    series(jobseekersName, JOBSEEKERS_COLOR, 1, groups.map((figures) => figures.jobseekersGrowth), 'rate'),
    series(offersName, OFFERS_COLOR, 1, groups.map((figures) => figures.offersGrowth), 'rate'),
  ];
  const tooltipValues: [Measure | undefined, string, 'count' | 'rate'][][] = groups.map((figures) => [
    [figures.jobseekers, t('employment.labour.jobseekersLevel'), 'count'],
    [figures.offers, t('employment.labour.offersLevel'), 'count'],
    [figures.jobseekersGrowth, t('employment.labour.jobseekersGrowth'), 'rate'],
    [figures.offersGrowth, t('employment.labour.offersGrowth'), 'rate'],
  ]);

  const categoryAxis = (gridIndex: 0 | 1) => ({
    type: 'category' as const,
    gridIndex,
    inverse: true,
    data: categories,
    axisTick: { show: false },
    axisLabel: categoryAxisLabel(120),
  });
  const valueAxis = (gridIndex: 0 | 1, kind: 'count' | 'rate') => ({
    type: 'value' as const,
    gridIndex,
    splitNumber: 3,
    ...axisStyle,
    axisLabel: {
      ...axisStyle.axisLabel,
      hideOverlap: true,
      formatter: (value: number) => (kind === 'count' ? formatNumber(value, lang) : formatSignedPercent(value, lang, 0)),
    },
  });

  const option: EChartsOption = {
    color: [JOBSEEKERS_COLOR, OFFERS_COLOR],
    legend: { top: 0, left: 0, data: [jobseekersName, offersName] },
    title: [
      { text: t('employment.labour.levelTitle'), top: 32, left: 0, textStyle: { fontSize: 13, fontWeight: 'bold' } },
      { text: t('employment.labour.growthTitle'), top: '52%', left: 0, textStyle: { fontSize: 13, fontWeight: 'bold' } },
    ],
    grid: [
      { top: 60, left: 4, right: 72, height: '33%', containLabel: true },
      { top: '58%', left: 4, right: 72, bottom: 4, containLabel: true },
    ],
    tooltip: itemTooltip((seriesIndex, dataIndex) => {
      const figures = groups[dataIndex];
      const entry = tooltipValues[dataIndex]?.[seriesIndex];
      if (!figures || !entry) return '';
      const [value, name, kind] = entry;
      const key = kind === 'count' ? 'employment.labour.tooltipLevel' : 'employment.labour.tooltipGrowth';
      return t(key, { group: figures.label, series: name, value: measureCell(value, kind, lang).text });
    }),
    xAxis: [valueAxis(0, 'count'), valueAxis(1, 'rate')],
    yAxis: [categoryAxis(0), categoryAxis(1)],
    series: seriesList,
  };
  return { ...base, option, summary };
}

import { percentValueAxis, sectorCategoryAxis } from './axes';
import type { EChartsOption } from 'echarts';
import { isMissing, type Measure } from '../../data/contract';
import type { Dataset } from '../../data/queries';
import type { AiAdoptionRow, Area } from '../../data/schemas/study';
import { textCell, type TableCell, type TableColumn } from '../../charts/model';
import { AREA_COLORS, MUTED_TEXT_COLOR, UNCERTAIN_DECAL } from '../../charts/theme';
import { formatPercent } from '../../i18n/format';
import { categoryTooltip } from '../../charts/tooltip';
import { translator } from '../../i18n/i18n';
import type { Language } from '../../state/filters';
import type { SectorChartModel } from './buildAdoptionBySector';
import { measureCell } from './cells';
import {
  ALL_SECTORS,
  focusedYears,
  highlightStyle,
  pickedSentence,
  sectorLabel as sectorLabelIn,
  type SectorFilters,
} from './sectors';

export type PracticeIndicator = Extract<AiAdoptionRow['indicator'], 'data-exchange' | 'decision-analytics'>;

export const PRACTICE_CHART_IDS: Record<PracticeIndicator, string> = {
  'data-exchange': 'ai-data-exchange-by-sector',
  'decision-analytics': 'ai-decision-analytics-by-sector',
};

const AREAS: Area[] = ['normandie', 'france'];

type AiData = Pick<Dataset<'ai-adoption-by-sector'>, 'rows' | 'source'>;

function numeric(value: Measure | undefined): number {
  return value === undefined || isMissing(value) ? Number.NEGATIVE_INFINITY : value;
}

/**
 * Data-exchange or decision-analytics share by sector (2023). The study only
 * publishes the total and each territory's top 4 sectors, so a sector in one
 * list may be absent from the other: it is labelled "non publié", not drawn as 0.
 */
export function buildDataPractices(data: AiData, indicator: PracticeIndicator, filters: SectorFilters, lang: Language, compact = false): SectorChartModel {
  const t = translator(lang);
  const sectorLabel = (code: string) => sectorLabelIn(code, lang); // i13 (#13): sector names in the page's language
  const all = data.rows.filter((row) => row.indicator === indicator);
  const available = [...new Set(all.map((row) => row.year))].sort((a, b) => a - b);
  const { years, ignoredYear } = focusedYears(available, filters.year);
  const year = years.at(-1);
  const rows = all.filter((row) => row.year === year);
  const notes: string[] = [];
  if (ignoredYear !== null) notes.push(t('ai.yearNotCovered', { year: ignoredYear }));
  if (year === undefined) notes.push(t('ai.yearOnly', { year: available.join(t('ai.and')) }));

  const row = (sector: string, area: Area) => rows.find((candidate) => candidate.sector === sector && candidate.area === area);
  const codes = [...new Set(rows.map((candidate) => candidate.sector))].filter((code) => code !== ALL_SECTORS);
  // Normandie's published sectors first (its ranking), then those only France publishes.
  const sectors: string[] = [
    ...(rows.some((candidate) => candidate.sector === ALL_SECTORS) ? [ALL_SECTORS] : []),
    ...codes
      .filter((code) => row(code, 'normandie'))
      .sort((a, b) => numeric(row(b, 'normandie')?.value) - numeric(row(a, 'normandie')?.value)),
    ...codes
      .filter((code) => !row(code, 'normandie'))
      .sort((a, b) => numeric(row(b, 'france')?.value) - numeric(row(a, 'france')?.value)),
  ];
  // A sector this chart does not show is reported in words, and fades nothing.
  const picked = filters.sector && sectors.includes(filters.sector) ? filters.sector : null;
  const notPublished = t('ai.notPublished');
  const cell = (sector: string, area: Area): TableCell => measureCell(row(sector, area)?.value, lang, notPublished);
  const rankCell = (sector: string, area: Area): TableCell => {
    const rank = row(sector, area)?.rank;
    return rank === undefined ? { text: '—', sort: null } : { text: String(rank), sort: rank };
  };
  const yearLabel = year ?? available.join(t('ai.and'));

  const columns: TableColumn[] = [
    { key: 'sector', label: t('ai.sector'), kind: 'text' },
    ...AREAS.flatMap((area) => [
      { key: area, label: `${t(`ai.${area}`)} ${yearLabel}`, kind: 'percent' as const },
      { key: `${area}-rank`, label: t('ai.practices.rank', { area: t(`ai.${area}`) }), kind: 'count' as const },
    ]),
  ];
  const table = {
    columns,
    rows: sectors.map((code) => ({
      sector: textCell(sectorLabel(code)),
      normandie: cell(code, 'normandie'),
      'normandie-rank': rankCell(code, 'normandie'),
      france: cell(code, 'france'),
      'france-rank': rankCell(code, 'france'),
    })),
  };
  const base = {
    id: PRACTICE_CHART_IDS[indicator],
    title: t(`ai.practices.${indicator}.title`),
    subtitle: t(`ai.practices.${indicator}.subtitle`, { year: yearLabel }),
    source: data.source.citation,
    table,
    categories: sectors,
  };
  if (year === undefined || sectors.length === 0) return { ...base, option: null, summary: t('data.noData'), notes, highlight: null, height: 240 };

  notes.push(t('ai.practices.noteTop4'));
  if (rows.some((candidate) => candidate.confidence === 'reconstructed')) notes.push(t('ai.practices.noteReconstructed'));

  const series = AREAS.map((area) => ({
    type: 'bar' as const,
    name: `${t(`ai.${area}`)} ${year}`,
    barMaxWidth: 16,
    itemStyle: { color: AREA_COLORS[area] },
    label: {
      show: true,
      position: 'right' as const,
      fontSize: 11,
      color: MUTED_TEXT_COLOR,
      formatter: (params: { value?: unknown }) => (typeof params.value === 'number' ? formatPercent(params.value, lang) : ''),
    },
    data: sectors.map((code) => {
      const value = row(code, area)?.value;
      const emphasis = highlightStyle(code, picked);
      // An empty slot with words, so "not in the top 4" is never read as 0 %.
      if (value === undefined) return { value: 0, itemStyle: { ...emphasis, color: 'transparent' }, label: { formatter: notPublished, fontStyle: 'italic' as const } };
      if (!isMissing(value)) return { value, itemStyle: emphasis };
      const top = value.candidates?.length ? Math.max(...value.candidates) : 0;
      return { value: top, itemStyle: { ...emphasis, decal: UNCERTAIN_DECAL, opacity: 0.7 }, label: { formatter: t('ai.uncertain') } };
    }),
  }));

  const option: EChartsOption = {
    legend: { top: 0, left: 0 },
    grid: { top: 36, left: 8, right: 64, bottom: 24, containLabel: true },
    tooltip: categoryTooltip((index) => {
      const code = sectors[index];
      return code ? [sectorLabel(code), ...AREAS.map((area) => `${t(`ai.${area}`)} ${year} : ${cell(code, area).text}`)].join('\n') : '';
    }),
    xAxis: percentValueAxis(lang),
    yAxis: sectorCategoryAxis(sectors, picked, compact, lang),
    series,
  } as EChartsOption;

  const top = sectors.find((code) => code !== ALL_SECTORS && row(code, 'normandie'));
  return {
    ...base,
    option,
    summary: t('ai.practices.summary', {
      year,
      normandie: cell(ALL_SECTORS, 'normandie').text,
      france: cell(ALL_SECTORS, 'france').text,
      top: top ? sectorLabel(top) : '—',
      topValue: top ? cell(top, 'normandie').text : '—',
    }),
    notes,
    highlight: pickedSentence(filters.sector, sectors, (code) => AREAS.map((area) => `${t(`ai.${area}`)} ${year} ${cell(code, area).text}`).join(' ; '), lang),
    height: 80 + sectors.length * 46,
  };
}

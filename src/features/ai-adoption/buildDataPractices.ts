import { drawBars, type BarChartDescription } from '../../charts/bars';
import { isMissing, type Measure } from '../../data/contract';
import type { Dataset } from '../../data/queries';
import type { AiAdoptionRow, Area } from '../../data/schemas/study';
import { textCell, type TableCell, type TableColumn } from '../../charts/model';
import { AREA_COLORS } from '../../charts/theme';
import { fromMeasure } from '../../charts/valueStatement';
import { translator } from '../../i18n/i18n';
import type { Language } from '../../state/filters';
import type { SectorChartModel } from './buildAdoptionBySector';
import { measureCell } from './cells';
import { ALL_SECTORS, focusedYears, pickedSentence, sectorLabel as sectorLabelIn, type SectorFilters } from './sectors';
import '../../i18n/messages/ai';

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
    ...codes.filter((code) => row(code, 'normandie')).sort((a, b) => numeric(row(b, 'normandie')?.value) - numeric(row(a, 'normandie')?.value)),
    ...codes.filter((code) => !row(code, 'normandie')).sort((a, b) => numeric(row(b, 'france')?.value) - numeric(row(a, 'france')?.value)),
  ];
  // A sector this chart does not show is reported in words, and fades nothing.
  const picked = filters.sector && sectors.includes(filters.sector) ? filters.sector : null;
  const notPublished = t('ai.notPublished');
  const cell = (sector: string, area: Area): TableCell => measureCell(row(sector, area)?.value, lang, notPublished, row(sector, area)?.confidence);
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
  if (rows.some((candidate) => candidate.confidence === 'read' || candidate.confidence === 'proved')) notes.push(t('ai.practices.noteReconstructed'));

  const description: BarChartDescription = {
    kind: 'bar',
    lang,
    unit: 'percent',
    categories: sectors.map((code) => ({ key: code, label: sectorLabel(code), total: code === ALL_SECTORS })),
    // A sector outside a territory's top 4 reads « non publié » on an empty slot, never 0 %.
    series: AREAS.map((area) => ({
      name: `${t(`ai.${area}`)} ${year}`,
      color: AREA_COLORS[area],
      values: sectors.map((code) => fromMeasure(row(code, area)?.value, row(code, area)?.confidence)),
      labels: sectors.map((code) => (fromMeasure(row(code, area)?.value).kind === 'ambiguous' ? t('ai.uncertain') : undefined)),
    })),
    emphasis: { picked },
    absentText: notPublished,
    clickable: true,
  };

  const top = sectors.find((code) => code !== ALL_SECTORS && row(code, 'normandie'));
  return {
    ...base,
    ...drawBars(description, { compact }),
    summary: t('ai.practices.summary', {
      year,
      normandie: cell(ALL_SECTORS, 'normandie').text,
      france: cell(ALL_SECTORS, 'france').text,
      top: top ? sectorLabel(top) : '—',
      topValue: top ? cell(top, 'normandie').text : '—',
    }),
    notes,
    highlight: pickedSentence(filters.sector, sectors, (code) => AREAS.map((area) => `${t(`ai.${area}`)} ${year} ${cell(code, area).text}`).join(' ; '), lang),
  };
}

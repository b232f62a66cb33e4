import { drawBars, type BarChartDescription } from '../../charts/bars';
import { isMissing, type Measure } from '../../data/contract';
import type { Dataset } from '../../data/queries';
import type { AiAdoptionRow, Area } from '../../data/schemas/study';
import { textCell, type ChartModel, type TableCell, type TableColumn } from '../../charts/model';
import { measureCell } from './cells';
import { AREA_COLORS } from '../../charts/theme';
import { fromMeasure } from '../../charts/valueStatement';
import { translator } from '../../i18n/i18n';
import type { Language } from '../../state/filters';
import { ALL_SECTORS, focusedYears, pickedSentence, sectorLabel as sectorLabelIn, type SectorFilters } from './sectors';
import '../../i18n/messages/ai';

/** A sector chart also says which sector each category is (for clicks) and what the picked one shows. */
export interface SectorChartModel extends ChartModel {
  /** Sector codes in axis order (top to bottom). */
  categories: string[];
  /** One sentence on the picked sector in this chart, or null when none is picked. */
  highlight: string | null;
}

export type AdoptionSort = Area;

const AREAS: Area[] = ['normandie', 'france'];

/** The later year in full colour, the earlier one lighter with an outline that keeps 3:1 contrast. */
const YEAR_FILL: Record<Area, { latest: string; earlier: string }> = {
  normandie: { latest: AREA_COLORS.normandie, earlier: '#a3bfe0' },
  france: { latest: AREA_COLORS.france, earlier: '#d1d5db' },
};

type AiData = Pick<Dataset<'ai-adoption-by-sector'>, 'rows' | 'source'>;

interface SeriesKey {
  area: Area;
  year: number;
}

function valueOf(rows: readonly AiAdoptionRow[], sector: string, area: Area, year: number): Measure | undefined {
  return rows.find((row) => row.sector === sector && row.area === area && row.year === year)?.value;
}

/** How the value was paired with its sector and year (issue #13: « read » values are marked). */
function confidenceOf(rows: readonly AiAdoptionRow[], sector: string, area: Area, year: number) {
  return rows.find((row) => row.sector === sector && row.area === area && row.year === year)?.confidence;
}

function sortKey(value: Measure | undefined): number {
  if (value === undefined) return Number.NEGATIVE_INFINITY;
  if (!isMissing(value)) return value;
  return value.candidates?.length ? Math.max(...value.candidates) : Number.NEGATIVE_INFINITY;
}

/**
 * Share of TPE-PME with an AI solution by sector: Normandie bars beside
 * France as the reference, for the years in focus. The total comes first,
 * then sectors by decreasing share of `sortBy` in the latest year shown.
 */
export function buildAdoptionBySector(
  data: AiData,
  filters: SectorFilters,
  lang: Language,
  { sortBy = 'normandie', compact = false }: { sortBy?: AdoptionSort; compact?: boolean } = {},
): SectorChartModel {
  const t = translator(lang);
  const sectorLabel = (code: string) => sectorLabelIn(code, lang); // i13 (#13): sector names in the page's language
  const rows = data.rows.filter((row) => row.indicator === 'ai');
  const available = [...new Set(rows.map((row) => row.year))].sort((a, b) => a - b);
  const { years, ignoredYear } = focusedYears(available, filters.year);
  const latest = years.at(-1);
  const areaName = (area: Area) => t(`ai.${area}`);
  const notes: string[] = [];
  if (ignoredYear !== null) notes.push(t('ai.yearNotCovered', { year: ignoredYear }));
  if (years.length === 0 && available.length > 0) notes.push(t('ai.yearOnly', { year: available.join(t('ai.and')) }));

  const codes: string[] = [...new Set(rows.map((row) => row.sector))];
  const sectors =
    latest === undefined
      ? []
      : [
          ...codes.filter((code) => code === ALL_SECTORS),
          ...codes.filter((code) => code !== ALL_SECTORS).sort((a, b) => sortKey(valueOf(rows, b, sortBy, latest)) - sortKey(valueOf(rows, a, sortBy, latest))),
        ];
  // A sector this chart does not show is reported in words, and fades nothing.
  const picked = filters.sector && sectors.includes(filters.sector) ? filters.sector : null;
  const seriesKeys: SeriesKey[] = AREAS.flatMap((area) => years.map((year) => ({ area, year })));
  const seriesName = ({ area, year }: SeriesKey) => `${areaName(area)} ${year}`;

  const columns: TableColumn[] = [
    { key: 'sector', label: t('ai.sector'), kind: 'text' },
    ...seriesKeys.map((key) => ({ key: `${key.area}-${key.year}`, label: seriesName(key), kind: 'percent' as const })),
  ];
  const tableRows = sectors.map((code) => {
    const row: Record<string, TableCell> = { sector: textCell(sectorLabel(code)) };
    for (const key of seriesKeys)
      row[`${key.area}-${key.year}`] = measureCell(
        valueOf(rows, code, key.area, key.year),
        lang,
        t('ai.notPublished'),
        confidenceOf(rows, code, key.area, key.year),
      );
    return row;
  });

  const base = {
    id: 'ai-adoption-by-sector',
    title: t('ai.adoption.title'),
    subtitle: t('ai.adoption.subtitle', { years: (years.length ? years : available).join(t('ai.and')) }),
    source: data.source.citation,
    table: { columns, rows: tableRows },
    categories: sectors,
  };

  if (latest === undefined || sectors.length === 0) {
    return { ...base, option: null, summary: t('data.noData'), notes, highlight: null, height: 240 };
  }

  if (rows.some((row) => row.confidence === 'read' || row.confidence === 'proved')) notes.push(t('ai.adoption.noteReconstructed'));
  if (years.length > 1) notes.push(t('ai.adoption.noteComparison'));
  if (rows.some((row) => isMissing(row.value))) notes.push(t('ai.uncertainNote'));

  const description: BarChartDescription = {
    kind: 'bar',
    lang,
    unit: 'percent',
    categories: sectors.map((code) => ({ key: code, label: sectorLabel(code), total: code === ALL_SECTORS })),
    series: seriesKeys.map((key) => {
      const isLatest = key.year === latest;
      return {
        name: seriesName(key),
        color: YEAR_FILL[key.area].latest,
        ...(isLatest ? {} : { fill: YEAR_FILL[key.area].earlier }),
        values: sectors.map((code) => fromMeasure(valueOf(rows, code, key.area, key.year), confidenceOf(rows, code, key.area, key.year))),
        // An uncertain value is labelled in words; its candidates are in the tooltip and the table.
        labels: sectors.map((code) => (fromMeasure(valueOf(rows, code, key.area, key.year)).kind === 'ambiguous' ? t('ai.uncertain') : undefined)),
        labelled: seriesKeys.length <= 2,
      };
    }),
    emphasis: { picked },
    absentText: t('ai.notPublished'),
    clickable: true,
  };

  const latestNormandie = valueOf(rows, ALL_SECTORS, 'normandie', latest);
  const latestFrance = valueOf(rows, ALL_SECTORS, 'france', latest);
  const top = sectors
    .filter((code) => code !== ALL_SECTORS)
    .sort((a, b) => sortKey(valueOf(rows, b, 'normandie', latest)) - sortKey(valueOf(rows, a, 'normandie', latest)))[0];
  const summary = t('ai.adoption.summary', {
    year: latest,
    normandie: measureCell(latestNormandie, lang, t('ai.notPublished')).text,
    france: measureCell(latestFrance, lang, t('ai.notPublished')).text,
    top: top ? sectorLabel(top) : '—',
    topValue: top ? measureCell(valueOf(rows, top, 'normandie', latest), lang, t('ai.notPublished')).text : '—',
  });

  return {
    ...base,
    ...drawBars(description, { compact }),
    summary,
    notes,
    highlight: pickedSentence(
      filters.sector,
      sectors,
      (code) =>
        seriesKeys
          .map(
            (key) =>
              `${seriesName(key)} ${measureCell(valueOf(rows, code, key.area, key.year), lang, t('ai.notPublished'), confidenceOf(rows, code, key.area, key.year)).text}`,
          )
          .join(' ; '),
      lang,
    ),
  };
}

/**
 * Normandy against France for the selected occupation or family: the shares
 * of projects judged difficult and seasonal side by side (top), and the 13
 * metropolitan regions ranked by projects with Normandie highlighted
 * (bottom). Normandie's share of France's projects and its rank are in the
 * notes and the table. Secret cells: counts are "au moins", shares "≈" with
 * their bounds, a rank that secret cells could change is a range.
 */
import { drawBarPanels, type BarChartDescription, type BarPanelsDescription } from '../../charts/bars';
import { fromTotal, type ValueStatement } from '../../charts/valueStatement';
import { resolveOccupation } from '../../state/occupation';
import { formatRank } from './map/format';
import type { ChartModel, TableCell } from '../../charts/model';
import { AREA_COLORS } from '../../charts/theme';
import {
  compareWithFrance,
  maxOf,
  rankRange,
  toTotal,
  type CellTotal,
  type NationalComparison,
  type NationalSelection,
  type RankRange,
  type ShareInterval,
} from '../../data/bmoNational';
import type { SourceRef } from '../../data/contract';
import type { BmoNationalRow, BmoOccupation, BmoRow } from '../../data/schemas/bmo';
import { colon, formatNumber, formatPercent, formatPercentBounds, formatTotal } from '../../i18n/format';
import { translator } from '../../i18n/i18n';
import { type Filters, type Language, type OccupationId } from '../../state/filters';
import { occupationName } from './occupationName';
import '../../i18n/messages/overview';
import '../../i18n/messages/recruitment';

export const NORMANDY_FRANCE_CHART_ID = 'recruitment-normandy-france';

export interface NormandyFranceData {
  national: readonly BmoNationalRow[];
  rows: readonly BmoRow[];
  occupations: readonly BmoOccupation[];
  source: Pick<SourceRef, 'citation'>;
}

/** The national selection and Normandy's rows behind an occupation filter. */
export function nationalSelection(
  occupation: OccupationId,
  rows: readonly BmoRow[],
  occupations: readonly BmoOccupation[],
): { selection: NationalSelection; normandieRows: BmoRow[] } {
  const resolved = resolveOccupation(occupation, occupations);
  const codes = new Set(resolved.codes);
  return { selection: resolved.national, normandieRows: rows.filter((row) => codes.has(row.occupation)) };
}

/** Normandie against France for the occupation filter (the overview's key figure uses it too). */
export function normandyFranceComparison(data: NormandyFranceData, occupation: OccupationId): NationalComparison {
  const { selection, normandieRows } = nationalSelection(occupation, data.rows, data.occupations);
  return compareWithFrance(data.national, normandieRows, selection);
}

// ---------------------------------------------------------------------------
// Texts
// ---------------------------------------------------------------------------

export function countText(cells: CellTotal, lang: Language): string {
  const t = translator(lang);
  if (cells.value === 0 && cells.secretCells > 0) return t('recruitment.secret');
  if (cells.value === 0) return t('recruitment.none');
  return formatTotal(toTotal(cells), lang);
}

export function countRangeText(cells: CellTotal, lang: Language): string {
  const t = translator(lang);
  if (cells.secretCells === 0) return formatNumber(cells.value, lang);
  return t('recruitment.national.between', { min: formatNumber(cells.value, lang), max: formatNumber(maxOf(cells), lang) });
}

/** "≈ 66,5 %", "66,5 %", "secret statistique", "aucun projet". */
export function shareText(share: ShareInterval | null, lang: Language): string {
  const t = translator(lang);
  if (share === null) return t('recruitment.none');
  if (share.value === null) return t('recruitment.secret');
  const text = formatPercent(share.value, lang);
  return share.uncertain ? t('recruitment.approximately', { value: text }) : text;
}

export function shareRangeText(share: ShareInterval | null, lang: Language): string {
  const t = translator(lang);
  if (share === null) return '—';
  const bounds = share.uncertain ? formatPercentBounds(share.min, share.max, lang) : null;
  if (!bounds) return formatPercent(share.value ?? share.min, lang);
  return t('recruitment.national.between', { min: bounds[0], max: bounds[1] });
}

/** "8e sur 13", or "entre le 7e et le 9e sur 13" when secret cells could reorder the regions. */
export function rankText(rank: RankRange | null, lang: Language): string {
  const t = translator(lang);
  if (rank === null) return t('recruitment.unranked');
  if (rank.min === rank.max) return formatRank(rank.min, rank.of, lang);
  const ordinal = (n: number) => formatRank(n, rank.of, lang).split(' ')[0] ?? String(n);
  return t('recruitment.national.rankBetween', { min: ordinal(rank.min), max: ordinal(rank.max), total: rank.of });
}

/** Projects summed over cells some of which are secret, as a statement (« au moins », secret, none). */
export function countStatement(cells: CellTotal): ValueStatement {
  return fromTotal(toTotal(cells));
}

/** A share of projects as a statement: secret when every part is secret, approximate (≈) when secret cells are left out. */
export function shareStatement(share: ShareInterval | null): ValueStatement {
  if (share === null) return { kind: 'none' };
  if (share.value === null) return { kind: 'secret' };
  return { kind: share.uncertain ? 'approximate' : 'number', value: share.value };
}

function shareCell(share: ShareInterval | null, lang: Language): TableCell {
  const text = shareText(share, lang);
  if (share === null) return { text, sort: null };
  if (share.value === null) return { text, sort: null, flag: 'secret' };
  return { text, sort: share.value, ...(share.uncertain ? { flag: 'lower-bound' as const } : {}) };
}

function countCell(cells: CellTotal, lang: Language): TableCell {
  const text = countText(cells, lang);
  if (cells.value === 0 && cells.secretCells > 0) return { text, sort: null, flag: 'secret' };
  return { text, sort: cells.value, ...(cells.secretCells > 0 ? { flag: 'lower-bound' as const } : {}) };
}

// ---------------------------------------------------------------------------
// Builder
// ---------------------------------------------------------------------------

const SHARES_HEIGHT = 120;
const REGION_ROW = 22;

/** `compact`: phone width (narrower labels, shorter share names). */
export function buildNormandyFrance(
  data: NormandyFranceData,
  filters: Pick<Filters, 'occupation'>,
  lang: Language,
  { compact = false }: { compact?: boolean } = {},
): ChartModel {
  const t = translator(lang);
  const occupation = occupationName(filters.occupation, data.occupations, lang);
  const c = normandyFranceComparison(data, filters.occupation);
  const nationalLabel = t('recruitment.national.france');

  const headline = t('recruitment.national.headline', {
    projects: countText(c.normandie.met, lang),
    share: shareText(c.shareOfFrance, lang),
    bounds: shareRangeText(c.shareOfFrance, lang),
    rank: rankText(c.rank, lang),
  });
  const shares = t('recruitment.national.sharesLine', {
    difficult: shareText(c.difficult.normandie, lang),
    difficultFrance: shareText(c.difficult.france, lang),
    seasonal: shareText(c.seasonal.normandie, lang),
    seasonalFrance: shareText(c.seasonal.france, lang),
  });
  const notes = [headline, shares];
  const anySecret = c.normandie.met.secretCells + c.france.met.secretCells + c.france.xmet.secretCells + c.france.smet.secretCells > 0;
  if (anySecret) notes.push(t('recruitment.national.noteSecret'));
  if (c.rank && c.rank.min !== c.rank.max) notes.push(t('recruitment.national.noteRank'));
  notes.push(t('recruitment.national.noteFrance'));

  const regionRows = c.regions.map((region) => {
    const isNormandie = region.code === '28';
    const regionRank = rankOf(c, region.code);
    return {
      territory: { text: region.name, sort: region.name },
      projects: countCell(region.met, lang),
      range: { text: countRangeText(region.met, lang), sort: maxOf(region.met) },
      difficult: isNormandie ? shareCell(c.difficult.normandie, lang) : { text: '—', sort: null },
      seasonal: isNormandie ? shareCell(c.seasonal.normandie, lang) : { text: '—', sort: null },
      rank: { text: rankText(regionRank, lang), sort: regionRank?.min ?? null },
    } satisfies Record<string, TableCell>;
  });
  const table = {
    columns: [
      { key: 'territory', label: t('recruitment.national.columns.territory'), kind: 'text' as const },
      { key: 'projects', label: t('recruitment.columns.projects'), kind: 'count' as const },
      { key: 'range', label: t('recruitment.national.columns.range'), kind: 'text' as const },
      { key: 'difficult', label: t('recruitment.columns.difficultShare'), kind: 'percent' as const },
      { key: 'seasonal', label: t('recruitment.columns.seasonalShare'), kind: 'percent' as const },
      { key: 'rank', label: t('recruitment.national.columns.rank'), kind: 'text' as const },
    ],
    rows: [
      {
        territory: { text: nationalLabel, sort: nationalLabel },
        projects: countCell(c.france.met, lang),
        range: { text: countRangeText(c.france.met, lang), sort: maxOf(c.france.met) },
        difficult: shareCell(c.difficult.france, lang),
        seasonal: shareCell(c.seasonal.france, lang),
        rank: { text: '—', sort: null },
      },
      ...regionRows,
    ],
  };

  const base = {
    id: NORMANDY_FRANCE_CHART_ID,
    title: t('recruitment.national.title'),
    subtitle: t('recruitment.national.subtitle', { occupation }),
    source: data.source.citation,
    table,
    notes,
    height: SHARES_HEIGHT + 96 + c.regions.length * REGION_ROW,
  };
  if (c.empty)
    return { ...base, notes: [t('recruitment.national.empty', { occupation })], option: null, summary: t('recruitment.national.empty', { occupation }) };

  const summary = `${occupation}${colon(lang)}${headline} ${shares}`;
  const shareKeys = ['difficult', 'seasonal'] as const;
  const shareCategories = compact
    ? [t('recruitment.national.shortDifficult'), t('recruitment.national.shortSeasonal')]
    : [t('recruitment.columns.difficultShare'), t('recruitment.columns.seasonalShare')];
  const areas = [
    { area: 'normandie' as const, name: t('overview.normandie') },
    { area: 'france' as const, name: nationalLabel },
  ];
  const noneText = t('recruitment.none');
  const sharesChart: BarChartDescription = {
    kind: 'bar',
    lang,
    unit: 'percent',
    max: 100,
    noneText,
    categories: shareKeys.map((key, index) => ({ key, label: shareCategories[index]! })),
    series: areas.map(({ area, name }) => ({ name, color: AREA_COLORS[area], values: shareKeys.map((key) => shareStatement(c[key][area])) })),
    tooltip: (index, seriesIndex) => {
      const key = shareKeys[index]!;
      const { area, name } = areas[seriesIndex ?? 0]!;
      return [shareCategories[index] ?? '', `${name}${colon(lang)}${shareText(c[key][area], lang)} (${shareRangeText(c[key][area], lang)})`].join('\n');
    },
  };
  // The regions ranked, Normandie picked; a rank secret cells could change is a range in the tooltip.
  const regionsChart: BarChartDescription = {
    kind: 'bar',
    lang,
    unit: 'count',
    noneText,
    categories: c.regions.map((region) => ({ key: region.code, label: region.name })),
    series: [{ name: t('filters.measures.projets'), color: AREA_COLORS.normandie, values: c.regions.map((region) => countStatement(region.met)) }],
    emphasis: { picked: '28' },
    tooltip: (index) => {
      const region = c.regions[index];
      if (!region) return '';
      return [
        region.name,
        `${t('filters.measures.projets')}${colon(lang)}${countText(region.met, lang)}`,
        `${t('recruitment.rank')}${colon(lang)}${rankText(rankOf(c, region.code), lang)}`,
      ].join('\n');
    },
  };
  const description: BarPanelsDescription = {
    kind: 'bar-panels',
    panels: [
      { title: t('recruitment.national.sharesTitle'), chart: sharesChart },
      { title: t('recruitment.national.regionsAxis'), chart: regionsChart },
    ],
    // The regions' panel is named by its heading: the legend is Normandie against France.
    legend: areas.map((entry) => entry.name),
  };
  return { ...base, ...drawBarPanels(description, { compact }), summary };
}

function rankOf(c: NationalComparison, code: string): RankRange | null {
  const region = c.regions.find((entry) => entry.code === code);
  if (!region || (region.met.value === 0 && region.met.secretCells === 0)) return null;
  return rankRange(
    region.met,
    c.regions.map((entry) => entry.met),
  );
}

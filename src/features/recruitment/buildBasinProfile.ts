/**
 * What a basin recruits: for the selected basin (or department, or Normandie
 * when none is selected), the 15 occupations with the most recruitment
 * projects, the study's data and AI occupations and the other IT occupations
 * highlighted, each with its share judged difficult and how much more or less
 * of the area's projects it weighs than of Normandie's (over- or
 * under-representation against the regional profile).
 *
 * Secret cells: an occupation's count is "au moins", shares computed from
 * such counts are "≈"; an occupation whose every cell in the area is secret
 * is not ranked (it has fewer than 5 projects per cell, its rank is unknown).
 */
import { drawBars, type BarChartDescription } from '../../charts/bars';
import { fromTotal } from '../../charts/valueStatement';
import { share, sumCells } from '../../data/bmo';
import type { Total } from '../../data/contract';
import type { ChartModel, TableCell } from '../../charts/model';
import { HIGHLIGHT_COLOR, SERIES_COLORS } from '../../charts/theme';
import { colon, formatNumber, formatPercent, formatTotal } from '../../i18n/format';
import { translator } from '../../i18n/i18n';
import { ENGINEERS, TECHNICIANS, type Filters, type Language } from '../../state/filters';
import { resolveOccupation } from '../../state/occupation';
import { basinLabel, departmentLabel } from '../../state/territories';
import type { RecruitmentData } from './buildRecruitmentMap';
import '../../i18n/messages/overview';
import '../../i18n/messages/recruitment';

export const BASIN_PROFILE_CHART_ID = 'recruitment-basin-profile';

/** How many occupations the chart shows. */
export const TOP_OCCUPATIONS = 15;

/** The study's data and AI occupations (its « métiers de l'informatique » pair). */
export const DATA_AI_OCCUPATIONS: readonly string[] = [ENGINEERS, TECHNICIANS];
/**
 * The other IT occupations of the BMO 2024 nomenclature: the rest of FAP
 * domain M (« Informatique et télécommunications »): M1X81 production and
 * support technicians, M2X91 IT project managers, M2X92 IT production
 * managers, M2X93 information-systems consultants.
 */
export const IT_OCCUPATIONS: readonly string[] = ['M1X81', 'M2X91', 'M2X92', 'M2X93'];

/** Ratio of the area's share to Normandie's from which an occupation is called over- (≥) or under- (≤ 1 / it) represented. */
export const REPRESENTATION_THRESHOLD = 1.5;

export type OccupationGroup = 'data-ai' | 'it' | null;
export type Representation = 'over' | 'under' | 'similar' | null;

export interface ProfileDatum {
  code: string;
  label: string;
  group: OccupationGroup;
  projects: Total;
  /** % of projects judged difficult; null when undefined. */
  difficultShare: number | null;
  difficultUncertain: boolean;
  /** % of the area's projects, and of Normandie's, for this occupation. */
  shareOfArea: number | null;
  shareOfNormandie: number | null;
  /** shareOfArea / shareOfNormandie; null when the area is Normandie or a share is undefined. */
  ratio: number | null;
  representation: Representation;
  /** A share or the ratio leaves out secret cells. */
  uncertain: boolean;
  rank: number;
}

export interface BasinProfile {
  area: { kind: 'basin' | 'dep' | 'region'; label: string };
  areaTotal: Total;
  ranked: number;
  top: ProfileDatum[];
  /** The data/AI and IT occupations of the area outside the top 15 (or all of them), with their rank. */
  itOutsideTop: ProfileDatum[];
  /** All IT occupations together in the area and in Normandie. */
  it: { projects: Total; shareOfArea: number | null; shareOfNormandie: number | null; normandieUncertain: boolean };
}

export function groupOf(code: string): OccupationGroup {
  if (DATA_AI_OCCUPATIONS.includes(code)) return 'data-ai';
  if (IT_OCCUPATIONS.includes(code)) return 'it';
  return null;
}

function grouped(rows: RecruitmentData['rows'], keep: (row: RecruitmentData['rows'][number]) => boolean) {
  const met = new Map<string, (number | { missing: 'secret' })[]>();
  const xmet = new Map<string, (number | { missing: 'secret' })[]>();
  for (const row of rows) {
    if (!keep(row)) continue;
    (met.get(row.occupation) ?? met.set(row.occupation, []).get(row.occupation)!).push(row.met);
    (xmet.get(row.occupation) ?? xmet.set(row.occupation, []).get(row.occupation)!).push(row.xmet);
  }
  const out = new Map<string, { met: Total; xmet: Total }>();
  for (const [code, cells] of met) out.set(code, { met: sumCells(cells), xmet: sumCells(xmet.get(code) ?? []) });
  return out;
}

const sumTotals = (totals: Iterable<Total>): Total => {
  let value = 0;
  let lowerBound = false;
  for (const total of totals) {
    value += total.value;
    lowerBound ||= total.lowerBound;
  }
  return { value, lowerBound };
};

function shareNumber(part: Total, whole: Total): number | null {
  if (part.value === 0 && part.lowerBound) return null;
  const result = share(part, whole);
  return typeof result.value === 'number' ? result.value : null;
}

export function basinProfile(data: RecruitmentData, filters: Pick<Filters, 'basin' | 'dep'>): BasinProfile {
  const keep = filters.basin
    ? (row: { basin: string }) => row.basin === filters.basin
    : filters.dep
      ? (row: { dep: string }) => row.dep === filters.dep
      : () => true;
  const area = filters.basin
    ? { kind: 'basin' as const, label: basinLabel(filters.basin) }
    : filters.dep
      ? { kind: 'dep' as const, label: departmentLabel(filters.dep) }
      : { kind: 'region' as const, label: 'Normandie' };
  const inArea = grouped(data.rows, keep as (row: RecruitmentData['rows'][number]) => boolean);
  const inRegion = filters.basin || filters.dep ? grouped(data.rows, () => true) : inArea;
  const areaTotal = sumTotals([...inArea.values()].map((entry) => entry.met));
  const regionTotal = sumTotals([...inRegion.values()].map((entry) => entry.met));
  const labelOf = new Map(data.occupations.map((entry) => [entry.code, entry.label]));

  const ranked = [...inArea.entries()]
    .filter(([, entry]) => entry.met.value > 0)
    .sort(([a, x], [b, y]) => y.met.value - x.met.value || (labelOf.get(a) ?? a).localeCompare(labelOf.get(b) ?? b, 'fr'));
  const ranking = ranked.map(([code, entry], index): ProfileDatum => {
    const regional = inRegion.get(code)?.met ?? { value: 0, lowerBound: false };
    const difficult = share(entry.xmet, entry.met);
    const shareOfArea = shareNumber(entry.met, areaTotal);
    const shareOfNormandie = shareNumber(regional, regionTotal);
    const ratio = area.kind !== 'region' && shareOfArea !== null && shareOfNormandie ? shareOfArea / shareOfNormandie : null;
    const representation: Representation =
      ratio === null ? null : ratio >= REPRESENTATION_THRESHOLD ? 'over' : ratio <= 1 / REPRESENTATION_THRESHOLD ? 'under' : 'similar';
    return {
      code,
      label: labelOf.get(code) ?? code,
      group: groupOf(code),
      projects: entry.met,
      difficultShare: entry.xmet.value === 0 && entry.xmet.lowerBound ? null : typeof difficult.value === 'number' ? difficult.value : null,
      difficultUncertain: difficult.lowerBoundAffected,
      shareOfArea,
      shareOfNormandie,
      ratio,
      representation,
      uncertain: entry.met.lowerBound || areaTotal.lowerBound || regional.lowerBound || regionTotal.lowerBound,
      rank: index + 1,
    };
  });
  const top = ranking.slice(0, TOP_OCCUPATIONS);
  const itCodes = [...DATA_AI_OCCUPATIONS, ...IT_OCCUPATIONS];
  const itArea = sumTotals(itCodes.map((code) => inArea.get(code)?.met ?? { value: 0, lowerBound: false }));
  const itRegion = sumTotals(itCodes.map((code) => inRegion.get(code)?.met ?? { value: 0, lowerBound: false }));
  return {
    area,
    areaTotal,
    ranked: ranking.length,
    top,
    itOutsideTop: ranking.slice(TOP_OCCUPATIONS).filter((datum) => datum.group !== null),
    it: {
      projects: itArea,
      shareOfArea: shareNumber(itArea, areaTotal),
      shareOfNormandie: shareNumber(itRegion, regionTotal),
      normandieUncertain: itRegion.lowerBound || regionTotal.lowerBound,
    },
  };
}

// ---------------------------------------------------------------------------
// Chart model
// ---------------------------------------------------------------------------

const GROUP_COLORS: Record<Exclude<OccupationGroup, null>, string> = { 'data-ai': HIGHLIGHT_COLOR, it: SERIES_COLORS[3] };
const OTHER_COLOR = SERIES_COLORS[0];
const ROW_HEIGHT = 26;

function approx(text: string, uncertain: boolean, lang: Language): string {
  return uncertain ? translator(lang)('recruitment.approximately', { value: text }) : text;
}

export function ratioText(datum: ProfileDatum, lang: Language): string {
  const t = translator(lang);
  if (datum.ratio === null) return '—';
  return approx(t('recruitment.profile.ratio', { value: formatNumber(datum.ratio, lang, 1) }), datum.uncertain, lang);
}

/** The occupations the selection covers, to outline the selected one(s) in the chart. */
function selectedCodes(occupation: string): string[] {
  const resolved = resolveOccupation(occupation);
  return resolved.selection.kind === 'family' ? [] : resolved.codes;
}

/** `compact`: phone width: shorter occupation labels, bars labelled with their count only (the table has the rest). */
export function buildBasinProfile(
  data: RecruitmentData,
  filters: Pick<Filters, 'basin' | 'dep' | 'occupation'>,
  lang: Language,
  { compact = false }: { compact?: boolean } = {},
): { model: ChartModel; profile: BasinProfile } {
  const t = translator(lang);
  const profile = basinProfile(data, filters);
  const { area, top } = profile;
  const areaName = area.kind === 'region' ? t('overview.normandie') : area.label;
  const inRegion = area.kind === 'region';
  const selected = selectedCodes(filters.occupation);

  const notes: string[] = [];
  const itLine = t(inRegion ? 'recruitment.profile.itRegion' : 'recruitment.profile.it', {
    area: areaName,
    projects: formatTotal(profile.it.projects, lang),
    share:
      profile.it.shareOfArea === null
        ? t('recruitment.secret')
        : approx(formatPercent(profile.it.shareOfArea, lang), profile.areaTotal.lowerBound || profile.it.projects.lowerBound, lang),
    normandie:
      profile.it.shareOfNormandie === null
        ? t('recruitment.secret')
        : approx(formatPercent(profile.it.shareOfNormandie, lang), profile.it.normandieUncertain, lang),
  });
  notes.push(itLine);
  if (profile.itOutsideTop.length > 0) {
    notes.push(
      t('recruitment.profile.itOutside', {
        list: profile.itOutsideTop
          .map((datum) => `${datum.code} (${t('recruitment.profile.rankShort', { rank: datum.rank })}, ${formatTotal(datum.projects, lang)})`)
          .join(', '),
      }),
    );
  }
  notes.push(t('recruitment.profile.noteColours'));
  if (!inRegion) notes.push(t('recruitment.profile.noteRatio', { threshold: formatNumber(REPRESENTATION_THRESHOLD, lang, 1) }));
  notes.push(t('recruitment.profile.noteSecret'));

  const representationText = (datum: ProfileDatum) => (datum.representation ? t(`recruitment.profile.representation.${datum.representation}`) : '—');
  const groupText = (datum: ProfileDatum) => (datum.group ? t(`recruitment.profile.groups.${datum.group}`) : '—');
  const cellOf = (value: number | null, uncertain: boolean): TableCell =>
    value === null
      ? { text: t('recruitment.secret'), sort: null, flag: 'secret' }
      : { text: approx(formatPercent(value, lang), uncertain, lang), sort: value, ...(uncertain ? { flag: 'lower-bound' as const } : {}) };
  const table = {
    columns: [
      { key: 'rank', label: t('recruitment.columns.rank'), kind: 'count' as const },
      { key: 'occupation', label: t('recruitment.profile.columns.occupation'), kind: 'text' as const },
      { key: 'code', label: t('recruitment.profile.columns.code'), kind: 'text' as const },
      { key: 'group', label: t('recruitment.profile.columns.group'), kind: 'text' as const },
      { key: 'projects', label: t('recruitment.columns.projects'), kind: 'count' as const },
      { key: 'difficult', label: t('recruitment.columns.difficultShare'), kind: 'percent' as const },
      { key: 'shareOfArea', label: t('recruitment.profile.columns.shareOfArea', { area: areaName }), kind: 'percent' as const },
      ...(inRegion
        ? []
        : [
            { key: 'shareOfNormandie', label: t('recruitment.profile.columns.shareOfNormandie'), kind: 'percent' as const },
            { key: 'ratio', label: t('recruitment.profile.columns.ratio'), kind: 'text' as const },
          ]),
    ],
    rows: top.map((datum) => ({
      rank: { text: String(datum.rank), sort: datum.rank },
      occupation: { text: datum.label, sort: datum.label },
      code: { text: datum.code, sort: datum.code },
      group: { text: groupText(datum), sort: groupText(datum) },
      projects: { text: formatTotal(datum.projects, lang), sort: datum.projects.value, ...(datum.projects.lowerBound ? { flag: 'lower-bound' as const } : {}) },
      difficult: cellOf(datum.difficultShare, datum.difficultUncertain),
      shareOfArea: cellOf(datum.shareOfArea, datum.uncertain),
      ...(inRegion
        ? {}
        : {
            shareOfNormandie: cellOf(datum.shareOfNormandie, datum.uncertain),
            ratio: { text: `${ratioText(datum, lang)} (${representationText(datum)})`, sort: datum.ratio },
          }),
    })),
  };

  const base = {
    id: BASIN_PROFILE_CHART_ID,
    title: t('recruitment.profile.title', { area: areaName }),
    subtitle: t(inRegion ? 'recruitment.profile.subtitleRegion' : 'recruitment.profile.subtitle', { count: TOP_OCCUPATIONS }),
    source: data.source.citation,
    table,
    notes,
    height: Math.max(220, 56 + top.length * ROW_HEIGHT),
  };
  if (top.length === 0) {
    const empty = t('recruitment.profile.empty', { area: areaName });
    return { model: { ...base, option: null, summary: empty }, profile };
  }

  const [first, second] = top;
  const summary = [
    t('recruitment.profile.summary', {
      area: areaName,
      top: first!.label,
      topValue: formatTotal(first!.projects, lang),
      second: second?.label ?? '—',
      secondValue: second ? formatTotal(second.projects, lang) : '—',
    }),
    itLine,
  ].join(' ');

  const labels = top.map((datum) => {
    const parts = [formatTotal(datum.projects, lang)];
    if (compact) return parts[0]!;
    if (datum.difficultShare !== null)
      parts.push(t('recruitment.ranking.difficultLabel', { value: approx(formatPercent(datum.difficultShare, lang, 0), datum.difficultUncertain, lang) }));
    // The ratio is approximate everywhere (regional totals omit secret cells): the « ≈ » is in the table, the tooltip and the notes.
    if (datum.ratio !== null) parts.push(t('recruitment.profile.ratio', { value: formatNumber(datum.ratio, lang, 1) }));
    return parts.join(' · ');
  });
  const tooltips = top.map((datum) => {
    const lines = [`${datum.label} (${datum.code})`, `${t('filters.measures.projets')}${colon(lang)}${formatTotal(datum.projects, lang)}`];
    if (datum.group) lines.push(groupText(datum));
    lines.push(
      `${t('recruitment.columns.difficultShare')}${colon(lang)}${datum.difficultShare === null ? t('recruitment.secret') : approx(formatPercent(datum.difficultShare, lang), datum.difficultUncertain, lang)}`,
    );
    if (datum.shareOfArea !== null)
      lines.push(
        `${t('recruitment.profile.columns.shareOfArea', { area: areaName })}${colon(lang)}${approx(formatPercent(datum.shareOfArea, lang), datum.uncertain, lang)}`,
      );
    if (!inRegion && datum.shareOfNormandie !== null) {
      lines.push(`${t('recruitment.profile.columns.shareOfNormandie')}${colon(lang)}${formatPercent(datum.shareOfNormandie, lang)}`);
      lines.push(`${t('recruitment.profile.columns.ratio')}${colon(lang)}${ratioText(datum, lang)} (${representationText(datum)})`);
    }
    lines.push(t('recruitment.profile.clickHint'));
    return lines.join('\n');
  });
  // One series per group (their colours in the legend), each occupation in the series of its group.
  const groups = [
    { group: 'data-ai' as const, name: t('recruitment.profile.groups.data-ai'), color: GROUP_COLORS['data-ai'] },
    { group: 'it' as const, name: t('recruitment.profile.groups.it'), color: GROUP_COLORS.it },
    { group: null, name: t('recruitment.profile.groups.other'), color: OTHER_COLOR },
  ].filter((entry) => top.some((datum) => datum.group === entry.group));
  const description: BarChartDescription = {
    kind: 'bar',
    lang,
    unit: 'count',
    categories: top.map((datum) => ({ key: datum.code, label: datum.label })),
    series: groups.map((entry) => ({
      name: entry.name,
      color: entry.color,
      values: top.map((datum) => (datum.group === entry.group ? fromTotal(datum.projects) : null)),
      labels: top.map((datum, index) => (datum.group === entry.group ? labels[index] : null)),
    })),
    // The selected occupation(s) outlined and marked; the others keep their colours (the group colours carry meaning).
    emphasis: { picked: selected, fadeOthers: false },
    widestLabels: true,
    tooltip: (index) => tooltips[index] ?? '',
  };
  return { model: { ...base, ...drawBars(description, { compact }), summary }, profile };
}

/**
 * The overview's key figures, one pure builder per tile. Each follows the
 * occupation filter; when the study has no figure for the selected group the
 * tile says so instead of borrowing another group's figure.
 */
import { fromTotal, statementText } from '../../charts/valueStatement';
import { isMissing, type Measure } from '../../data/contract';
import { sumRows, type BmoFilter } from '../../data/bmo';
import type { Dataset } from '../../data/queries';
import type { SectionId } from '../../state/sections';
import { translator } from '../../i18n/i18n';
import { formatMeasure, formatPercent, formatPercentBounds, missingLabel } from '../../i18n/format';
import type { Filters, Language } from '../../state/filters';
import { resolveOccupation } from '../../state/occupation';
import { basinLabel, departmentLabel } from '../../state/territories';
import { compareWithFrance, type RankRange } from '../../data/bmoNational';
import { formatRank } from '../../i18n/rank';
import { occupationLabel } from '../filters';
import { studyGroupOf } from '../employment';
import '../../i18n/messages/overview';
import '../../i18n/messages/recruitment';

export type KeyFigureId = 'employed' | 'growth' | 'ai' | 'recruitment' | 'national' | 'students';

export interface KeyFigure {
  id: KeyFigureId;
  label: string;
  /** The figure as text, or null when there is none for this selection (`note` says why). */
  value: string | null;
  /** What, where, when. */
  detail: string;
  /** Why a figure is missing or only a bound. */
  note: string | null;
  /** `lower-bound`: the true figure is higher ("au moins"). */
  flag: 'lower-bound' | null;
  /** The dataset's citation, shown on hover and focus. */
  source: string;
  section: SectionId;
}

type Selection = Pick<Filters, 'occupation' | 'dep' | 'basin' | 'sector'>;

function measureText(value: Measure | undefined, kind: 'count' | 'rate' | 'percent', lang: Language): { value: string | null; note: string | null } {
  if (value === undefined) return { value: null, note: translator(lang)('overview.outOfStudy') };
  if (isMissing(value)) return { value: null, note: value.note ?? missingLabel(value, lang) };
  return { value: formatMeasure(value, kind, lang), note: null };
}

function employmentFigure(id: 'employed' | 'growth', data: Dataset<'employment-growth'>, filters: Pick<Selection, 'occupation'>, lang: Language): KeyFigure {
  const t = translator(lang);
  const group = studyGroupOf(filters.occupation);
  const indicator = id === 'employed' ? 'actifs-en-emploi' : 'evolution-emploi';
  const period = id === 'employed' ? '2021' : '2015-2021';
  const row = group ? data.rows.find((candidate) => candidate.group === group && candidate.indicator === indicator && candidate.period === period) : undefined;
  const shown = group ? measureText(row?.value, id === 'employed' ? 'count' : 'rate', lang) : { value: null, note: t('overview.outOfStudy') };
  const groupName = row?.groupLabel ?? occupationLabel(filters.occupation, t);
  return {
    id,
    label: t(`overview.${id}.label`),
    ...shown,
    detail: t(`overview.${id}.detail`, { group: groupName }),
    flag: null,
    source: data.source.citation,
    section: 'emploi',
  };
}

export function employedFigure(data: Dataset<'employment-growth'>, filters: Pick<Selection, 'occupation'>, lang: Language): KeyFigure {
  return employmentFigure('employed', data, filters, lang);
}

export function growthFigure(data: Dataset<'employment-growth'>, filters: Pick<Selection, 'occupation'>, lang: Language): KeyFigure {
  return employmentFigure('growth', data, filters, lang);
}

/** AI adoption is about firms, not occupations: the selected sector if the survey has it, else all small businesses. */
export function aiFigure(data: Dataset<'ai-adoption-by-sector'>, filters: Pick<Selection, 'sector'>, lang: Language): KeyFigure {
  const t = translator(lang);
  const find = (sector: string, area: 'normandie' | 'france') =>
    data.rows.find((row) => row.indicator === 'ai' && row.year === 2024 && row.area === area && row.sector === sector);
  const sector = filters.sector && find(filters.sector, 'normandie') ? filters.sector : 'ensemble';
  const normandie = find(sector, 'normandie');
  const france = find(sector, 'france');
  const shown = measureText(normandie?.value, 'percent', lang);
  const sectorLabel = normandie?.sectorLabel ?? sector;
  const detail =
    france && !isMissing(france.value)
      ? t('overview.ai.detail', { sector: sectorLabel, france: formatPercent(france.value, lang) })
      : t('overview.ai.detailNoFrance', { sector: sectorLabel });
  return { id: 'ai', label: t('overview.ai.label'), ...shown, detail, flag: null, source: data.source.citation, section: 'ia' };
}

/** BMO codes behind an occupation filter; a BMO family expands to its occupations. */
function bmoCodes(occupation: string, occupations: Dataset<'bmo-2024-occupations'>): string[] {
  return resolveOccupation(occupation, occupations.rows).codes;
}

export function recruitmentFigure(
  data: Dataset<'bmo-2024-normandie'>,
  occupations: Dataset<'bmo-2024-occupations'>,
  filters: Selection,
  lang: Language,
): KeyFigure {
  const t = translator(lang);
  const filter: BmoFilter = { occupations: bmoCodes(filters.occupation, occupations) };
  if (filters.basin) filter.basins = [filters.basin];
  else if (filters.dep) filter.deps = [filters.dep];
  const total = sumRows(data.rows, 'met', filter);
  const area = filters.basin ? basinLabel(filters.basin) : filters.dep ? departmentLabel(filters.dep) : t('overview.normandie');
  const lookup = (code: string) => occupations.rows.find((row) => row.code === code)?.label;
  const statement = fromTotal(total);
  const none = statement.kind === 'none';
  return {
    id: 'recruitment',
    label: t('overview.recruitment.label'),
    // Every cell secret: « secret statistique », never « au moins 0 ».
    value: none ? null : statementText(statement, 'count', lang),
    detail: t('overview.recruitment.detail', { occupation: occupationLabel(filters.occupation, t, lookup), area }),
    note: none
      ? t('overview.recruitment.none')
      : statement.kind === 'secret'
        ? t('recruitment.secretNote')
        : statement.kind === 'lower-bound'
          ? t('overview.recruitment.lowerBound')
          : null,
    flag: statement.kind === 'lower-bound' ? 'lower-bound' : null,
    source: data.source.citation,
    section: 'recrutements',
  };
}

function rankWords(rank: RankRange, lang: Language): string {
  if (rank.min === rank.max) return formatRank(rank.min, rank.of, lang);
  const ordinal = (n: number) => formatRank(n, rank.of, lang).split(' ')[0] ?? String(n);
  return translator(lang)('recruitment.national.rankBetween', { min: ordinal(rank.min), max: ordinal(rank.max), total: rank.of });
}

/** Normandie's share of France's recruitment projects for the occupation filter, with its rank among the 13 metropolitan regions. */
export function nationalFigure(
  national: Dataset<'bmo-2024-france'>,
  data: Dataset<'bmo-2024-normandie'>,
  occupations: Dataset<'bmo-2024-occupations'>,
  filters: Pick<Selection, 'occupation'>,
  lang: Language,
): KeyFigure {
  const t = translator(lang);
  const resolved = resolveOccupation(filters.occupation, occupations.rows);
  const codes = resolved.codes;
  const selection = resolved.national;
  const codeSet = new Set(codes);
  const c = compareWithFrance(
    national.rows,
    data.rows.filter((row) => codeSet.has(row.occupation)),
    selection,
  );
  const share = c.shareOfFrance;
  const lookup = (code: string) => occupations.rows.find((row) => row.code === code)?.label;
  const occupation = occupationLabel(filters.occupation, t, lookup);
  const base = { id: 'national' as const, label: t('overview.national.label'), flag: null, source: national.source.citation, section: 'recrutements' as const };
  if (c.rank === null || share === null) {
    return { ...base, value: null, detail: t('overview.national.detail', { occupation, rank: t('recruitment.unranked') }), note: t('overview.national.none') };
  }
  const bounds = share.uncertain ? formatPercentBounds(share.min, share.max, lang) : null;
  const text = share.value === null ? missingLabel({ missing: 'secret' }, lang) : formatPercent(share.value, lang);
  return {
    ...base,
    value: share.uncertain && share.value !== null ? t('recruitment.approximately', { value: text }) : text,
    detail: t('overview.national.detail', { occupation, rank: rankWords(c.rank, lang) }),
    note: bounds ? t('overview.national.range', { min: bounds[0], max: bounds[1] }) : null,
  };
}

/** The study counts students of engineer and technician courses together: only the study pair has a figure. */
export function studentsFigure(data: Dataset<'students-by-diploma'>, filters: Pick<Selection, 'occupation'>, lang: Language): KeyFigure {
  const t = translator(lang);
  const group = studyGroupOf(filters.occupation);
  const total = data.rows.find((row) => row.isTotal);
  let shown: { value: string | null; note: string | null };
  if (group === 'famille') shown = measureText(total?.value, 'count', lang);
  else if (group === null) shown = { value: null, note: t('overview.outOfStudy') };
  else shown = { value: null, note: t('overview.students.notSplit') };
  return {
    id: 'students',
    label: t('overview.students.label'),
    ...shown,
    detail: t('overview.students.detail'),
    flag: null,
    source: data.source.citation,
    section: 'formations',
  };
}

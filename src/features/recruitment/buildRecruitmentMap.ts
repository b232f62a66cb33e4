/**
 * The recruitment map as a ChartModel (title, source, table, summary) plus
 * the choropleth it draws. The table is the ranked basin table: exactly what
 * the map colours, with the uncertainty of each value flagged.
 */
import { buildChoropleth, type Choropleth } from '../../charts/map/choropleth';
import { formatBasinValue, formatRank } from '../../charts/map/format';
import { joinBasins, rankedOrder, resolveOccupationCodes, type BasinDatum } from '../../charts/map/join';
import type { ChartModel, TableCell, TableModel } from '../../charts/model';
import type { BmoOccupation, BmoRow } from '../../data/schemas/bmo';
import { formatNumber, formatPercent, formatTotal } from '../../i18n/format';
import { translator } from '../../i18n/i18n';
import type { Filters, Language, MeasureId } from '../../state/filters';
import { departmentLabel } from '../../state/territories';
import { BASIN_REFS } from './basins';
import { occupationName } from './occupationName';

export const MAP_CHART_ID = 'recruitment-map';
export const MAP_HEIGHT = 480;
/** The stage's height on a phone (recruitment.css: clamp(280px, 62vw, 480px)). */
export const MAP_HEIGHT_PHONE = 280;

export interface RecruitmentData {
  rows: readonly BmoRow[];
  occupations: readonly BmoOccupation[];
  source: { citation: string };
}

export interface RecruitmentMapModel {
  model: ChartModel;
  choropleth: Choropleth;
}

function flagOf(datum: BasinDatum, measure: MeasureId): TableCell['flag'] {
  if (datum.status === 'secret') return 'secret';
  if (datum.status === 'none') return 'not-in-source';
  if (datum.uncertain) return measure === 'projets' ? 'lower-bound' : 'ambiguous';
  return undefined;
}

/** The ranked basin table shared by the map, its fallback and the ranking chart. */
export function basinTable(basins: readonly BasinDatum[], measure: MeasureId, lang: Language): TableModel {
  const t = translator(lang);
  const total = basins.length;
  const percentCell = (value: number | null, uncertain: boolean): TableCell =>
    value === null
      ? { text: '—', sort: null }
      : { text: uncertain ? t('recruitment.approximately', { value: formatPercent(value, lang) }) : formatPercent(value, lang), sort: value, flag: uncertain ? 'ambiguous' : undefined };
  return {
    columns: [
      { key: 'rank', label: t('recruitment.columns.rank'), kind: 'count' },
      { key: 'basin', label: t('recruitment.columns.basin'), kind: 'text' },
      { key: 'department', label: t('recruitment.columns.department'), kind: 'text' },
      { key: 'value', label: t(`filters.measures.${measure}`), kind: measure === 'projets' ? 'count' : 'percent' },
      ...(measure === 'projets' ? [] : [{ key: 'projects', label: t('recruitment.columns.projects'), kind: 'count' as const }]),
      ...(measure === 'difficiles' ? [] : [{ key: 'difficultShare', label: t('recruitment.columns.difficultShare'), kind: 'percent' as const }]),
      { key: 'shareOfRegion', label: t('recruitment.columns.shareOfRegion'), kind: 'percent' },
    ],
    rows: rankedOrder(basins).map((datum) => ({
      rank: datum.rank === null ? { text: '—', sort: null } : { text: formatRank(datum.rank, total, lang), sort: datum.rank },
      basin: { text: datum.label, sort: datum.label },
      department: { text: departmentLabel(datum.dep), sort: departmentLabel(datum.dep) },
      // A lower bound is drawn "≥ 26" by the table's flag style: the text itself stays the number.
      value: {
        text: flagOf(datum, measure) === 'lower-bound' ? formatNumber(datum.value!, lang) : formatBasinValue(datum, measure, lang),
        sort: datum.value,
        flag: flagOf(datum, measure),
      },
      projects: {
        text: datum.status === 'none' ? t('recruitment.none') : datum.projects.value === 0 ? t('recruitment.secret') : formatNumber(datum.projects.value, lang),
        sort: datum.status === 'none' ? 0 : datum.projects.value,
        flag: datum.projects.lowerBound ? (datum.projects.value === 0 ? 'secret' : 'lower-bound') : undefined,
      },
      difficultShare:
        datum.difficultShare === null && datum.status !== 'none' && datum.difficult.lowerBound
          ? { text: t('recruitment.secret'), sort: null, flag: 'secret' }
          : percentCell(datum.difficultShare, datum.difficult.lowerBound || datum.projects.lowerBound),
      shareOfRegion: percentCell(datum.shareOfRegion, datum.projects.lowerBound),
    })),
  };
}

export function buildRecruitmentMap(data: RecruitmentData, filters: Pick<Filters, 'occupation' | 'measure'>, lang: Language): RecruitmentMapModel {
  const t = translator(lang);
  const { measure } = filters;
  const codes = resolveOccupationCodes(filters.occupation, data.occupations);
  const join = joinBasins(data.rows, BASIN_REFS, codes, measure);
  const choropleth = buildChoropleth(join, measure, lang);
  const occupation = occupationName(filters.occupation, data.occupations, lang);

  const ranked = rankedOrder(join.basins).filter((datum) => datum.rank !== null);
  const top = ranked[0];
  const bottom = ranked[ranked.length - 1];
  const summary =
    top && bottom
      ? t('recruitment.map.summary', {
          occupation,
          ranked: join.ranked,
          top: top.label,
          topValue: formatBasinValue(top, measure, lang),
          bottom: bottom.label,
          bottomValue: formatBasinValue(bottom, measure, lang),
          region: formatTotal(join.region, lang),
        })
      : t('recruitment.map.summaryEmpty', { occupation });

  const notes: string[] = [];
  if (join.basins.some((datum) => datum.status === 'value' && datum.uncertain)) {
    notes.push(measure === 'projets' ? t('recruitment.map.noteLowerBound') : t('recruitment.map.noteApproximate'));
  }
  notes.push(t('recruitment.map.noteSurvey'));

  const model: ChartModel = {
    id: MAP_CHART_ID,
    title: t('recruitment.map.title', { measure: t(`filters.measures.${measure}`) }),
    subtitle: t('recruitment.map.subtitle', { occupation, unit: t(`recruitment.units.${measure}`) }),
    source: data.source.citation,
    // The map draws itself (MapLibre, or the ECharts fallback built from the choropleth).
    option: null,
    table: basinTable(join.basins, measure, lang),
    summary,
    notes,
    height: MAP_HEIGHT,
  };
  return { model, choropleth };
}

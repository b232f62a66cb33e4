/**
 * The recruitment map as a ChartModel (title, source, table, summary) plus
 * the choropleth it draws. The table is the ranked basin table: exactly what
 * the map colours, with the uncertainty of each value flagged.
 */
import { buildChoropleth, type Choropleth } from './map/choropleth';
import { formatBasinValue, formatRank } from './map/format';
import { joinBasins, rankedOrder, resolveOccupationCodes, type BasinDatum } from './map/join';
import type { ChartModel, TableCell, TableModel } from '../../charts/model';
import type { BmoOccupation, BmoRow } from '../../data/schemas/bmo';
import { fromTotal, statementCell, statementText, type ValueStatement } from '../../charts/valueStatement';
import { translator } from '../../i18n/i18n';
import type { Filters, Language, MeasureId } from '../../state/filters';
import { departmentLabel } from '../../state/territories';
import { BASIN_REFS } from './basins';
import { occupationName } from './occupationName';
import '../../i18n/messages/recruitment';

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

/**
 * The ranked basin table shared by the map, its fallback and the ranking
 * chart. Ranks are "of `totalBasins`" (the 27 basins), whatever rows the
 * caller keeps, so the map, the ranking and its notes say the same rank.
 */
export function basinTable(basins: readonly BasinDatum[], measure: MeasureId, lang: Language, totalBasins: number = basins.length): TableModel {
  const t = translator(lang);
  const cell = (statement: ValueStatement, unit: 'count' | 'percent'): TableCell => statementCell(statement, unit, lang, { noneText: t('recruitment.none') });
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
      rank: datum.rank === null ? { text: '—', sort: null } : { text: formatRank(datum.rank, totalBasins, lang), sort: datum.rank },
      basin: { text: datum.label, sort: datum.label, code: datum.code },
      department: { text: departmentLabel(datum.dep), sort: departmentLabel(datum.dep), code: datum.dep },
      value: cell(datum.statements.value, measure === 'projets' ? 'count' : 'percent'),
      projects: cell(datum.statements.projects, 'count'),
      difficultShare: cell(datum.statements.difficultShare, 'percent'),
      shareOfRegion: cell(datum.statements.shareOfRegion, 'percent'),
    })),
  };
}

/** The « au moins » and « ≈ » notes, each when some value of the basin table needs it. */
export function uncertaintyNotes(basins: readonly BasinDatum[], lang: Language): string[] {
  const t = translator(lang);
  const kinds = new Set(
    basins.flatMap((datum) =>
      [datum.statements.value, datum.statements.projects, datum.statements.difficultShare, datum.statements.shareOfRegion].map((statement) => statement.kind),
    ),
  );
  const notes: string[] = [];
  if (kinds.has('lower-bound')) notes.push(t('recruitment.map.noteLowerBound'));
  if (kinds.has('approximate')) notes.push(t('recruitment.map.noteApproximate'));
  if (kinds.has('secret')) notes.push(t('recruitment.map.noteSecret'));
  return notes;
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
  const region = fromTotal(join.region);
  const regionText =
    region.kind === 'secret' ? statementText(region, 'count', lang) : t('recruitment.projectsCount', { value: statementText(region, 'count', lang) });
  const summary =
    top && bottom
      ? t('recruitment.map.summary', {
          occupation,
          count: join.ranked,
          top: top.label,
          topValue: formatBasinValue(top, measure, lang),
          bottom: bottom.label,
          bottomValue: formatBasinValue(bottom, measure, lang),
          region: regionText,
        })
      : region.kind === 'none'
        ? t('recruitment.map.summaryEmpty', { occupation })
        : // Projects exist (maybe all secret), but no basin has a published value for this measure: never « aucun projet ».
          t('recruitment.map.summaryAllSecret', { occupation, measure: t(`filters.measures.${measure}`), region: regionText });

  const notes: string[] = [];
  notes.push(...uncertaintyNotes(join.basins, lang));
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

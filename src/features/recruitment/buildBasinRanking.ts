/**
 * Basins ranked by the selected measure (bar chart), the selected basin
 * picked, the selected department's basins emphasised (the chart layer's rule). The
 * share of difficult recruitments is printed beside each bar when the
 * measure is the number of projects.
 */
import { drawBars, type BarChartDescription } from '../../charts/bars';
import { basinStatementText, formatBasinValue, formatRank } from './map/format';
import { joinBasins, rankedOrder, resolveOccupationCodes } from './map/join';
import type { ChartModel } from '../../charts/model';
import { SERIES_COLORS } from '../../charts/theme';
import { colon, formatPercent } from '../../i18n/format';
import { translator } from '../../i18n/i18n';
import type { Filters, Language } from '../../state/filters';
import { basinLabel, departmentLabel } from '../../state/territories';
import { BASIN_REFS } from './basins';
import { basinTable, uncertaintyNotes, type RecruitmentData } from './buildRecruitmentMap';
import { occupationName } from './occupationName';
import '../../i18n/messages/recruitment';

export const RANKING_CHART_ID = 'recruitment-basin-ranking';

export function buildBasinRanking(
  data: RecruitmentData,
  filters: Pick<Filters, 'occupation' | 'measure' | 'basin' | 'dep'>,
  lang: Language,
  { compact = false }: { compact?: boolean } = {},
): ChartModel {
  const t = translator(lang);
  const { measure } = filters;
  const join = joinBasins(data.rows, BASIN_REFS, resolveOccupationCodes(filters.occupation, data.occupations), measure);
  const occupation = occupationName(filters.occupation, data.occupations, lang);
  const plotted = rankedOrder(join.basins).filter((datum) => datum.status !== 'none');
  const total = join.basins.length;

  const notes: string[] = [];
  const selected = filters.basin ? join.basins.find((datum) => datum.code === filters.basin) : undefined;
  if (selected) {
    const value = formatBasinValue(selected, measure, lang);
    notes.push(
      selected.rank === null
        ? t('recruitment.ranking.selectedUnranked', { name: selected.label, value })
        : t('recruitment.ranking.selected', { name: selected.label, rank: formatRank(selected.rank, total, lang), value }),
    );
  } else if (filters.dep) {
    notes.push(t('recruitment.ranking.department', { name: departmentLabel(filters.dep) }));
  }
  notes.push(...uncertaintyNotes(plotted, lang));
  const absent = join.basins.filter((datum) => datum.status === 'none');
  if (absent.length > 0 && plotted.length > 0) {
    notes.push(`${t('recruitment.legendNone')}${colon(lang)}${absent.map((datum) => basinLabel(datum.code)).join(', ')}.`);
  }

  const base = {
    id: RANKING_CHART_ID,
    title: t('recruitment.ranking.title', { measure: t(`filters.measures.${measure}`) }),
    subtitle: t('recruitment.ranking.subtitle', { occupation, unit: t(`recruitment.units.${measure}`) }),
    source: data.source.citation,
    table: basinTable(plotted, measure, lang, total),
    notes,
    height: 240,
  };
  const ranked = plotted.filter((datum) => datum.rank !== null);
  if (ranked.length === 0) return { ...base, option: null, summary: t('data.noData') };

  const [first, second] = ranked;
  const summary = second
    ? t('recruitment.ranking.summary', {
        occupation,
        top: first!.label,
        topValue: formatBasinValue(first!, measure, lang),
        second: second.label,
        secondValue: formatBasinValue(second, measure, lang),
      })
    : t('recruitment.ranking.summary', { occupation, top: first!.label, topValue: formatBasinValue(first!, measure, lang), second: '—', secondValue: '—' });

  // On a phone the value alone: the share of difficult recruitments is in the tooltip and the table.
  const labels = plotted.map((datum) => {
    const value = formatBasinValue(datum, measure, lang);
    const difficult = datum.statements.difficultShare;
    if (compact || measure !== 'projets' || (difficult.kind !== 'number' && difficult.kind !== 'approximate')) return value;
    const percent = formatPercent(difficult.value, lang, 0);
    return `${value} · ${t('recruitment.ranking.difficultLabel', { value: difficult.kind === 'approximate' ? t('recruitment.approximately', { value: percent }) : percent })}`;
  });
  const tooltips = plotted.map((datum) => {
    const lines = [
      `${datum.label} (${departmentLabel(datum.dep)})`,
      `${t(`filters.measures.${measure}`)}${colon(lang)}${formatBasinValue(datum, measure, lang)}`,
    ];
    if (datum.rank !== null) lines.push(`${t('recruitment.rank')}${colon(lang)}${formatRank(datum.rank, total, lang)}`);
    if (datum.status !== 'none')
      lines.push(`${t('recruitment.columns.difficultShare')}${colon(lang)}${basinStatementText(datum.statements.difficultShare, 'percent', lang)}`);
    return lines.join('\n');
  });
  const description: BarChartDescription = {
    kind: 'bar',
    lang,
    unit: measure === 'projets' ? 'count' : 'percent',
    ...(measure === 'projets' ? {} : { max: 100 }),
    categories: plotted.map((datum) => ({ key: datum.code, label: datum.label })),
    series: [{ name: t(`filters.measures.${measure}`), color: SERIES_COLORS[0], values: plotted.map((datum) => datum.statements.value), labels }],
    emphasis: { picked: filters.basin, group: filters.dep ? plotted.filter((datum) => datum.dep === filters.dep).map((datum) => datum.code) : null },
    noneText: t('recruitment.none'),
    tooltip: (index) => tooltips[index] ?? '',
  };
  return { ...base, ...drawBars(description, { compact }), summary };
}

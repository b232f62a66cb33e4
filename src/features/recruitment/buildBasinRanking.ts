/**
 * Basins ranked by the selected measure (bar chart), the selected basin in
 * the highlight colour, the selected department's basins emphasised. The
 * share of difficult recruitments is printed beside each bar when the
 * measure is the number of projects.
 */
import type { EChartsOption } from 'echarts';
import { basinStatementText, formatBasinValue, formatRank } from '../../charts/map/format';
import { joinBasins, rankedOrder, resolveOccupationCodes } from '../../charts/map/join';
import type { ChartModel } from '../../charts/model';
import { GRID_LINE_COLOR, HIGHLIGHT_COLOR, MUTED_TEXT_COLOR, SERIES_COLORS, UNCERTAIN_DECAL } from '../../charts/theme';
import { formatNumber, formatPercent } from '../../i18n/format';
import { translator } from '../../i18n/i18n';
import type { Filters, Language } from '../../state/filters';
import { basinLabel, departmentLabel } from '../../state/territories';
import { BASIN_REFS } from './basins';
import { basinTable, uncertaintyNotes, type RecruitmentData } from './buildRecruitmentMap';
import { occupationName } from './occupationName';
import { indexedTooltip } from '../../charts/tooltip';

export const RANKING_CHART_ID = 'recruitment-basin-ranking';

const FADED_COLOR = '#9ca3af';
const BAR_ROW_HEIGHT = 22;

export function buildBasinRanking(
  data: RecruitmentData,
  filters: Pick<Filters, 'occupation' | 'measure' | 'basin' | 'dep'>,
  lang: Language,
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
    notes.push(`${t('recruitment.legendNone')} : ${absent.map((datum) => basinLabel(datum.code)).join(', ')}.`);
  }

  const base = {
    id: RANKING_CHART_ID,
    title: t('recruitment.ranking.title', { measure: t(`filters.measures.${measure}`) }),
    subtitle: t('recruitment.ranking.subtitle', { occupation, unit: t(`recruitment.units.${measure}`) }),
    source: data.source.citation,
    table: basinTable(plotted, measure, lang, total),
    notes,
    height: Math.max(200, 48 + plotted.length * BAR_ROW_HEIGHT),
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

  const labels = plotted.map((datum) => {
    const value = formatBasinValue(datum, measure, lang);
    const difficult = datum.statements.difficultShare;
    if (measure !== 'projets' || (difficult.kind !== 'number' && difficult.kind !== 'approximate')) return value;
    const percent = formatPercent(difficult.value, lang, 0);
    return `${value} · ${t('recruitment.ranking.difficultLabel', { value: difficult.kind === 'approximate' ? t('recruitment.approximately', { value: percent }) : percent })}`;
  });
  const tooltips = plotted.map((datum) => {
    const lines = [`${datum.label} (${departmentLabel(datum.dep)})`, `${t(`filters.measures.${measure}`)} : ${formatBasinValue(datum, measure, lang)}`];
    if (datum.rank !== null) lines.push(`${t('recruitment.rank')} : ${formatRank(datum.rank, total, lang)}`);
    if (datum.status !== 'none') lines.push(`${t('recruitment.columns.difficultShare')} : ${basinStatementText(datum.statements.difficultShare, 'percent', lang)}`);
    return lines.join('\n');
  });
  const colorOf = (datum: (typeof plotted)[number]) => {
    if (filters.basin) return datum.code === filters.basin ? HIGHLIGHT_COLOR : FADED_COLOR;
    if (filters.dep) return datum.dep === filters.dep ? SERIES_COLORS[0] : FADED_COLOR;
    return SERIES_COLORS[0];
  };
  const decal = { ...UNCERTAIN_DECAL, dashArrayX: [1, 0], dashArrayY: [3, 3] };

  const option: EChartsOption = {
    grid: { left: 8, right: measure === 'projets' ? 118 : 64, top: 8, bottom: 28, containLabel: true },
    tooltip: indexedTooltip(tooltips),
    xAxis: {
      type: 'value',
      max: measure === 'projets' ? undefined : 100,
      axisLabel: {
        color: MUTED_TEXT_COLOR,
        formatter: (value: number) => (measure === 'projets' ? formatNumber(value, lang) : formatPercent(value, lang, 0)),
      },
      splitLine: { lineStyle: { color: GRID_LINE_COLOR } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: plotted.map((datum) => datum.label),
      axisTick: { show: false },
      axisLabel: {
        color: MUTED_TEXT_COLOR,
        fontWeight: 'normal',
        formatter: (value: string) => value,
      },
    },
    series: [
      {
        type: 'bar',
        name: t(`filters.measures.${measure}`),
        barMaxWidth: 18,
        data: plotted.map((datum) => ({
          value: datum.value ?? 0,
          itemStyle: {
            color: colorOf(datum),
            ...(datum.uncertain || datum.status === 'secret' ? { decal, opacity: 0.8 } : {}),
            ...(datum.code === filters.basin ? { borderColor: '#1f2937', borderWidth: 1.5 } : {}),
          },
        })),
        label: {
          show: true,
          position: 'right',
          color: MUTED_TEXT_COLOR,
          fontSize: 11,
          formatter: (params) => labels[(params as { dataIndex: number }).dataIndex] ?? '',
        },
      },
    ],
  };
  return { ...base, option, summary };
}

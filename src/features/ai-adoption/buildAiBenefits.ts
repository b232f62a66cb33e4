import type { EChartsOption } from 'echarts';
import { isMissing } from '../../data/contract';
import type { Dataset } from '../../data/queries';
import { textCell, type ChartModel, type TableColumn } from '../../charts/model';
import { GRID_LINE_COLOR, MUTED_TEXT_COLOR, SERIES_COLORS } from '../../charts/theme';
import { formatPercent } from '../../i18n/format';
import { translator } from '../../i18n/i18n';
import type { Language } from '../../state/filters';
import { measureCell } from './cells';

type BenefitsData = Pick<Dataset<'ai-benefits'>, 'rows' | 'source'>;

/**
 * What AI brings, according to two national surveys of firms using it. The
 * surveys' samples differ, so each has its own colour and the note says not
 * to compare bars across them. No filter applies: these are 2023 national surveys.
 */
export function buildAiBenefits(data: BenefitsData, lang: Language, compact = false): ChartModel {
  const t = translator(lang);
  const rows = data.rows;
  const surveys = [...new Map(rows.map((row) => [row.survey, row])).values()];
  const notCited = t('ai.benefits.notCited');

  const columns: TableColumn[] = [
    { key: 'benefit', label: t('ai.benefits.benefit'), kind: 'text' },
    { key: 'survey', label: t('ai.benefits.survey'), kind: 'text' },
    { key: 'value', label: t('ai.benefits.share'), kind: 'percent' },
  ];
  const table = {
    columns,
    rows: rows.map((row) => ({
      benefit: textCell(row.benefitLabel),
      survey: textCell(row.surveyLabel),
      value: isMissing(row.value) && row.value.missing === 'not-in-source' ? { text: notCited, sort: null, flag: 'not-in-source' as const } : measureCell(row.value, lang, notCited),
    })),
  };
  const base = { id: 'ai-benefits', title: t('ai.benefits.title'), subtitle: t('ai.benefits.subtitle'), source: data.source.citation, table };
  if (rows.length === 0) return { ...base, option: null, summary: t('data.noData'), notes: [], height: 240 };

  const notes = [t('ai.benefits.noteFields'), ...surveys.map((survey) => t('ai.benefits.sample', { survey: survey.surveyLabel, sample: survey.sample }))];

  // One series per survey on shared categories; a stack keeps each bar centred on its own row.
  const series = surveys.map((survey, index) => ({
    type: 'bar' as const,
    name: survey.surveyLabel,
    stack: 'benefits',
    barMaxWidth: 18,
    itemStyle: { color: SERIES_COLORS[index % SERIES_COLORS.length] },
    label: {
      show: true,
      position: 'right' as const,
      fontSize: 11,
      color: MUTED_TEXT_COLOR,
      formatter: (params: { value?: unknown }) => (typeof params.value === 'number' ? formatPercent(params.value, lang) : ''),
    },
    data: rows.map((row) => {
      if (row.survey !== survey.survey) return { value: null };
      if (!isMissing(row.value)) return { value: row.value };
      return { value: 0, itemStyle: { color: 'transparent' }, label: { formatter: notCited, fontStyle: 'italic' as const } };
    }),
  }));

  const option: EChartsOption = {
    legend: { top: 0, left: 0, orient: 'vertical' },
    grid: { top: 20 + surveys.length * 22, left: 8, right: 110, bottom: 24, containLabel: true },
    tooltip: {
      trigger: 'item',
      renderMode: 'richText',
      formatter: (params: unknown) => {
        const row = rows[(params as { dataIndex?: number }).dataIndex ?? -1];
        return row ? `${row.benefitLabel}\n${row.surveyLabel} : ${table.rows[rows.indexOf(row)]!.value.text}` : '';
      },
    },
    xAxis: {
      type: 'value',
      max: 100,
      axisLabel: { hideOverlap: true, formatter: (value: number) => formatPercent(value, lang, 0) },
      splitLine: { lineStyle: { color: GRID_LINE_COLOR } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => row.benefitLabel),
      axisTick: { show: false },
      axisLabel: { width: compact ? 100 : 170, overflow: 'break', lineHeight: 13, fontSize: 11 },
    },
    series,
  } as EChartsOption;

  const cited = rows.filter((row) => !isMissing(row.value));
  const top = [...cited].sort((a, b) => (b.value as number) - (a.value as number))[0];
  return {
    ...base,
    option,
    summary: t('ai.benefits.summary', {
      surveys: surveys.length,
      top: top?.benefitLabel ?? '—',
      topValue: top ? formatPercent(top.value as number, lang) : '—',
      survey: top?.surveyLabel ?? '—',
    }),
    notes,
    height: 40 + surveys.length * 22 + rows.length * (compact ? 72 : 58),
  };
}

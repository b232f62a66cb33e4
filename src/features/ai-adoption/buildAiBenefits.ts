import { drawBars, type BarChartDescription } from '../../charts/bars';
import { isMissing } from '../../data/contract';
import type { Dataset } from '../../data/queries';
import { textCell, type ChartModel, type TableColumn } from '../../charts/model';
import { SERIES_COLORS } from '../../charts/theme';
import { fromMeasure } from '../../charts/valueStatement';
import { formatPercent } from '../../i18n/format';
import { translator } from '../../i18n/i18n';
import type { Language } from '../../state/filters';
import { measureCell } from './cells';
import '../../i18n/messages/ai';

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
      value:
        isMissing(row.value) && row.value.missing === 'not-in-source'
          ? { text: notCited, sort: null, flag: 'not-in-source' as const }
          : measureCell(row.value, lang, notCited),
    })),
  };
  const base = { id: 'ai-benefits', title: t('ai.benefits.title'), subtitle: t('ai.benefits.subtitle'), source: data.source.citation, table };
  if (rows.length === 0) return { ...base, option: null, summary: t('data.noData'), notes: [], height: 240 };

  const notes = [t('ai.benefits.noteFields'), ...surveys.map((survey) => t('ai.benefits.sample', { survey: survey.surveyLabel, sample: survey.sample }))];

  // One series per survey; each row belongs to one survey, so the layer centres its bar on the row.
  const description: BarChartDescription = {
    kind: 'bar',
    lang,
    unit: 'percent',
    max: 100,
    categories: rows.map((row) => ({ key: `${row.survey}:${row.benefit}`, label: row.benefitLabel })),
    series: surveys.map((survey, index) => ({
      name: survey.surveyLabel,
      color: SERIES_COLORS[index % SERIES_COLORS.length]!,
      values: rows.map((row) => (row.survey === survey.survey ? fromMeasure(row.value) : null)),
    })),
    absentText: notCited,
    legend: 'vertical',
    wideLabels: true,
  };

  const cited = rows.filter((row) => !isMissing(row.value));
  const top = [...cited].sort((a, b) => (b.value as number) - (a.value as number))[0];
  return {
    ...base,
    ...drawBars(description, { compact }),
    summary: t('ai.benefits.summary', {
      surveys: surveys.length,
      top: top?.benefitLabel ?? '—',
      topValue: top ? formatPercent(top.value as number, lang) : '—',
      survey: top?.surveyLabel ?? '—',
    }),
    notes,
  };
}

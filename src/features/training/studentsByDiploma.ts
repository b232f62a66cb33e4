import type { EChartsOption } from 'echarts';
import type { ChartModel, TableCell } from '../../charts/model';
import { GRID_LINE_COLOR, MUTED_TEXT_COLOR, SERIES_COLORS, UNCERTAIN_DECAL } from '../../charts/theme';
import { isMissing } from '../../data/contract';
import type { Dataset } from '../../data/queries';
import { formatNumber, formatPercent, missingLabel } from '../../i18n/format';
import { translator } from '../../i18n/i18n';
import type { Language } from '../../state/filters';
import { indexedTooltip } from '../../charts/tooltip';
import '../../i18n/messages/training';

export const STUDENTS_CHART_ID = 'students-by-diploma';

// ECharts' option types reject the theme's readonly tuples.
const HATCH = UNCERTAIN_DECAL;

type StudentsData = Pick<Dataset<'students-by-diploma'>, 'rows' | 'period' | 'source'>;

/** "Brevet de technicien supérieur (BTS)" → "BTS": full labels do not fit a 375 px axis. */
export function shortDiplomaLabel(label: string): string {
  return /\(([^)]+)\)\s*$/.exec(label)?.[1] ?? label;
}

/**
 * Students by diploma, in the study's order (BTS → Ingénieur, i.e. by
 * level), so the chart reads as a ladder rather than a ranking.
 */
export function buildStudentsByDiplomaChart(data: StudentsData, lang: Language): ChartModel {
  const t = translator(lang);
  const rows = data.rows.filter((row) => !row.isTotal);
  const printedTotal = data.rows.find((row) => row.isTotal)?.value;
  const known = rows.flatMap((row) => (isMissing(row.value) ? [] : [row.value]));
  const sum = known.reduce((total, value) => total + value, 0);
  const total = printedTotal !== undefined && !isMissing(printedTotal) ? printedTotal : sum;
  const uncertain = (row: (typeof rows)[number]) => isMissing(row.value) || (row.confidence !== undefined && row.confidence !== 'certain');

  const share = (value: number) => (total > 0 ? (value / total) * 100 : 0);
  const notes: string[] = [];
  if (printedTotal !== undefined && !isMissing(printedTotal)) {
    const complete = known.length === rows.length;
    notes.push(
      complete && sum !== printedTotal
        ? t('training.studentsTotalMismatch', { sum: formatNumber(sum, lang), total: formatNumber(printedTotal, lang) })
        : t('training.studentsTotal', { total: formatNumber(printedTotal, lang) }),
    );
  }
  for (const row of rows) if (row.note) notes.push(`${row.diplomaLabel} : ${row.note}`);

  const tableRows = rows.map((row): Record<string, TableCell> => {
    const flag = isMissing(row.value) ? row.value.missing : uncertain(row) ? 'ambiguous' : undefined;
    return {
      diploma: { text: row.diplomaLabel, sort: row.diplomaLabel },
      students: isMissing(row.value)
        ? { text: missingLabel(row.value, lang), sort: null, flag }
        : { text: formatNumber(row.value, lang), sort: row.value, flag },
      share: isMissing(row.value) ? { text: '—', sort: null, flag } : { text: formatPercent(share(row.value), lang), sort: share(row.value), flag },
    };
  });

  const table = {
    columns: [
      { key: 'diploma', label: t('training.diploma'), kind: 'text' as const },
      { key: 'students', label: t('training.students'), kind: 'count' as const },
      { key: 'share', label: t('training.share'), kind: 'percent' as const },
    ],
    rows: tableRows,
  };

  const base = {
    id: STUDENTS_CHART_ID,
    title: t('training.studentsTitle'),
    subtitle: t('training.studentsSubtitle', { period: data.period }),
    source: data.source.citation,
    table,
    notes,
    height: 300,
  };

  if (known.length === 0) return { ...base, option: null, summary: t('data.noData') };

  const plotted = rows.filter((row) => !isMissing(row.value)) as ((typeof rows)[number] & { value: number })[];
  const ranked = [...plotted].sort((a, b) => b.value - a.value);
  const top = ranked[0]!;
  const bottom = ranked[ranked.length - 1]!;
  const summary = t('training.studentsSummary', {
    total: formatNumber(total, lang),
    period: data.period,
    top: top.diplomaLabel,
    topValue: formatNumber(top.value, lang),
    topShare: formatPercent(share(top.value), lang),
    bottom: bottom.diplomaLabel,
    bottomValue: formatNumber(bottom.value, lang),
  });

  const tooltips = rows.map((row) =>
    isMissing(row.value)
      ? `${row.diplomaLabel} : ${missingLabel(row.value, lang)}`
      : t('training.studentsTooltip', {
          label: row.diplomaLabel,
          value: formatNumber(row.value, lang),
          share: formatPercent(share(row.value), lang),
        }),
  );

  const option: EChartsOption = {
    grid: { left: 8, right: 56, top: 8, bottom: 32, containLabel: true },
    tooltip: indexedTooltip(tooltips),
    xAxis: {
      type: 'value',
      name: t('training.students'),
      nameLocation: 'middle',
      nameGap: 24,
      nameTextStyle: { color: MUTED_TEXT_COLOR },
      splitNumber: 4,
      axisLabel: { formatter: (value: number) => formatNumber(value, lang), color: MUTED_TEXT_COLOR, hideOverlap: true },
      splitLine: { lineStyle: { color: GRID_LINE_COLOR } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => shortDiplomaLabel(row.diplomaLabel)),
      axisLabel: { color: MUTED_TEXT_COLOR },
      axisTick: { show: false },
    },
    series: [
      {
        type: 'bar',
        name: t('training.students'),
        barMaxWidth: 32,
        data: rows.map((row) => ({
          value: isMissing(row.value) ? null : row.value,
          itemStyle: uncertain(row) ? { color: SERIES_COLORS[0], opacity: 0.7, decal: HATCH } : { color: SERIES_COLORS[0] },
        })),
        label: {
          show: true,
          position: 'right',
          color: MUTED_TEXT_COLOR,
          formatter: (params) => {
            const value = (params as { value: number | null }).value;
            return value === null ? '' : formatNumber(value, lang);
          },
        },
      },
    ],
  };

  return { ...base, option, summary };
}

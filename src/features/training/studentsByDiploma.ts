import { drawBars, type BarChartDescription, type BarLayout } from '../../charts/bars';
import type { ChartModel, TableCell } from '../../charts/model';
import { SERIES_COLORS } from '../../charts/theme';
import { fromMeasure, type ValueStatement } from '../../charts/valueStatement';
import { isMissing } from '../../data/contract';
import type { Dataset } from '../../data/queries';
import { formatNumber, formatPercent, missingLabel } from '../../i18n/format';
import { translator } from '../../i18n/i18n';
import type { Language } from '../../state/filters';
import '../../i18n/messages/training';

export const STUDENTS_CHART_ID = 'students-by-diploma';

type StudentsData = Pick<Dataset<'students-by-diploma'>, 'rows' | 'period' | 'source'>;

/** "Brevet de technicien supérieur (BTS)" → "BTS": full labels do not fit a 375 px axis. */
export function shortDiplomaLabel(label: string): string {
  return /\(([^)]+)\)\s*$/.exec(label)?.[1] ?? label;
}

/**
 * Students by diploma, in the study's order (BTS → Ingénieur, i.e. by
 * level), so the chart reads as a ladder rather than a ranking.
 */
export function buildStudentsByDiplomaChart(data: StudentsData, lang: Language, layout: BarLayout = {}): ChartModel {
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
  };

  if (known.length === 0) return { ...base, option: null, height: 300, summary: t('data.noData') };

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

  // A value the study prints with a doubt about it (row confidence `ambiguous`) is an approximation: hatched, « ≈ ».
  const statement = (row: (typeof rows)[number]): ValueStatement =>
    !isMissing(row.value) && row.confidence === 'ambiguous' ? { kind: 'approximate', value: row.value } : fromMeasure(row.value, row.confidence);
  const description: BarChartDescription = {
    kind: 'bar',
    categories: rows.map((row) => ({ key: row.diploma, label: shortDiplomaLabel(row.diplomaLabel) })),
    series: [{ name: t('training.students'), color: SERIES_COLORS[0], values: rows.map(statement) }],
    unit: 'count',
    legend: 'none',
    tooltip: (index) => tooltips[index] ?? '',
    lang,
  };

  return { ...base, ...drawBars(description, layout), summary };
}

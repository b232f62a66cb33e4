/**
 * The study's own per-basin figures (rounded to tens, with the study's basin
 * names) beside what France Travail's open data gives for the same basins.
 * The study only published these for its two occupations, one chart each;
 * an ambiguous study figure (two names sharing a total) is a hatched band over
 * its candidates, labelled with them, never one value (the chart layer's rule).
 */
import { drawBars, type BarChartDescription, type BarLayout } from '../../charts/bars';
import { isMissing } from '../../data/contract';
import type { ChartModel, TableCell } from '../../charts/model';
import { SERIES_COLORS } from '../../charts/theme';
import type { StudyByBasinRow } from '../../data/schemas/bmo';
import { colon, formatNumber } from '../../i18n/format';
import { fromMeasure, fromTotal, statementCell, statementText } from '../../charts/valueStatement';
import { translator } from '../../i18n/i18n';
import { ENGINEERS, TECHNICIANS, type Filters, type Language } from '../../state/filters';
import { resolveOccupation } from '../../state/occupation';
import { basinLabel } from '../../state/territories';
import '../../i18n/messages/recruitment';

export const STUDY_BASIN_CHART_ID = 'recruitment-study-basins';

export interface StudyBasinData {
  rows: readonly StudyByBasinRow[];
  source: { citation: string };
}

/** The study occupation the chart shows: the filter's when it is one of the two, else engineers. */
export function studyOccupationFor(occupation: string): typeof ENGINEERS | typeof TECHNICIANS | null {
  return resolveOccupation(occupation).studyCodes[0] ?? null;
}

export function buildStudyBasinChart(
  study: StudyBasinData,
  occupation: typeof ENGINEERS | typeof TECHNICIANS | null,
  filters: Pick<Filters, 'basin'>,
  lang: Language,
  /** The regional total the study states (« 270 projets »): a note says when the bars do not add up to it. */
  stated?: number,
  /** A phone-width card (issue #12: its long words labels break to fit it). */
  layout: BarLayout = {},
): ChartModel {
  const t = translator(lang);
  const rows = occupation ? study.rows.filter((row) => row.occupation === occupation) : [];
  const sorted = [...rows].sort((a, b) => studyUpper(b) - studyUpper(a) || a.studyName.localeCompare(b.studyName, 'fr'));
  const occupationLabel = sorted[0]?.occupationLabel ?? '';
  const studyLabel = t('recruitment.columns.study');
  const openLabel = t('recruitment.columns.openData');

  const studyText = (row: StudyByBasinRow) =>
    isMissing(row.projects)
      ? t('recruitment.studyBasins.ambiguous', {
          candidates: (row.projects.candidates ?? []).map((value) => formatNumber(value, lang)).join(t('recruitment.studyBasins.or')),
          pair: row.pairedWith ?? '',
        })
      : formatNumber(row.projects, lang);
  // A sum of secret cells only is not "at least 0": it is simply confidential.
  const openText = (row: StudyByBasinRow) => statementText(fromTotal(row.openData.met), 'count', lang, { noneText: t('recruitment.none') });
  const basinsText = (row: StudyByBasinRow) => row.basins.map((code) => `${basinLabel(code)} (${code})`).join(' + ');

  const table = {
    columns: [
      { key: 'name', label: t('recruitment.studyBasins.studyName'), kind: 'text' as const },
      { key: 'basins', label: t('recruitment.studyBasins.basins'), kind: 'text' as const },
      { key: 'study', label: `${t('recruitment.columns.projects')} — ${studyLabel}`, kind: 'count' as const },
      { key: 'open', label: `${t('recruitment.columns.projects')} — ${openLabel}`, kind: 'count' as const },
      { key: 'check', label: t('recruitment.studyBasins.check'), kind: 'text' as const },
    ],
    rows: sorted.map((row): Record<string, TableCell> => ({
      name: { text: row.studyName, sort: row.studyName },
      basins: { text: basinsText(row), sort: row.basins[0] ?? '' },
      study: {
        text: studyText(row),
        sort: isMissing(row.projects) ? null : row.projects,
        flag: isMissing(row.projects) ? 'ambiguous' : undefined,
        statement: fromMeasure(row.projects, row.confidence),
      },
      open: statementCell(fromTotal(row.openData.met), 'count', lang, { noneText: t('recruitment.none') }),
      check: { text: t(`recruitment.studyBasins.checks.${row.check}`), sort: row.check },
    })),
  };

  const notes = [t('recruitment.studyBasins.note')];
  if (sorted.some((row) => row.check === 'mismatch' && row.pairedWith)) notes.push(t('recruitment.studyBasins.mismatchNote'));
  const otherMismatches = sorted.filter((row) => row.check === 'mismatch' && !row.pairedWith).map((row) => row.studyName);
  if (otherMismatches.length > 0) notes.push(t('recruitment.studyBasins.mismatchOther', { names: otherMismatches.join(', ') }));
  // Every printed value is kept: an ambiguous pair counts once, at its shared total.
  const pairs = new Set<string>();
  const barsTotal = sorted.reduce((sum, row) => {
    if (!isMissing(row.projects)) return sum + row.projects;
    const key = [row.studyName, row.pairedWith].sort().join('+');
    if (pairs.has(key)) return sum;
    pairs.add(key);
    return sum + Math.max(0, ...(row.projects.candidates ?? []));
  }, 0);
  if (stated !== undefined && sorted.length > 0 && barsTotal !== stated) {
    notes.push(t('recruitment.studyBasins.totalNote', { sum: formatNumber(barsTotal, lang), stated: formatNumber(stated, lang) }));
  }
  const base = {
    id: STUDY_BASIN_CHART_ID,
    title: t('recruitment.studyBasins.title'),
    subtitle: t('recruitment.studyBasins.subtitle', { occupation: occupationLabel || t('recruitment.studyBasins.studyOccupations') }),
    source: study.source.citation,
    table,
    notes,
    height: 240,
  };
  if (sorted.length === 0) return { ...base, option: null, summary: t('recruitment.studyBasins.summaryEmpty') };

  const top = sorted[0]!;
  const summary = t('recruitment.studyBasins.summary', {
    occupation: occupationLabel,
    count: sorted.length,
    top: top.studyName,
    topValue: studyText(top),
  });

  const tooltips = sorted.map((row) =>
    [
      `${row.studyName} — ${basinsText(row)}`,
      `${studyLabel}${colon(lang)}${studyText(row)}`,
      `${openLabel}${colon(lang)}${openText(row)}`,
      t(`recruitment.studyBasins.checks.${row.check}`),
    ].join('\n'),
  );
  // The study's figures are rounded to tens: « ≈ 20 »; an ambiguous one is a band over its candidates.
  const description: BarChartDescription = {
    kind: 'bar',
    lang,
    unit: 'count',
    categories: sorted.map((row) => ({ key: row.studyName, label: row.studyName })),
    series: [
      {
        name: studyLabel,
        color: SERIES_COLORS[4],
        values: sorted.map((row) => fromMeasure(row.projects, row.confidence)),
        labels: sorted.map((row) => (isMissing(row.projects) ? studyText(row) : `≈ ${studyText(row)}`)),
      },
      { name: openLabel, color: SERIES_COLORS[0], values: sorted.map((row) => fromTotal(row.openData.met)), labels: sorted.map(openText) },
    ],
    emphasis: { group: filters.basin === null ? null : sorted.filter((row) => row.basins.includes(filters.basin!)).map((row) => row.studyName) },
    noneText: t('recruitment.none'),
    tooltip: (index) => tooltips[index] ?? '',
  };
  return { ...base, ...drawBars(description, layout), summary };
}

/** Where a study bar ends: its figure, or the largest candidate of an ambiguous one. */
function studyUpper(row: StudyByBasinRow): number {
  if (!isMissing(row.projects)) return row.projects;
  return Math.max(0, ...(row.projects.candidates ?? []));
}

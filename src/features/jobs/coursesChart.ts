import { drawBars, type BarChartDescription } from '../../charts/bars';
import type { ChartModel, TableCell } from '../../charts/model';
import { SERIES_COLORS } from '../../charts/theme';
import type { Dataset } from '../../data/queries';
import type { ContinuingCourses, JobSheetRow } from '../../data/schemas/jobs';
import { formatNumber } from '../../i18n/format';
import { translator } from '../../i18n/i18n';
import type { Language } from '../../state/filters';
import { coursesStatement, coursesText, isLowerBound, isMissing } from './directory';
import '../../i18n/messages/jobs';

export const COURSES_CHART_ID = 'jobs-courses';

const BAR_HEIGHT = 30;

type SheetsData = Pick<Dataset<'job-sheets'>, 'rows' | 'source'>;
type PlottedJob = JobSheetRow & { continuingCourses: ContinuingCourses };

/**
 * Continuing-education courses per job, most first. The counts are national
 * and undated (the subtitle and a note say so); "plus de 1 000" and
 * "plusieurs" are drawn hatched at their lower bound and labelled in the
 * sheet's words, never as exact figures.
 */
export function buildJobsCoursesChart(data: SheetsData, family: string | null, lang: Language, { compact = false }: { compact?: boolean } = {}): ChartModel {
  const t = translator(lang);
  const rows = data.rows.filter((row) => family === null || row.family === family);
  const plotted = rows
    .filter((row): row is PlottedJob => row.hasSheet && !isMissing(row.continuingCourses))
    .sort((a, b) => b.continuingCourses.lowerBound - a.continuingCourses.lowerBound || a.order - b.order);
  const withoutNumber = rows.filter((row) => row.hasSheet && isMissing(row.continuingCourses));
  const withoutSheet = rows.filter((row) => !row.hasSheet);
  const lowerBounds = plotted.filter((row) => isLowerBound(row.continuingCourses));
  const list = (jobs: JobSheetRow[]) => jobs.map((row) => row.title).join(', ');

  const notes = [t('jobs.coursesNational')];
  if (lowerBounds.length > 0) {
    notes.push(t('jobs.coursesLowerBound', { jobs: lowerBounds.map((row) => `${row.title} : ${coursesText(row.continuingCourses, lang)}`).join(' ; ') }));
  }
  if (withoutNumber.length > 0) notes.push(t('jobs.coursesMissing', { jobs: list(withoutNumber) }));
  if (withoutSheet.length > 0) notes.push(t('jobs.coursesNoSheet', { jobs: list(withoutSheet) }));
  for (const row of plotted) if (row.continuingCourses.note) notes.push(`${row.title} : ${row.continuingCourses.note}`);

  const table = {
    columns: [
      { key: 'job', label: t('jobs.job'), kind: 'text' as const },
      { key: 'family', label: t('jobs.family'), kind: 'text' as const },
      { key: 'wording', label: t('jobs.coursesText'), kind: 'text' as const },
      { key: 'plotted', label: t('jobs.coursesPlotted'), kind: 'count' as const },
    ],
    rows: plotted.map((row): Record<string, TableCell> => {
      const courses = row.continuingCourses;
      return {
        job: { text: row.title, sort: row.title },
        family: { text: row.familyLabel, sort: row.familyLabel },
        wording: { text: coursesText(courses, lang), sort: courses.lowerBound },
        plotted: { text: formatNumber(courses.lowerBound, lang), sort: courses.lowerBound, flag: isLowerBound(courses) ? 'lower-bound' : undefined },
      };
    }),
  };

  const base = {
    id: COURSES_CHART_ID,
    title: t('jobs.coursesTitle'),
    subtitle: t('jobs.coursesSubtitle'),
    source: data.source.citation,
    table,
    notes,
    height: Math.max(160, plotted.length * BAR_HEIGHT + 64),
  };
  if (plotted.length === 0) return { ...base, option: null, summary: t('data.noData') };

  const top = plotted[0]!;
  const bottom = plotted[plotted.length - 1]!;
  const summary = t('jobs.coursesSummary', {
    count: plotted.length,
    top: top.title,
    topText: coursesText(top.continuingCourses, lang),
    bottom: bottom.title,
    bottomText: coursesText(bottom.continuingCourses, lang),
  });

  // « plus de 1 000 » and « plusieurs » are lower bounds: the chart layer hatches them and prints the sheet's words.
  const description: BarChartDescription = {
    kind: 'bar',
    lang,
    unit: 'count',
    categories: plotted.map((row) => ({ key: row.id, label: row.title })),
    series: [{ name: t('jobs.coursesAxis'), color: SERIES_COLORS[2], values: plotted.map((row) => coursesStatement(row.continuingCourses)) }],
    // Job titles run long (« Technicien de maintenance, support et services aux utilisateurs en informatique »).
    wideLabels: true,
    tooltip: (index) => {
      const row = plotted[index];
      if (!row) return '';
      return t(isLowerBound(row.continuingCourses) ? 'jobs.coursesTooltipLowerBound' : 'jobs.coursesTooltip', {
        job: row.title,
        text: coursesText(row.continuingCourses, lang),
      });
    },
  };
  return { ...base, ...drawBars(description, { compact }), summary };
}

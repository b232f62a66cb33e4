import type { EChartsOption } from 'echarts';
import type { ChartModel, TableCell } from '../../charts/model';
import { GRID_LINE_COLOR, MUTED_TEXT_COLOR, SERIES_COLORS, TEXT_COLOR, UNCERTAIN_DECAL } from '../../charts/theme';
import type { Dataset } from '../../data/queries';
import type { ContinuingCourses, JobSheetRow } from '../../data/schemas/jobs';
import { formatNumber } from '../../i18n/format';
import { translator } from '../../i18n/i18n';
import type { Language } from '../../state/filters';
import { coursesText, isLowerBound, isMissing } from './directory';
import { indexedTooltip } from '../../charts/tooltip';

export const COURSES_CHART_ID = 'jobs-courses';

// ECharts' option types reject the theme's readonly tuples.
const HATCH = UNCERTAIN_DECAL;
const BAR_HEIGHT = 30;

type SheetsData = Pick<Dataset<'job-sheets'>, 'rows' | 'source'>;
type PlottedJob = JobSheetRow & { continuingCourses: ContinuingCourses };

/**
 * Continuing-education courses per job, most first. The counts are national
 * and undated (the subtitle and a note say so); "plus de 1 000" and
 * "plusieurs" are drawn hatched at their lower bound and labelled in the
 * sheet's words, never as exact figures.
 */
export function buildJobsCoursesChart(data: SheetsData, family: string | null, lang: Language): ChartModel {
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

  const labels = plotted.map((row) => coursesText(row.continuingCourses, lang));
  const tooltips = plotted.map((row, index) =>
    t(isLowerBound(row.continuingCourses) ? 'jobs.coursesTooltipLowerBound' : 'jobs.coursesTooltip', { job: row.title, text: labels[index] }),
  );

  // The root is the base option (aria and fonts are added there by EChart); `media` adapts it to narrow screens.
  const option: EChartsOption = {
    grid: { left: 8, right: 88, top: 8, bottom: 36, containLabel: true },
    tooltip: indexedTooltip(tooltips),
    xAxis: {
      type: 'value',
      name: t('jobs.coursesAxis'),
      nameLocation: 'middle',
      nameGap: 24,
      nameTextStyle: { color: MUTED_TEXT_COLOR },
      axisLabel: { formatter: (value: number) => formatNumber(value, lang), color: MUTED_TEXT_COLOR, hideOverlap: true },
      splitLine: { lineStyle: { color: GRID_LINE_COLOR } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: plotted.map((row) => row.title),
      axisTick: { show: false },
      axisLabel: { color: MUTED_TEXT_COLOR, width: 320, overflow: 'truncate', interval: 0 },
    },
    series: [
      {
        type: 'bar',
        name: t('jobs.coursesAxis'),
        barMaxWidth: 18,
        data: plotted.map((row) => ({
          value: row.continuingCourses.lowerBound,
          itemStyle: isLowerBound(row.continuingCourses)
            ? { color: SERIES_COLORS[2], decal: HATCH, borderColor: SERIES_COLORS[2], borderType: 'dashed' as const }
            : { color: SERIES_COLORS[2] },
        })),
        label: {
          show: true,
          position: 'right',
          color: MUTED_TEXT_COLOR,
          formatter: (params) => labels[(params as { dataIndex: number }).dataIndex] ?? '',
        },
      },
    ],
    // On a phone, job titles beside the bars would leave them no room: each title goes above its bar instead.
    media: [
      {
        query: { maxWidth: 520 },
        option: {
          grid: { left: 4, right: 92, containLabel: false },
          yAxis: {
            z: 10,
            axisLabel: { inside: true, align: 'left', verticalAlign: 'bottom', padding: [0, 0, 7, 2], width: 280, fontSize: 12, lineHeight: 14, color: TEXT_COLOR },
          },
          series: [{ barMaxWidth: 9 }],
        },
      },
    ],
  };

  return { ...base, option, summary };
}

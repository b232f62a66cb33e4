import type { Dataset } from '../../data/queries';
import { textCell, type ChartModel } from '../../charts/model';
import { translator } from '../../i18n/i18n';
import type { Language } from '../../state/filters';
import '../../i18n/messages/skills';

type ActivitiesData = Pick<Dataset<'job-activities'>, 'rows' | 'source'>;

export interface JobActivities {
  job: string;
  jobLabel: string;
  activities: { activity: string; label: string; tasks: string[] }[];
}

/** Qualitative lists (no figures): the frame shows them as text, with the same table and source as a chart. */
export interface ActivitiesModel extends ChartModel {
  jobs: JobActivities[];
}

export function buildJobActivities(data: ActivitiesData, lang: Language): ActivitiesModel {
  const t = translator(lang);
  const jobOrder = [...new Set(data.rows.map((row) => row.job))];
  const ordered = [...data.rows].sort((a, b) => jobOrder.indexOf(a.job) - jobOrder.indexOf(b.job) || a.order - b.order);
  const jobs: JobActivities[] = [];
  for (const row of ordered) {
    let job = jobs.find((candidate) => candidate.job === row.job);
    if (!job) jobs.push((job = { job: row.job, jobLabel: row.jobLabel, activities: [] }));
    let activity = job.activities.find((candidate) => candidate.activity === row.activity);
    if (!activity) job.activities.push((activity = { activity: row.activity, label: row.activityLabel, tasks: [] }));
    activity.tasks.push(row.task);
  }
  return {
    id: 'skills-job-activities',
    title: t('skills.activities.title'),
    subtitle: t('skills.activities.subtitle'),
    source: data.source.citation,
    option: null,
    table: {
      columns: [
        { key: 'job', label: t('skills.activities.job'), kind: 'text' },
        { key: 'activity', label: t('skills.activities.activity'), kind: 'text' },
        { key: 'task', label: t('skills.activities.task'), kind: 'text' },
      ],
      rows: jobs.flatMap((job) =>
        job.activities.flatMap((activity) =>
          activity.tasks.map((task) => ({ job: textCell(job.jobLabel), activity: textCell(activity.label), task: textCell(task) })),
        ),
      ),
    },
    summary: jobs.length
      ? jobs.map((job) => t('skills.activities.summaryJob', { job: job.jobLabel, activities: job.activities.map((a) => a.label).join(', ') })).join(' ')
      : t('data.noData'),
    notes: [],
    height: 0,
    jobs,
  };
}

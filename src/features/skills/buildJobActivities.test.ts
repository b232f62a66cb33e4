import type { SourceRef } from '../../data/contract';
import type { JobActivitiesRow } from '../../data/schemas/study';
import { buildJobActivities } from './buildJobActivities';

const SOURCE: SourceRef = {
  publisher: 'Carif-Oref',
  dataset: 'Entretiens',
  year: '2024',
  citation: 'Sources : Entretiens qualitatifs, Traitement Carif-Oref de Normandie',
};
const row = (job: JobActivitiesRow['job'], activity: string, task: string, order: number): JobActivitiesRow => ({
  job,
  jobLabel: job === 'data-ingenieur' ? 'Data ingénieur' : 'Développeur informatique spécialisé IA',
  activity,
  activityLabel: `Activité ${activity}`,
  task,
  order,
});

describe('buildJobActivities', () => {
  it('groups tasks by job and activity in the study’s order', () => {
    const model = buildJobActivities(
      {
        rows: [
          row('data-ingenieur', 'veille', 'Suivi', 2),
          row('data-ingenieur', 'collecte', 'Stockage', 1),
          row('developpeur-ia', 'modelisation', 'Entraînement', 1),
        ],
        source: SOURCE,
      },
      'fr',
    );
    expect(model.jobs.map((job) => [job.jobLabel, job.activities.map((activity) => activity.label)])).toEqual([
      ['Data ingénieur', ['Activité collecte', 'Activité veille']],
      ['Développeur informatique spécialisé IA', ['Activité modelisation']],
    ]);
    expect(model.table.rows).toHaveLength(3);
    expect(model.option).toBeNull();
  });
});

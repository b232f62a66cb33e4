import { useEffect, useMemo } from 'react';
import { ChartFrame } from '../../ui/ChartFrame';
import { slideRows } from '../../charts/slideScale';
import { useChartDisplay } from '../../ui/share/display';
import { useCompactChart } from '../../charts/useCompactChart';
import { useLang, useT } from '../../i18n/i18n';
import { buildArticleDomains } from './buildArticleDomains';
import { buildJobActivities } from './buildJobActivities';
import { buildSkillsMatrix } from './buildSkillsMatrix';
import './skills.css';
import { useDataset } from '../../data/useDataset';
import '../../i18n/messages/skills';

export function SkillsMatrixChart() {
  const lang = useLang();
  const data = useDataset('skills-matrix');
  const compact = useCompactChart();
  const model = useMemo(() => buildSkillsMatrix(data, lang, compact), [data, lang, compact]);
  return <ChartFrame model={model} />;
}

export function JobActivitiesCard() {
  const lang = useLang();
  const data = useDataset('job-activities');
  const model = useMemo(() => buildJobActivities(data, lang), [data, lang]);
  // On a slide (issue #12): one job at a time, the other with →.
  const display = useChartDisplay();
  const slide = useMemo(() => (display.mode === 'present' ? slideRows(model.jobs, display.part ?? 0, 1) : null), [display.mode, display.part, model.jobs]);
  const onSlideParts = display.onParts;
  useEffect(() => void (slide && onSlideParts?.(slide)), [slide, onSlideParts]);
  return (
    <ChartFrame model={model}>
      {model.jobs.length ? (
        <div className="skills-activities">
          {(slide ? slide.items : model.jobs).map((job) => (
            <section key={job.job} aria-label={job.jobLabel}>
              <h4>{job.jobLabel}</h4>
              <ul>
                {job.activities.map((activity) => (
                  <li key={activity.activity}>
                    <strong>{activity.label}</strong>
                    <ul>
                      {activity.tasks.map((task) => (
                        <li key={task}>{task}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      ) : undefined}
    </ChartFrame>
  );
}

export function ArticleDomainsCard() {
  const t = useT();
  const lang = useLang();
  const data = useDataset('article-skills-domains');
  const model = useMemo(() => buildArticleDomains(data, lang), [data, lang]);
  return (
    <ChartFrame model={model}>
      {model.domains.length ? (
        <div className="skills-article">
          {model.badge ? (
            <p className="skills-badge" role="note">
              {model.badge}
            </p>
          ) : null}
          <ul className="skills-domains">
            {model.domains.map((domain) => (
              <li key={domain.id}>
                <h4>{domain.label}</h4>
                <ul>
                  {domain.skills.map((skill) => (
                    <li key={skill.name}>
                      <strong>{skill.name}</strong> : {skill.examples}
                    </li>
                  ))}
                </ul>
                {domain.claims.length ? (
                  <details>
                    <summary>{t('skills.article.claims')}</summary>
                    <ul>
                      {domain.claims.map((claim) => (
                        <li key={claim.text}>
                          <q>{claim.text}</q>
                          {claim.figure ? <span className="skills-claim-flag"> ({t('skills.article.claimFigure')})</span> : null}
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : undefined}
    </ChartFrame>
  );
}

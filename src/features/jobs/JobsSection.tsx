import { WideSlot } from '../../charts/WideSlot';
import { useT } from '../../i18n/i18n';
import { Section } from '../../ui/Section';
import { ViewBoundary } from '../../ui/ViewBoundary';
import { JobsCoursesChart } from './JobsCoursesChart';
import { JobsDirectory } from './JobsDirectory';
import './jobs.css';
import { MethodPanel } from '../method';
import '../../i18n/messages/jobs';
import '../../i18n/messages/method';

export function JobsSection() {
  const t = useT();
  return (
    <Section id="jobs" title={t('sections.jobs.title')} intro={t('sections.jobs.intro')}>
      <WideSlot>
        <ViewBoundary title={t('jobs.directoryTitle')} minHeight={640}>
          <JobsDirectory />
        </ViewBoundary>
      </WideSlot>
      <WideSlot>
        <ViewBoundary title={t('jobs.coursesTitle')} minHeight={720}>
          <JobsCoursesChart />
        </ViewBoundary>
      </WideSlot>
      <WideSlot>
        <ViewBoundary title={t('method.title')}>
          <MethodPanel datasets={['job-sheets', 'job-families', 'occupation-synonyms']} derived={['jobsLowerBounds', 'occupationSearch']} />
        </ViewBoundary>
      </WideSlot>
    </Section>
  );
}

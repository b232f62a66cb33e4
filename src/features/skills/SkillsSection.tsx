import { WideSlot } from '../../charts/WideSlot';
import { useT } from '../../i18n/i18n';
import { Section } from '../../ui/Section';
import { ViewBoundary } from '../../ui/ViewBoundary';
import { ArticleDomainsCard, JobActivitiesCard, SkillsMatrixChart } from './SkillsCharts';
import { MethodPanel } from '../method';
import '../../i18n/messages/skills';
import '../../i18n/messages/method';

export function SkillsSection() {
  const t = useT();
  return (
    <Section id="skills" title={t('sections.skills.title')} intro={t('sections.skills.intro')}>
      <WideSlot>
        <ViewBoundary title={t('skills.matrix.title')} minHeight={960}>
          <SkillsMatrixChart />
        </ViewBoundary>
      </WideSlot>
      <WideSlot>
        <ViewBoundary title={t('skills.activities.title')} minHeight={420}>
          <JobActivitiesCard />
        </ViewBoundary>
      </WideSlot>
      <WideSlot>
        <ViewBoundary title={t('skills.article.title')} minHeight={360}>
          <ArticleDomainsCard />
        </ViewBoundary>
      </WideSlot>
      <WideSlot>
        <ViewBoundary title={t('method.title')}>
          <MethodPanel datasets={['skills-matrix', 'job-activities', 'article-skills-domains']} derived={['skillsNone']} />
        </ViewBoundary>
      </WideSlot>
    </Section>
  );
}

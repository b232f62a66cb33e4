import { WideSlot } from '../../charts/WideSlot';
import { useT } from '../../i18n/i18n';
import { Section } from '../../ui/Section';
import { ViewBoundary } from '../../ui/ViewBoundary';
import { BasinRankingChart } from './BasinRankingChart';
import { DepartmentChart } from './DepartmentChart';
import { RecruitmentMap } from './RecruitmentMap';
import { StudyBasinChart } from './StudyBasinChart';
// Issue #14 (the analyst's questions).
import { NormandyFranceChart } from './NormandyFranceChart';
import { BasinProfileChart } from './BasinProfileChart';
import { TerritoryComparisonChart } from './TerritoryComparisonChart';
import { MethodPanel } from '../method';
import { BMO_CURRENT } from '../../data/schemas/bmo';
import '../../i18n/messages/overview';
import '../../i18n/messages/recruitment';
import '../../i18n/messages/method';

export function RecruitmentSection() {
  const t = useT();
  return (
    <Section id="recruitment" title={t('sections.recruitment.title')} intro={t('sections.recruitment.intro')}>
      <WideSlot>
        <ViewBoundary title={t('recruitment.map.title', { measure: t('filters.measures.projets') })} minHeight={640}>
          <RecruitmentMap />
        </ViewBoundary>
      </WideSlot>
      <ViewBoundary title={t('recruitment.department.title')} minHeight={360}>
        <DepartmentChart />
      </ViewBoundary>
      <ViewBoundary title={t('recruitment.ranking.title', { measure: t('filters.measures.projets') })} minHeight={640}>
        <BasinRankingChart />
      </ViewBoundary>
      <ViewBoundary title={t('recruitment.studyBasins.title')} minHeight={420}>
        <StudyBasinChart />
      </ViewBoundary>
      {/* Issue #14 (the analyst's questions). */}
      <ViewBoundary title={t('recruitment.national.title')} minHeight={520}>
        <NormandyFranceChart />
      </ViewBoundary>
      <ViewBoundary title={t('recruitment.profile.title', { area: t('overview.normandie') })} minHeight={460}>
        <BasinProfileChart />
      </ViewBoundary>
      <ViewBoundary title={t('recruitment.compare.title')} minHeight={420}>
        <TerritoryComparisonChart />
      </ViewBoundary>
      <WideSlot>
        <ViewBoundary title={t('method.title')}>
          <MethodPanel
            datasets={[BMO_CURRENT.rows, BMO_CURRENT.france, 'bmo-study-by-department', 'bmo-study-by-basin']}
            derived={['recruitmentShares', 'recruitmentStudyPair']}
          />
        </ViewBoundary>
      </WideSlot>
    </Section>
  );
}

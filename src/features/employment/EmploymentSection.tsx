import { useT } from '../../i18n/i18n';
import { Section } from '../../ui/Section';
import { ViewBoundary } from '../../ui/ViewBoundary';
import { DigitalOffersChart, EmploymentGrowthChart, EmploymentProfileChart, LabourMarketChart } from './EmploymentCharts';
import { MethodPanel } from '../method';
import { WideSlot } from '../../charts/WideSlot';
import '../../i18n/messages/employment';
import '../../i18n/messages/method';

export function EmploymentSection() {
  const t = useT();
  return (
    <Section id="employment" title={t('sections.employment.title')} intro={t('sections.employment.intro')}>
      <ViewBoundary title={t('employment.growth.title')} minHeight={520}>
        <EmploymentGrowthChart />
      </ViewBoundary>
      <ViewBoundary title={t('employment.labour.title')} minHeight={700}>
        <LabourMarketChart />
      </ViewBoundary>
      <ViewBoundary title={t('employment.profile.title')} minHeight={520}>
        <EmploymentProfileChart />
      </ViewBoundary>
      <ViewBoundary title={t('employment.offers.title')} minHeight={320}>
        <DigitalOffersChart />
      </ViewBoundary>
      <WideSlot>
        <ViewBoundary title={t('method.title')}>
          <MethodPanel datasets={['employment-growth', 'labour-market', 'employment-profile', 'genscan-offers']} derived={['employment2015']} />
        </ViewBoundary>
      </WideSlot>
    </Section>
  );
}

import { WideSlot } from '../../charts/WideSlot';
import { useT } from '../../i18n/i18n';
import { Section } from '../../ui/Section';
import { ViewBoundary } from '../../ui/ViewBoundary';
import { AiAdoptionBySectorChart, AiBenefitsChart, AiDataExchangeChart, AiDecisionAnalyticsChart, AiUsesChart } from './AiCharts';
import { MethodPanel } from '../method';
import '../../i18n/messages/ai';
import '../../i18n/messages/method';

export function AiAdoptionSection() {
  const t = useT();
  return (
    <Section id="ai" title={t('sections.ai.title')} intro={t('sections.ai.intro')}>
      <WideSlot>
        <ViewBoundary title={t('ai.adoption.title')} minHeight={560}>
          <AiAdoptionBySectorChart />
        </ViewBoundary>
      </WideSlot>
      <ViewBoundary title={t('ai.practices.data-exchange.title')} minHeight={420}>
        <AiDataExchangeChart />
      </ViewBoundary>
      <ViewBoundary title={t('ai.practices.decision-analytics.title')} minHeight={420}>
        <AiDecisionAnalyticsChart />
      </ViewBoundary>
      <ViewBoundary title={t('ai.uses.title')} minHeight={420}>
        <AiUsesChart />
      </ViewBoundary>
      <ViewBoundary title={t('ai.benefits.title')} minHeight={420}>
        <AiBenefitsChart />
      </ViewBoundary>
      <WideSlot>
        <ViewBoundary title={t('method.title')}>
          <MethodPanel datasets={['ai-adoption-by-sector', 'ai-uses', 'ai-benefits']} derived={['aiOrder']} />
        </ViewBoundary>
      </WideSlot>
    </Section>
  );
}

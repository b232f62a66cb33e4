import type { ChartEntry } from '../../charts/registry';
import { AiAdoptionBySectorChart, AiBenefitsChart, AiDataExchangeChart, AiDecisionAnalyticsChart, AiUsesChart } from './AiCharts';
import { PRACTICE_CHART_IDS } from './buildDataPractices';
export { AiAdoptionSection } from './AiAdoptionSection';

/** This section's charts, in presentation order (see src/app/charts.ts). */
export const aiAdoptionCharts: ChartEntry[] = [
  { id: 'ai-adoption-by-sector', section: 'ia', Component: AiAdoptionBySectorChart },
  { id: PRACTICE_CHART_IDS['data-exchange'], section: 'ia', Component: AiDataExchangeChart },
  { id: PRACTICE_CHART_IDS['decision-analytics'], section: 'ia', Component: AiDecisionAnalyticsChart },
  { id: 'ai-uses', section: 'ia', Component: AiUsesChart },
  { id: 'ai-benefits', section: 'ia', Component: AiBenefitsChart },
];

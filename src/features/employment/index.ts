import type { ChartEntry } from '../../charts/registry';
import { DigitalOffersChart, EmploymentGrowthChart, EmploymentProfileChart, LabourMarketChart } from './EmploymentCharts';
import { DIGITAL_OFFERS_ID } from './buildDigitalOffers';
import { EMPLOYMENT_GROWTH_ID } from './employmentGrowth';
import { EMPLOYMENT_PROFILE_ID } from './employmentProfile';
import { LABOUR_MARKET_ID } from './labourMarket';
export { EmploymentSection } from './EmploymentSection';
export { EmploymentGrowthChart, EmploymentProfileChart, LabourMarketChart } from './EmploymentCharts';
export { isStudyOccupation, studyGroupOf } from './studyGroup';

/** This section's charts, in presentation order (see src/app/charts.ts). */
export const employmentCharts: ChartEntry[] = [
  { id: EMPLOYMENT_GROWTH_ID, section: 'emploi', Component: EmploymentGrowthChart },
  { id: LABOUR_MARKET_ID, section: 'emploi', Component: LabourMarketChart },
  { id: EMPLOYMENT_PROFILE_ID, section: 'emploi', Component: EmploymentProfileChart },
  { id: DIGITAL_OFFERS_ID, section: 'emploi', Component: DigitalOffersChart },
];

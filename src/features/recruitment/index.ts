import type { ChartEntry } from '../../charts/registry';
import { BasinRankingChart } from './BasinRankingChart';
import { MAP_CHART_ID } from './buildRecruitmentMap';
import { RANKING_CHART_ID } from './buildBasinRanking';
import { DEPARTMENT_CHART_ID } from './buildDepartmentChart';
import { DepartmentChart } from './DepartmentChart';
import { RecruitmentMap } from './RecruitmentMap';
import { STUDY_BASIN_CHART_ID } from './buildStudyBasinChart';
import { StudyBasinChart } from './StudyBasinChart';
// Issue #14 (the analyst's questions): Normandy against France, what a basin recruits, compare territories.
import { NORMANDY_FRANCE_CHART_ID } from './buildNormandyFrance';
import { NormandyFranceChart } from './NormandyFranceChart';
import { BASIN_PROFILE_CHART_ID } from './buildBasinProfile';
import { BasinProfileChart } from './BasinProfileChart';
import { COMPARISON_CHART_ID } from './buildTerritoryComparison';
import { TerritoryComparisonChart } from './TerritoryComparisonChart';
export { RecruitmentSection } from './RecruitmentSection';

/** This section's charts, in presentation order (see src/app/charts.ts). */
export const recruitmentCharts: ChartEntry[] = [
  { id: MAP_CHART_ID, section: 'recrutements', Component: RecruitmentMap },
  { id: DEPARTMENT_CHART_ID, section: 'recrutements', Component: DepartmentChart },
  { id: RANKING_CHART_ID, section: 'recrutements', Component: BasinRankingChart },
  { id: STUDY_BASIN_CHART_ID, section: 'recrutements', Component: StudyBasinChart },
  // Issue #14 (the analyst's questions).
  { id: NORMANDY_FRANCE_CHART_ID, section: 'recrutements', Component: NormandyFranceChart },
  { id: BASIN_PROFILE_CHART_ID, section: 'recrutements', Component: BasinProfileChart },
  { id: COMPARISON_CHART_ID, section: 'recrutements', Component: TerritoryComparisonChart },
];

/**
 * Which section each chart lives in, in the presentation's default order, known without loading any chart's
 * code: an embed or a slide loads its own section's bundle only. (It loaded all seven sections, whose start-up
 * cost a slide some 0.4 s of blocked main thread on a phone.) `charts.test.ts` keeps this list equal to what
 * the sections register: a chart added to a feature without its line here fails the test.
 */
import type { SectionId } from '../state/sections';

export interface ChartPlace {
  id: string;
  section: SectionId;
}

export const CHART_INDEX: readonly ChartPlace[] = [
  { id: 'employment-growth', section: 'emploi' },
  { id: 'labour-market-paradox', section: 'emploi' },
  { id: 'employment-profile', section: 'emploi' },
  { id: 'digital-offers-by-domain', section: 'emploi' },
  { id: 'ai-adoption-by-sector', section: 'ia' },
  { id: 'ai-data-exchange-by-sector', section: 'ia' },
  { id: 'ai-decision-analytics-by-sector', section: 'ia' },
  { id: 'ai-uses', section: 'ia' },
  { id: 'ai-benefits', section: 'ia' },
  { id: 'recruitment-map', section: 'recrutements' },
  { id: 'recruitment-by-department', section: 'recrutements' },
  { id: 'recruitment-basin-ranking', section: 'recrutements' },
  { id: 'recruitment-study-basins', section: 'recrutements' },
  { id: 'recruitment-normandy-france', section: 'recrutements' },
  { id: 'recruitment-basin-profile', section: 'recrutements' },
  { id: 'recruitment-territory-comparison', section: 'recrutements' },
  { id: 'skills-matrix', section: 'competences' },
  { id: 'skills-job-activities', section: 'competences' },
  { id: 'skills-article-domains', section: 'competences' },
  { id: 'students-by-diploma', section: 'formations' },
  { id: 'normanthiia-targets', section: 'formations' },
  { id: 'rncp-certifications', section: 'formations' },
  { id: 'training-demand', section: 'formations' },
  { id: 'jobs-directory', section: 'metiers' },
  { id: 'jobs-courses', section: 'metiers' },
];

export function chartSection(id: string): SectionId | null {
  return CHART_INDEX.find((place) => place.id === id)?.section ?? null;
}

/**
 * The 35 job sheets' ids (issue #14 item 5: `metiers/?fiche=<id>` opens one).
 * Kept as constants because the URL is validated before any data file has
 * loaded; `jobSheets.test.ts` checks them against `data/jobs/job-sheets.json`.
 */
export const JOB_SHEET_IDS = [
  'developpeur-multimedia',
  'developpeur-web',
  'developpeur-web-mobile',
  'ingenieur-etudes-developpement',
  'architecte-logiciel',
  'administrateur-base-de-donnees',
  'data-analyst',
  'data-scientist',
  'web-designer',
  'designer-experience-interface',
  'directeur-artistique',
  'ergonome',
  'community-media-manager',
  'marketeur-digital',
  'charge-referencement',
  'analyste-trafic',
  'charge-clientele',
  'ingenieur-affaires',
  'ingenieur-avant-vente',
  'ingenieur-commercial',
  'technicien-reseaux-cloud',
  'ingenieur-reseaux-cloud',
  'architecte-reseaux-cloud',
  'technicien-maintenance-support',
  'responsable-cybersecurite',
  'consultant-expert-metier',
  'expert-protection-donnees',
  'expert-propriete-intellectuelle',
  'manager-projet',
  'manager-equipe',
  'responsable-strategie-prospective',
  'charge-relations-ecosysteme',
  'coach-agile',
  'directeur-systemes-information',
  'responsable-securite-si',
] as const;

export type JobSheetId = (typeof JOB_SHEET_IDS)[number];

const known = new Set<string>(JOB_SHEET_IDS);

export function isJobSheetId(value: string): value is JobSheetId {
  return known.has(value);
}

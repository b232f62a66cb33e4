/**
 * The dashboard's view state: what the user filters on. Every value here is
 * validated (see `./url.ts`), so views can trust it.
 */
import type { BasinCode, DepartmentCode } from './territories';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What the map and recruitment charts measure (BMO columns met / xmet / smet). */
export const MEASURES = ['projets', 'difficiles', 'saisonniers'] as const;
export type MeasureId = (typeof MEASURES)[number];

/** Years some dataset is about: RP 2015/2021, France Travail 2019/2024, FranceNum 2023/2024. */
export const YEARS = [2015, 2019, 2021, 2023, 2024] as const;
export type Year = (typeof YEARS)[number];

/**
 * The study's pair of occupations: BMO M2X90 (ingénieurs de l'informatique)
 * and M1X80 (techniciens de l'informatique); in Insee data the family
 * "Informatique et télécommunication".
 */
export const STUDY_OCCUPATIONS = 'informatique';
export const ENGINEERS = 'M2X90';
export const TECHNICIANS = 'M1X80';

/** A BMO occupation code ("M2X90"), a BMO family ("famille-M") or the study's pair: parse it with `parseOccupation` (`occupation.ts`). */
export type OccupationId = typeof STUDY_OCCUPATIONS | `famille-${string}` | string;

export const OCCUPATION_CODE = /^[A-Z][A-Z\d][A-Z]\d{2}$/; // e.g. M2X90; banking codes such as QAX01 have a letter second
export const OCCUPATION_FAMILY = /^famille-[A-Z]$/;
export const SECTOR = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface Filters {
  occupation: OccupationId;
  dep: DepartmentCode | null;
  basin: BasinCode | null;
  sector: string | null;
  year: Year | null;
  measure: MeasureId;
  lang: Language;
  /** Territories compared side by side (issue #14): up to 4 of basins, departments, `normandie`, `france`, comma-separated. */
  compare: string | null;
  /** The job sheet open in Métiers (issue #14): one of the 35 sheet ids of `jobSheets.ts`. */
  fiche: string | null;
}

export const DEFAULT_FILTERS: Filters = {
  occupation: STUDY_OCCUPATIONS,
  dep: null,
  basin: null,
  sector: null,
  year: null,
  measure: 'projets',
  lang: 'fr',
  compare: null,
  fiche: null,
};

/* What an occupation filter value means (study pair, BMO code, family): `occupation.ts`. */

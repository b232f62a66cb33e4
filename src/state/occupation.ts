/**
 * The occupation filter, parsed once. In the URL and the store it is a
 * string (`informatique`, `M2X90`, `famille-M`); every view that needs to
 * know what it means asks here, so the `famille-` prefix and the study's pair
 * are interpreted in one place.
 */
import { ENGINEERS, OCCUPATION_FAMILY, STUDY_OCCUPATIONS, TECHNICIANS, type OccupationId } from './filters';

export type OccupationSelection =
  /** The study's pair: engineers (M2X90) and technicians (M1X80) of IT. */
  | { kind: 'study-pair' }
  /** One BMO occupation. */
  | { kind: 'code'; code: string }
  /** A whole BMO family (its letter: « M »), which only the occupations file expands to codes. */
  | { kind: 'family'; family: string };

const FAMILY_PREFIX = 'famille-';

/** What an occupation filter value means. A value of no known shape is taken as an occupation code (the URL parser has vetted it). */
export function parseOccupation(id: OccupationId): OccupationSelection {
  if (id === STUDY_OCCUPATIONS) return { kind: 'study-pair' };
  if (OCCUPATION_FAMILY.test(id)) return { kind: 'family', family: id.slice(FAMILY_PREFIX.length) };
  return { kind: 'code', code: id };
}

/** The filter value of a selection (for the URL and the store). */
export function occupationId(selection: OccupationSelection): OccupationId {
  switch (selection.kind) {
    case 'study-pair':
      return STUDY_OCCUPATIONS;
    case 'family':
      return `${FAMILY_PREFIX}${selection.family}`;
    case 'code':
      return selection.code;
  }
}

/** What an occupations file tells about each BMO occupation (a subset of `BmoOccupation`). */
export interface OccupationEntry {
  code: string;
  label: string;
  family: string;
  familyLabel: string;
}

export interface ResolvedOccupation {
  selection: OccupationSelection;
  /** The BMO occupation codes the selection covers (a family expanded with the occupations file). */
  codes: string[];
  /** How the national file is queried: a family by its letter (the file has family totals), else by codes. */
  national: { family: string } | { codes: readonly string[] };
  /** The data's own name: the occupation's label, or the family's; null for the study's pair or an unknown code. */
  dataLabel: string | null;
  /** The study's occupations it covers (engineers, technicians): empty outside the study. */
  studyCodes: (typeof ENGINEERS | typeof TECHNICIANS)[];
}

/** The one function from an occupation filter to its codes and words. */
export function resolveOccupation(id: OccupationId, occupations: readonly OccupationEntry[] = []): ResolvedOccupation {
  const selection = parseOccupation(id);
  switch (selection.kind) {
    case 'study-pair':
      return {
        selection,
        codes: [ENGINEERS, TECHNICIANS],
        national: { codes: [ENGINEERS, TECHNICIANS] },
        dataLabel: null,
        studyCodes: [ENGINEERS, TECHNICIANS],
      };
    case 'family': {
      const members = occupations.filter((entry) => entry.family === selection.family);
      return {
        selection,
        codes: members.map((entry) => entry.code),
        national: { family: selection.family },
        dataLabel: members[0]?.familyLabel ?? occupations.find((entry) => entry.family === selection.family)?.familyLabel ?? null,
        studyCodes: [],
      };
    }
    case 'code':
      return {
        selection,
        codes: [selection.code],
        national: { codes: [selection.code] },
        dataLabel: occupations.find((entry) => entry.code === selection.code)?.label ?? null,
        studyCodes: selection.code === ENGINEERS || selection.code === TECHNICIANS ? [selection.code] : [],
      };
  }
}

/** The study group (Insee, France Travail figures) an occupation filter points at, or null outside the study. */
export function studyGroupOf(id: OccupationId): 'ingenieurs' | 'techniciens' | 'famille' | null {
  const selection = parseOccupation(id);
  if (selection.kind === 'study-pair') return 'famille';
  if (selection.kind === 'code' && selection.code === ENGINEERS) return 'ingenieurs';
  if (selection.kind === 'code' && selection.code === TECHNICIANS) return 'techniciens';
  return null;
}

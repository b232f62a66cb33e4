/**
 * Which group of the study an occupation filter points at. The Insee and
 * France Travail figures of the study exist only for the IT family (FAP 22)
 * and its two sub-families; any other BMO occupation or family has no study
 * figure, and views must say so instead of showing the IT family's.
 */
import type { Group } from '../../data/schemas/study';
import type { OccupationId } from '../../state/filters';
import { studyGroupOf as occupationStudyGroup } from '../../state/occupation';

/** Display order of the study's groups: the two sub-families, then their family. */
export const STUDY_GROUPS: readonly Group[] = ['ingenieurs', 'techniciens', 'famille'];

export function isStudyOccupation(occupation: OccupationId): boolean {
  return studyGroupOf(occupation) !== null;
}

/** The study group of an occupation filter, or null when the study does not cover it (see `state/occupation.ts`). */
export function studyGroupOf(occupation: OccupationId): Group | null {
  return occupationStudyGroup(occupation);
}

/**
 * The job directory's logic, kept out of the components so it can be tested
 * on fixtures: search, sort, grouping by family, the wording of the
 * continuing-course counts, and which source note belongs to which field.
 */
import type { Missing } from '../../data/contract';
import type { ContinuingCourses, JobFamilyRow, JobSheetRow, SheetSection } from '../../data/schemas/jobs';
import { fromMeasure, statementText, type ValueStatement } from '../../charts/valueStatement';
import type { Language } from '../../state/filters';
import { matchesTerms, normalizeForSearch, searchIndex, searchTerms } from '../../ui/search';

export const JOB_SORTS = ['order', 'title', 'courses', 'level'] as const;
/** `isMissing` from the contract only takes numeric measures; sheet fields are objects or Missing. */
export function isMissing<T extends object>(value: T | Missing): value is Missing {
  return 'missing' in value;
}

export type JobSort = (typeof JOB_SORTS)[number];

export interface JobQuery {
  text: string;
  /** A family id, or null for all families. */
  family: string | null;
  sort: JobSort;
}

/** Titles, synonyms, family and the sheet's prose: what someone looking for a job would type. */
export function jobSearchText(row: JobSheetRow): string {
  return searchIndex([
    row.title,
    row.directoryTitle,
    row.introLabel,
    row.sheetHeading,
    row.familyLabel,
    ...row.synonyms,
    ...row.description,
    ...row.knowledge,
    ...row.skills,
  ]);
}

export function filterJobs(rows: readonly JobSheetRow[], query: Pick<JobQuery, 'text' | 'family'>): JobSheetRow[] {
  const terms = searchTerms(query.text);
  return rows.filter((row) => (query.family === null || row.family === query.family) && matchesTerms(jobSearchText(row), terms));
}

/** What sorting "by number of courses" uses: "plus de 1 000" counts as 1 000; no number sorts last. */
export function coursesSortKey(courses: ContinuingCourses | Missing): number | null {
  return isMissing(courses) ? null : courses.lowerBound;
}

/** "262", "plus de 1 000", "plusieurs" — exact numbers as numbers, anything else in the sheet's own words. */
export function coursesText(courses: ContinuingCourses | Missing, lang: Language): string {
  return statementText(coursesStatement(courses), 'count', lang);
}

/**
 * What the sheet says of its number of courses: a count, « plus de 1 000 »
 * (more than), « plusieurs » (several, at least 2: kept in words), or nothing.
 */
export function coursesStatement(courses: ContinuingCourses | Missing): ValueStatement {
  if (isMissing(courses)) return fromMeasure(courses);
  if (courses.count !== undefined) return { kind: 'number', value: courses.count };
  return {
    kind: 'lower-bound',
    value: courses.lowerBound,
    strict: true,
    ...(courses.text && !/^plus de/i.test(courses.text) ? { words: 'several' as const } : {}),
  };
}

export function isLowerBound(courses: ContinuingCourses | Missing): courses is ContinuingCourses {
  return !isMissing(courses) && courses.count === undefined;
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

function nullsLast(a: number | null, b: number | null, direction: 1 | -1): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return (a - b) * direction;
}

export function sortJobs(rows: readonly JobSheetRow[], sort: JobSort): JobSheetRow[] {
  const byOrder = (a: JobSheetRow, b: JobSheetRow) => a.order - b.order;
  const compare: Record<JobSort, (a: JobSheetRow, b: JobSheetRow) => number> = {
    order: byOrder,
    title: (a, b) => collator.compare(a.title, b.title) || byOrder(a, b),
    courses: (a, b) => nullsLast(coursesSortKey(a.continuingCourses), coursesSortKey(b.continuingCourses), -1) || byOrder(a, b),
    level: (a, b) =>
      nullsLast(isMissing(a.accessLevel) ? null : a.accessLevel.bacPlus, isMissing(b.accessLevel) ? null : b.accessLevel.bacPlus, 1) || byOrder(a, b),
  };
  return [...rows].sort(compare[sort]);
}

export interface FamilyGroup {
  family: JobFamilyRow;
  jobs: JobSheetRow[];
}

/** Families in the document's order; a family left empty by the search is dropped. */
export function groupByFamily(rows: readonly JobSheetRow[], families: readonly JobFamilyRow[], sort: JobSort): FamilyGroup[] {
  return [...families]
    .sort((a, b) => a.order - b.order)
    .map((family) => ({
      family,
      jobs: sortJobs(
        rows.filter((row) => row.family === family.id),
        sort,
      ),
    }))
    .filter((group) => group.jobs.length > 0);
}

export type SheetField = SheetSection | 'initialTrainingLinks';

/**
 * Words that name each rubrique in the notes. The notes are the data
 * engineer's French sentences; they name rubriques by their printed title
 * (or by field name for removed fragments).
 */
const FIELD_PATTERNS: [SheetField, RegExp][] = [
  ['description', /\bdescriptions?\b/],
  ['accessLevel', /\bniveau\b/],
  ['initialTraining', /formation initiale|initialtraining/],
  ['continuingTraining', /formation continue|continuingtraining/],
  ['knowledge', /\bconnaissances?\b/],
  ['skills', /\bcompetences\b/],
  ['synonyms', /\bsynonymes\b/],
  ['careerMoves', /perspectives d'evolution|careermoves/],
  ['status', /\bstatut\b/],
  ['growthEnvironments', /environnements porteurs|growthenvironments/],
];

export interface FieldNotes {
  byField: Partial<Record<SheetField, string[]>>;
  /** Notes about the sheet as a whole (titles, layout) or about a job without a sheet. */
  general: string[];
}

/**
 * Attaches each note to the rubriques it talks about, so a warning such as
 * "synonymes copiés d'une autre fiche" appears beside the synonyms. A note
 * that opens with one rubrique ("Connaissances : …") concerns that one only;
 * otherwise every rubrique it names gets it. Notes naming none stay general.
 */
export function notesByField(row: JobSheetRow): FieldNotes {
  const result: FieldNotes = { byField: {}, general: [] };
  for (const note of row.notes) {
    const normalized = normalizeForSearch(note);
    const lead = FIELD_PATTERNS.find(([, pattern]) => {
      const match = pattern.exec(normalized);
      return match?.index === 0 && /^[^:.;]{0,24}:/.test(normalized.slice(match[0].length));
    });
    const fields = lead ? [lead[0]] : FIELD_PATTERNS.filter(([, pattern]) => pattern.test(normalized)).map(([field]) => field);
    if (fields.length === 0 || !row.hasSheet) {
      result.general.push(note);
      continue;
    }
    for (const field of fields) (result.byField[field] ??= []).push(note);
  }
  return result;
}

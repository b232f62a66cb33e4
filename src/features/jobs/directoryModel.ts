/**
 * The job directory as a chart of the house (issue #12 item 5): the same
 * `ChartModel` every chart returns — title, subtitle, source, notes, summary
 * and a table (one row per job of the directory, with its family, access
 * level, courses and the BMO and RNCP codes it is paired with) — so that the
 * directory has a frame, an embed page, a CSV export, a print and slides like
 * every chart. The list itself is HTML (JobsDirectory.tsx), drawn from the
 * groups returned here: the table and the list always show the same jobs.
 */
import type { ChartModel, TableCell } from '../../charts/model';
import { READ_MARKER, statementCell } from '../../charts/valueStatement';
import type { JobFamilyRow, JobSheetRow } from '../../data/schemas/jobs';
import type { SheetMappingRow } from '../../data/schemas/jobMapping';
import type { RncpCertificationsRow } from '../../data/schemas/study';
import { missingLabel } from '../../i18n/format';
import { translator } from '../../i18n/i18n';
import type { Language } from '../../state/filters';
import { coursesStatement, filterJobs, groupByFamily, isMissing, type FamilyGroup, type JobQuery } from './directory';
import '../../i18n/messages/jobs';

export const DIRECTORY_ID = 'jobs-directory';

export interface DirectoryData {
  sheets: { rows: readonly JobSheetRow[]; source: { citation: string } };
  families: readonly JobFamilyRow[];
  /** The editorial pairing of each sheet with BMO occupations and RNCP certifications (issue #14). */
  mapping: readonly SheetMappingRow[];
  certifications: readonly RncpCertificationsRow[];
}

export interface DirectoryModel extends ChartModel {
  /** The jobs shown, by family in the document's order, sorted within each family. */
  groups: FamilyGroup[];
  /** The same jobs in one list, in the order shown (what a slide cuts into parts). */
  jobs: JobSheetRow[];
  /** How many jobs the directory holds before the search. */
  total: number;
}

/** The jobs of `jobs` grouped again under their families (a slide's part of the list), in the order given. */
export function regroup(jobs: readonly JobSheetRow[], groups: readonly FamilyGroup[]): FamilyGroup[] {
  return groups.map((group) => ({ family: group.family, jobs: group.jobs.filter((job) => jobs.includes(job)) })).filter((group) => group.jobs.length > 0);
}

export function buildJobsDirectory(data: DirectoryData, query: JobQuery, lang: Language): DirectoryModel {
  const t = translator(lang);
  const visible = filterJobs(data.sheets.rows, query);
  const groups = groupByFamily(visible, data.families, query.sort);
  const jobs = groups.flatMap((group) => group.jobs);
  const mapping = new Map(data.mapping.map((row) => [row.sheet, row]));
  const certifications = new Map(data.certifications.map((row) => [row.certification, row]));
  const noMatch: TableCell = { text: t('jobs.directoryTable.noMatch'), sort: null };

  const bmoCell = (row: SheetMappingRow | undefined): TableCell =>
    row && row.occupations.length > 0 ? { text: row.occupations.join(', '), sort: row.occupations[0]! } : noMatch;
  const rncpCell = (row: SheetMappingRow | undefined): TableCell => {
    const linked = (row?.certifications ?? []).flatMap((id) => certifications.get(id) ?? []);
    if (linked.length === 0) return noMatch;
    // A code paired with its certification only by the layout of the study's table is `read` (issue #13), marked « * ».
    const read = linked.some((certification) => certification.code && certification.codePairing === 'reconstruit');
    const text = linked
      .map((certification) =>
        certification.code
          ? `${certification.title} (${certification.code}${certification.codePairing === 'reconstruit' ? READ_MARKER : ''})`
          : certification.title,
      )
      .join(' ; ');
    return { text, sort: text, ...(read ? { flag: 'read' as const } : {}) };
  };

  const table = {
    columns: [
      { key: 'job', label: t('jobs.job'), kind: 'text' as const },
      { key: 'family', label: t('jobs.family'), kind: 'text' as const },
      { key: 'access', label: t('jobs.accessLevel'), kind: 'text' as const },
      { key: 'courses', label: t('jobs.courses'), kind: 'count' as const },
      { key: 'bmo', label: t('jobs.directoryTable.bmo'), kind: 'text' as const },
      { key: 'fit', label: t('jobs.directoryTable.fit'), kind: 'text' as const },
      { key: 'rncp', label: t('jobs.directoryTable.rncp'), kind: 'text' as const },
    ],
    rows: jobs.map((job): Record<string, TableCell> => {
      const links = mapping.get(job.id);
      const access: TableCell = isMissing(job.accessLevel)
        ? { text: job.hasSheet ? missingLabel(job.accessLevel, lang) : t('jobs.noSheet'), sort: null, flag: 'not-in-source' }
        : { text: job.accessLevel.text, sort: job.accessLevel.bacPlus };
      return {
        job: { text: job.title, sort: job.title },
        family: { text: job.familyLabel, sort: job.familyLabel },
        access,
        courses: statementCell(coursesStatement(job.continuingCourses), 'count', lang),
        bmo: bmoCell(links),
        fit: links ? { text: t(`jobs.directoryTable.fits.${links.fit}`), sort: links.fit } : noMatch,
        rncp: rncpCell(links),
      };
    }),
  };

  const summary =
    jobs.length === 0
      ? t('jobs.noResults')
      : t('jobs.directoryTable.summary', {
          count: jobs.length,
          total: data.sheets.rows.length,
          families: groups.length,
          withoutSheet: jobs.filter((job) => !job.hasSheet).length,
        });

  return {
    id: DIRECTORY_ID,
    title: t('jobs.directoryTitle'),
    subtitle: `${t('jobs.directorySubtitle')} — ${t('jobs.sheetsPeriod')}`,
    source: data.sheets.source.citation,
    option: null,
    table,
    summary,
    notes: [t('jobs.coursesNational'), t('jobs.links.editorial')],
    // An HTML list: it takes the room its rows need (no drawing to reserve room for).
    height: 0,
    groups,
    jobs,
    total: data.sheets.rows.length,
  };
}

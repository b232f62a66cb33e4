import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { JobSheetRow } from '../../data/schemas/jobs';
import { colon, missingLabel } from '../../i18n/format';
import { useLang, useT } from '../../i18n/i18n';
import { SearchBox } from '../../ui/SearchBox';
import { coursesText, filterJobs, groupByFamily, isMissing, JOB_SORTS, notesByField, type JobSort } from './directory';
import { JobSheet } from './JobSheet';
import { IgnoredFilters } from '../filters';
import { useDataset } from '../../data/useDataset';
// Issue #14 item 5 (i14): each sheet's address (`fiche`) and links.
import { BMO_CURRENT } from '../../data/schemas/bmo';
import { useFilterStore } from '../../state/store';
import { sheetLinks, type SheetLinks } from './sheetLinks';
import '../../i18n/messages/training';
import '../../i18n/messages/jobs';

export const DIRECTORY_ID = 'jobs-directory';

const SORT_LABELS = { order: 'jobs.sortOrder', title: 'jobs.sortTitle', courses: 'jobs.sortCourses', level: 'jobs.sortLevel' } as const;

/**
 * The 35 jobs grouped by family, searchable without accents, each sheet
 * readable in full in a native <details> (keyboard and screen-reader
 * friendly without scripting focus).
 */
export function JobsDirectory() {
  const t = useT();
  const sheets = useDataset('job-sheets');
  const families = useDataset('job-families');
  const [text, setText] = useState('');
  const [family, setFamily] = useState<string | null>(null);
  const [sort, setSort] = useState<JobSort>('order');
  const baseId = useId();
  const lang = useLang();
  const mapping = useDataset('sheet-bmo-mapping');
  const occupations = useDataset(BMO_CURRENT.occupations);
  const certifications = useDataset('rncp-certifications');
  const linksFor = useCallback(
    (id: string) => sheetLinks(id, { mapping: mapping.rows, occupations: occupations.rows, certifications: certifications.rows }, lang),
    [mapping, occupations, certifications, lang],
  );
  const fiche = useFilterStore((state) => state.fiche);

  const visible = useMemo(() => filterJobs(sheets.rows, { text, family }), [sheets, text, family]);
  const groups = useMemo(() => groupByFamily(visible, families.rows, sort), [visible, families, sort]);

  return (
    <figure className="chart jobs-directory" data-chart-id={DIRECTORY_ID} aria-labelledby={`${baseId}-title`}>
      <header className="chart-header">
        <h3 id={`${baseId}-title`} className="chart-title">
          {t('jobs.directoryTitle')}
        </h3>
        <p className="chart-subtitle">
          {t('jobs.directorySubtitle')} — {t('jobs.sheetsPeriod')}
        </p>
        <IgnoredFilters viewId={DIRECTORY_ID} />
      </header>
      <div className="chart-controls">
        <SearchBox
          label={t('jobs.search')}
          value={text}
          onChange={setText}
          status={t('jobs.resultCount', { count: visible.length, total: sheets.rows.length })}
          clearLabel={t('training.clearSearch')}
        />
        <label className="field" htmlFor={`${baseId}-family`}>
          {t('jobs.familyFilter')}
          <select id={`${baseId}-family`} value={family ?? ''} onChange={(event) => setFamily(event.target.value || null)}>
            <option value="">{t('jobs.allFamilies')}</option>
            {families.rows.map((row) => (
              <option key={row.id} value={row.id}>
                {row.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field" htmlFor={`${baseId}-sort`}>
          {t('jobs.sort')}
          <select id={`${baseId}-sort`} value={sort} onChange={(event) => setSort(event.target.value as JobSort)}>
            {JOB_SORTS.map((value) => (
              <option key={value} value={value}>
                {t(SORT_LABELS[value])}
              </option>
            ))}
          </select>
        </label>
      </div>
      {groups.length === 0 ? (
        <p className="chart-empty">{t('jobs.noResults')}</p>
      ) : (
        <div className="job-families">
          {groups.map(({ family: group, jobs }) => (
            <section key={group.id} className="job-family" aria-labelledby={`${baseId}-${group.id}`}>
              <h4 id={`${baseId}-${group.id}`} className="job-family-title">
                {group.label} <span className="job-muted">({t('jobs.familyJobs', { count: jobs.length })})</span>
              </h4>
              {group.notes.length > 0 ? (
                <ul className="job-family-notes">
                  {group.notes.map((note) => (
                    <li key={note}>{note}</li>
                  ))}
                </ul>
              ) : null}
              <ul className="job-items">
                {jobs.map((job) => (
                  <JobItem key={job.id} job={job} links={linksFor(job.id)} selected={fiche === job.id} />
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
      <ul className="chart-notes">
        <li>{t('jobs.coursesNational')}</li>
      </ul>
      <figcaption className="chart-source">{sheets.source.citation}</figcaption>
    </figure>
  );
}

/** A sheet's content is mounted when it is first opened: 35 full sheets would make the page heavy for nothing. */
function JobItem({ job, links, selected }: { job: JobSheetRow; links: SheetLinks | null; selected: boolean }) {
  const t = useT();
  const lang = useLang();
  const [opened, setOpened] = useState(false);
  const detailsRef = useRef<HTMLDetailsElement>(null);
  // `metiers/?fiche=<id>` opens the sheet and brings it into view; opening or closing one writes the address.
  useEffect(() => {
    const details = detailsRef.current;
    if (!selected || !details || details.open) return;
    details.open = true;
    details.scrollIntoView({ block: 'start' });
  }, [selected]);
  const onToggle = (open: boolean) => {
    setOpened((was) => was || open);
    const { fiche, setFilters } = useFilterStore.getState();
    if (open && fiche !== job.id) setFilters({ fiche: job.id });
    else if (!open && fiche === job.id) setFilters({ fiche: null });
  };
  return (
    <li className="job-item" data-job-id={job.id}>
      <details ref={detailsRef} onToggle={(event) => onToggle(event.currentTarget.open)}>
        <summary>
          <span className="job-title">
            <span className="job-toggle" aria-hidden="true" />
            {job.title}
          </span>
          <span className="job-meta">
            {job.hasSheet ? (
              <>
                <span>
                  {t('jobs.accessLevel')}
                  {colon(lang)}
                  {isMissing(job.accessLevel) ? missingLabel(job.accessLevel, lang) : job.accessLevel.text}
                </span>
                <span>
                  {t('jobs.courses')}
                  {colon(lang)}
                  {coursesText(job.continuingCourses, lang)}
                </span>
              </>
            ) : (
              <span className="job-badge job-badge-none">{t('jobs.noSheet')}</span>
            )}
            {job.confidence === 'ambiguous' ? (
              <span className="job-badge job-badge-warning" title={t('jobs.ambiguousExplain')}>
                {t('jobs.ambiguous')}
              </span>
            ) : null}
          </span>
        </summary>
        {opened ? <JobSheet job={job} notes={notesByField(job)} links={links} /> : null}
      </details>
    </li>
  );
}

import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { JobSheetRow } from '../../data/schemas/jobs';
import { colon, missingLabel } from '../../i18n/format';
import { useLang, useT } from '../../i18n/i18n';
import { SearchBox } from '../../ui/SearchBox';
import { ChartFrame } from '../../ui/ChartFrame';
import { useChartDisplay } from '../../ui/share/display';
import { SLIDE_LIST_ROWS, slideRows } from '../../charts/slideScale';
import { coursesText, isMissing, JOB_SORTS, notesByField, type JobSort } from './directory';
import { buildJobsDirectory, regroup } from './directoryModel';
import { JobSheet } from './JobSheet';
import { FamilySelect } from './FamilySelect';
import { useDataset } from '../../data/useDataset';
// Issue #14 item 5 (i14): each sheet's address (`fiche`) and links.
import { BMO_CURRENT } from '../../data/schemas/bmo';
import { useFilterStore } from '../../state/store';
import { sheetLinks, type SheetLinks } from './sheetLinks';
import '../../i18n/messages/training';
import '../../i18n/messages/jobs';

const SORT_LABELS = { order: 'jobs.sortOrder', title: 'jobs.sortTitle', courses: 'jobs.sortCourses', level: 'jobs.sortLevel' } as const;

/**
 * The 35 jobs grouped by family, searchable without accents, each sheet
 * readable in full in a native <details> (keyboard and screen-reader
 * friendly without scripting focus). A chart of the house (issue #12): its
 * frame, table, CSV export, embed page and slides come from its ChartModel
 * (`buildJobsDirectory`); on a slide the list is shown a few jobs at a time.
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

  const model = useMemo(
    () => buildJobsDirectory({ sheets, families: families.rows, mapping: mapping.rows, certifications: certifications.rows }, { text, family, sort }, lang),
    [sheets, families, mapping, certifications, text, family, sort, lang],
  );
  // On a slide (issue #12): a few jobs at a time, the next ones with → (the deck's part counter says which).
  const display = useChartDisplay();
  const presenting = display.mode === 'present';
  const slide = useMemo(() => (presenting ? slideRows(model.jobs, display.part ?? 0, SLIDE_LIST_ROWS) : null), [presenting, display.part, model.jobs]);
  const onSlideParts = display.onParts;
  useEffect(() => void (slide && onSlideParts?.(slide)), [slide, onSlideParts]);
  const groups = slide ? regroup(slide.items, model.groups) : model.groups;
  // A slide lists titles and facts, not the BMO and RNCP pairings: the note on those stays with the table.
  const slideModel = useMemo(() => ({ ...model, notes: model.notes.filter((note) => note !== t('jobs.links.editorial')) }), [model, t]);
  // A family's count is of the jobs the search keeps, also on a slide that shows only some of them.
  const shownIn = (familyId: string) => model.groups.find((group) => group.family.id === familyId)?.jobs.length ?? 0;

  // The search, family and order are the reader's; a slide shows the whole directory, a part at a time.
  const controls = presenting ? undefined : (
    <>
      <SearchBox
        label={t('jobs.search')}
        value={text}
        onChange={setText}
        status={t('jobs.resultCount', { count: model.jobs.length, total: model.total })}
        clearLabel={t('training.clearSearch')}
      />
      <FamilySelect value={family} onChange={setFamily} />
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
    </>
  );

  return (
    <ChartFrame model={presenting ? slideModel : model} controls={controls}>
      <div className="jobs-directory">
        {groups.length === 0 ? (
          <p className="chart-empty">{t('jobs.noResults')}</p>
        ) : (
          <div className="job-families">
            {groups.map(({ family: group, jobs }) => (
              <section key={group.id} className="job-family" aria-labelledby={`${baseId}-${group.id}`}>
                <h4 id={`${baseId}-${group.id}`} className="job-family-title">
                  {group.label} <span className="job-muted">({t('jobs.familyJobs', { count: shownIn(group.id) })})</span>
                </h4>
                {group.notes.length > 0 && !presenting ? (
                  <ul className="job-family-notes">
                    {group.notes.map((note) => (
                      <li key={note}>{note}</li>
                    ))}
                  </ul>
                ) : null}
                <ul className="job-items">
                  {jobs.map((job) =>
                    presenting ? (
                      <li key={job.id} className="job-item" data-job-id={job.id}>
                        <div className="job-summary">
                          <JobLine job={job} toggle={false} />
                        </div>
                      </li>
                    ) : (
                      <JobItem key={job.id} job={job} links={linksFor(job.id)} selected={fiche === job.id} />
                    ),
                  )}
                </ul>
              </section>
            ))}
          </div>
        )}
      </div>
    </ChartFrame>
  );
}

/** A job's title and facts: the summary of its sheet on the dashboard, a line of the list on a slide. */
function JobLine({ job, toggle = true }: { job: JobSheetRow; toggle?: boolean }) {
  const t = useT();
  const lang = useLang();
  return (
    <>
      <span className="job-title">
        {toggle ? <span className="job-toggle" aria-hidden="true" /> : null}
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
    </>
  );
}

/** A sheet's content is mounted when it is first opened: 35 full sheets would make the page heavy for nothing. */
function JobItem({ job, links, selected }: { job: JobSheetRow; links: SheetLinks | null; selected: boolean }) {
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
          <JobLine job={job} />
        </summary>
        {opened ? <JobSheet job={job} notes={notesByField(job)} links={links} /> : null}
      </details>
    </li>
  );
}

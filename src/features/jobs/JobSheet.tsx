import type { ReactNode } from 'react';
import type { JobSheetRow } from '../../data/schemas/jobs';
import { missingLabel } from '../../i18n/format';
import { useLang, useT } from '../../i18n/i18n';
import { normalizeForSearch } from '../../ui/search';
import { coursesText, isMissing, type FieldNotes, type SheetField } from './directory';
import type { SheetLinks } from './sheetLinks';
import { SheetLinksView } from './SheetLinksView';
import '../../i18n/messages/jobs';

interface JobSheetProps {
  job: JobSheetRow;
  notes: FieldNotes;
  /** Issue #14: its BMO occupations and certifications. */
  links?: SheetLinks | null;
}

const LIST_FIELDS = ['synonyms', 'careerMoves', 'status'] as const;

/**
 * One job sheet in full, every rubrique in the document's order. Source
 * slips are shown as warnings beside the rubrique they concern, and absent
 * rubriques are said to be absent rather than silently skipped.
 */
export function JobSheet({ job, notes, links = null }: JobSheetProps) {
  const t = useT();
  const lang = useLang();

  if (!job.hasSheet) {
    return (
      <div className="job-sheet">
        <p className="job-no-sheet">{t('jobs.noSheetExplain')}</p>
        {links ? <SheetLinksView links={links} /> : null}
        <SourceNotes notes={notes.general} />
      </div>
    );
  }

  const field = (name: SheetField, content: ReactNode, hasContent: boolean) => (
    <div className="job-field" key={name}>
      <dt>{t(`jobs.fields.${name}`)}</dt>
      <dd>
        {hasContent ? content : <p className="job-absent">{t('jobs.absent')}</p>}
        <Warnings notes={notes.byField[name]} />
      </dd>
    </div>
  );
  const paragraphs = (texts: string[]) => texts.map((text, index) => <p key={index}>{text}</p>);
  const list = (items: string[]) => (
    <ul className="job-list">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );

  const courses = job.continuingCourses;
  // A heading printed in capitals is the same title, not another one.
  const otherTitles = [...new Set([job.directoryTitle, job.introLabel, job.sheetHeading].filter((title): title is string => Boolean(title)))].filter(
    (title) => normalizeForSearch(title) !== normalizeForSearch(job.title),
  );

  return (
    <div className="job-sheet">
      <dl className="job-fields">
        {field('description', paragraphs(job.description), job.description.length > 0)}
        {field('accessLevel', <p>{isMissing(job.accessLevel) ? missingLabel(job.accessLevel, lang) : job.accessLevel.text}</p>, !isMissing(job.accessLevel))}
        {field(
          'initialTraining',
          <>
            {paragraphs(job.initialTraining)}
            {job.initialTrainingLinks.length > 0 ? (
              <ul className="job-list">
                {job.initialTrainingLinks.map((link) => (
                  <li key={link}>
                    {/^https?:\/\//.test(link) ? (
                      <a href={link} rel="noopener noreferrer external" target="_blank">
                        {link}
                      </a>
                    ) : (
                      link
                    )}
                  </li>
                ))}
              </ul>
            ) : null}
          </>,
          job.initialTraining.length + job.initialTrainingLinks.length > 0,
        )}
        {field(
          'continuingTraining',
          <>
            {paragraphs(job.continuingTraining)}
            {!isMissing(courses) ? (
              <p className="job-courses">
                <strong>{t('jobs.coursesLine', { text: coursesText(courses, lang) })}</strong>{' '}
                <span className="job-muted">({t('jobs.coursesNationalShort')})</span>
                {courses.note ? <span className="job-muted"> — {courses.note}</span> : null}
              </p>
            ) : null}
          </>,
          job.continuingTraining.length > 0,
        )}
        {field('knowledge', paragraphs(job.knowledge), job.knowledge.length > 0)}
        {field('skills', paragraphs(job.skills), job.skills.length > 0)}
        {LIST_FIELDS.map((name) => field(name, list(job[name]), job[name].length > 0))}
        {field('growthEnvironments', paragraphs(job.growthEnvironments), job.growthEnvironments.length > 0)}
      </dl>
      {links ? <SheetLinksView links={links} /> : null}
      {otherTitles.length > 0 ? <p className="job-muted">{t('jobs.otherTitles', { titles: otherTitles.map((title) => `« ${title} »`).join(', ') })}</p> : null}
      <SourceNotes notes={notes.general} />
      {job.lines ? <p className="job-muted">{t('jobs.sheetLines', { lines: job.lines })}</p> : null}
    </div>
  );
}

function Warnings({ notes }: { notes: string[] | undefined }) {
  const t = useT();
  if (!notes?.length) return null;
  return (
    <ul className="job-warnings">
      {notes.map((note) => (
        <li key={note} className="job-warning">
          <strong>{t('jobs.warning')}</strong> {note}
        </li>
      ))}
    </ul>
  );
}

function SourceNotes({ notes }: { notes: string[] }) {
  const t = useT();
  if (notes.length === 0) return null;
  return (
    <div className="job-source-notes">
      <p className="job-source-notes-title">{t('jobs.sourceNotes')}</p>
      <ul>
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </div>
  );
}

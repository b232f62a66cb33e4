import { useId } from 'react';
import { useT } from '../../i18n/i18n';
import { useDataset } from '../../data/useDataset';
import '../../i18n/messages/jobs';

/** « Famille de métiers »: every family of the job directory, or all of them (null). */
export function FamilySelect({
  value,
  onChange,
  className = 'field',
}: {
  value: string | null;
  onChange: (family: string | null) => void;
  className?: string;
}) {
  const t = useT();
  const families = useDataset('job-families');
  const id = useId();
  return (
    <label className={className} htmlFor={id}>
      {t('jobs.familyFilter')}
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">{t('jobs.allFamilies')}</option>
        {families.rows.map((row) => (
          <option key={row.id} value={row.id}>
            {row.label}
          </option>
        ))}
      </select>
    </label>
  );
}

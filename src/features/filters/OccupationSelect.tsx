import { useT } from '../../i18n/i18n';
import { STUDY_OCCUPATIONS, ENGINEERS, TECHNICIANS } from '../../state/filters';
import { occupationLabel, type LabelLookups } from './activeFilters';

interface OccupationSelectProps {
  value: string;
  onChange: (occupation: string) => void;
  lookups: LabelLookups;
}

const STUDY_CHOICES = [STUDY_OCCUPATIONS, ENGINEERS, TECHNICIANS];

/** The study's occupations first; other BMO occupations are offered where the data lists them. */
export function OccupationSelect({ value, onChange, lookups }: OccupationSelectProps) {
  const t = useT();
  const choices = STUDY_CHOICES.includes(value) ? STUDY_CHOICES : [...STUDY_CHOICES, value];
  return (
    <label className="field field-wide">
      <span>{t('filters.occupation')}</span>
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {choices.map((code) => (
          <option key={code} value={code}>
            {occupationLabel(code, t, lookups.occupation)}
          </option>
        ))}
      </select>
    </label>
  );
}

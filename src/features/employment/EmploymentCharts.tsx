import { useId, useMemo, useState } from 'react';
import { ChartFrame } from '../../ui/ChartFrame';
import { useCompactChart } from '../../charts/useCompactChart';
import { useLang, useT } from '../../i18n/i18n';
import { useFilterStore } from '../../state/store';
import { buildEmploymentGrowth } from './employmentGrowth';
import { buildEmploymentProfile, PROFILE_DIMENSIONS, type ProfileDimension } from './employmentProfile';
import { buildLabourMarket } from './labourMarket';
import { buildDigitalOffers } from './buildDigitalOffers';
import './employment.css';
import '../../ui/segmented.css';
import { useDataset } from '../../data/useDataset';
import '../../i18n/messages/employment';

export function EmploymentGrowthChart() {
  const data = useDataset('employment-growth');
  const occupation = useFilterStore((state) => state.occupation);
  const lang = useLang();
  const compact = useCompactChart();
  const model = useMemo(() => buildEmploymentGrowth(data, { occupation }, lang, { compact }), [data, occupation, lang, compact]);
  return <ChartFrame model={model} />;
}

export function LabourMarketChart() {
  const data = useDataset('labour-market');
  const occupation = useFilterStore((state) => state.occupation);
  const lang = useLang();
  const compact = useCompactChart();
  const model = useMemo(() => buildLabourMarket(data, { occupation }, lang, { compact }), [data, occupation, lang, compact]);
  return <ChartFrame model={model} />;
}

export function DigitalOffersChart() {
  const data = useDataset('genscan-offers');
  const lang = useLang();
  const compact = useCompactChart();
  const model = useMemo(() => buildDigitalOffers(data, lang, { compact }), [data, lang, compact]);
  return <ChartFrame model={model} />;
}

export function EmploymentProfileChart() {
  const data = useDataset('employment-profile');
  const occupation = useFilterStore((state) => state.occupation);
  const lang = useLang();
  const compact = useCompactChart();
  const [dimension, setDimension] = useState<ProfileDimension>('diplome');
  const model = useMemo(() => buildEmploymentProfile(data, { occupation }, lang, dimension, { compact }), [data, occupation, lang, dimension, compact]);
  return <ChartFrame model={model} controls={<DimensionPicker value={dimension} onChange={setDimension} />} />;
}

/** Native radio buttons: arrow keys move between dimensions, as screen-reader users expect. */
function DimensionPicker({ value, onChange }: { value: ProfileDimension; onChange: (dimension: ProfileDimension) => void }) {
  const t = useT();
  const name = useId();
  return (
    <fieldset className="segmented">
      <legend>{t('employment.profile.dimensionLabel')}</legend>
      {PROFILE_DIMENSIONS.map((dimension) => (
        <label key={dimension}>
          <input type="radio" name={name} value={dimension} checked={value === dimension} onChange={() => onChange(dimension)} />
          <span>{t(`employment.profile.dimensions.${dimension}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}

import { useEffect, useId, useMemo, useRef } from 'react';
import { useT } from '../../i18n/i18n';
import { SECTOR } from '../../state/filters';
import { useFilterStore } from '../../state/store';
import { sectorAtClick, toggledSector } from './sectors';
import '../../i18n/messages/ai';

interface SectorPickerProps {
  sectors: { code: string; label: string }[];
}

/** The keyboard path to what a click on a bar does: pick the sector highlighted across the section. */
export function SectorPicker({ sectors }: SectorPickerProps) {
  const t = useT();
  const sector = useFilterStore((state) => state.sector);
  const setFilters = useFilterStore((state) => state.setFilters);
  // A sector from the URL that this dataset does not know still shows, so the select never lies about the state.
  const unknown = sector && !sectors.some((entry) => entry.code === sector) ? sector : null;
  return (
    <label className="field">
      <span>{t('ai.sectorPicker')}</span>
      <select value={sector ?? ''} onChange={(event) => setFilters({ sector: SECTOR.test(event.target.value) ? event.target.value : null })}>
        <option value="">{t('ai.noSector')}</option>
        {sectors.map((entry) => (
          <option key={entry.code} value={entry.code}>
            {entry.label}
          </option>
        ))}
        {unknown ? <option value={unknown}>{unknown}</option> : null}
      </select>
    </label>
  );
}

/** What the picked sector shows in this chart, in words (the chart's highlight is also visual). */
export function SectorHighlight({ text }: { text: string | null }) {
  if (!text) return null;
  return <p className="ai-highlight">{text}</p>;
}

/**
 * ECharts click handler that toggles the store's sector. Stable across
 * renders (echarts-for-react re-creates the chart when `onEvents` changes),
 * so it reads the current axis order from a ref.
 */
export function useSectorClick(categories: string[]): Record<string, (params: unknown) => void> {
  const latest = useRef(categories);
  useEffect(() => {
    latest.current = categories;
  }, [categories]);
  return useMemo(
    () => ({
      click: (params: unknown) => {
        const store = useFilterStore.getState();
        const next = toggledSector(store.sector, sectorAtClick(params, latest.current));
        if (next !== undefined) store.setFilters({ sector: next });
      },
    }),
    [],
  );
}

interface SortChoiceProps<T extends string> {
  label: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (value: T) => void;
}

/** A small radio group (native radios: arrow keys move between them). */
export function SortChoice<T extends string>({ label, value, options, onChange }: SortChoiceProps<T>) {
  const name = useId();
  return (
    <fieldset className="ai-radio-group">
      <legend>{label}</legend>
      {options.map((option) => (
        <label key={option.value}>
          <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

import { useId } from 'react';
import './search.css';

interface SearchBoxProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Announced politely after each change, e.g. "Métiers trouvés : 4 sur 35". */
  status: string;
  clearLabel: string;
}

/**
 * A labelled search field whose result count is announced to screen
 * readers (`aria-live`), with a clear button; Escape also clears.
 */
export function SearchBox({ label, value, onChange, status, clearLabel }: SearchBoxProps) {
  const id = useId();
  return (
    <div className="search-box">
      <div className="field field-wide">
        <label htmlFor={id}>{label}</label>
        <div className="search-box-row">
          <input
            id={id}
            type="search"
            value={value}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => onChange(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && value !== '') {
                event.preventDefault();
                onChange('');
              }
            }}
          />
          {value !== '' ? (
            <button type="button" className="button button-secondary" onClick={() => onChange('')}>
              {clearLabel}
            </button>
          ) : null}
        </div>
      </div>
      <p className="search-box-status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}

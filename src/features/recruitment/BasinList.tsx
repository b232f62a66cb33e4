import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { ChoroplethBasin } from './map/choropleth';
import { formatBasinValue } from './map/format';
import { rankedOrder } from './map/join';
import { useT } from '../../i18n/i18n';
import type { Language, MeasureId } from '../../state/filters';
import { DEPARTMENTS, type DepartmentCode } from '../../state/territories';
import '../../i18n/messages/recruitment';

interface BasinListProps {
  basins: readonly ChoroplethBasin[];
  measure: MeasureId;
  lang: Language;
  selected: string | null;
  dep: string | null;
  /** The basin under the keyboard cursor (highlighted on the map too). */
  active: string | null;
  onActive: (code: string | null) => void;
  onToggle: (code: string) => void;
  onEscape: () => void;
}

/**
 * The keyboard twin of the map: a listbox of the 27 basins in rank order.
 * Arrows move the cursor (the map highlights that basin), Enter or Space
 * selects it or clears it, Escape clears the selection.
 */
export function BasinList({ basins, measure, lang, selected, dep, active, onActive, onToggle, onEscape }: BasinListProps) {
  const t = useT();
  const baseId = useId();
  const hintId = `${baseId}-hint`;
  const listRef = useRef<HTMLUListElement>(null);
  const ordered = rankedOrder(basins) as ChoroplethBasin[];
  const optionId = (code: string) => `${baseId}-basin-${code}`;
  const index = active ? ordered.findIndex((basin) => basin.code === active) : -1;

  useEffect(() => {
    if (!active) return;
    const option = listRef.current?.querySelector<HTMLElement>(`[data-code="${active}"]`);
    option?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const move = (to: number) => {
    const target = ordered[Math.max(0, Math.min(ordered.length - 1, to))];
    if (target) onActive(target.code);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        move(index + 1);
        break;
      case 'ArrowUp':
        move(index <= 0 ? 0 : index - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(ordered.length - 1);
        break;
      case 'Enter':
      case ' ':
        if (active) onToggle(active);
        break;
      case 'Escape':
        if (!selected && !dep) return;
        onEscape();
        break;
      default: {
        // Type-ahead: the next basin whose name starts with the typed letter.
        if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
        const letter = event.key.toLocaleLowerCase('fr');
        const rotated = [...ordered.slice(index + 1), ...ordered.slice(0, index + 1)];
        const match = rotated.find((basin) => basin.label.toLocaleLowerCase('fr').normalize('NFD').startsWith(letter));
        if (match) onActive(match.code);
        else return;
      }
    }
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className="rmap-list">
      <p id={hintId} className="rmap-hint">
        {t('recruitment.map.listHint')}
      </p>
      <ul
        ref={listRef}
        role="listbox"
        tabIndex={0}
        aria-label={t('recruitment.map.listLabel')}
        aria-describedby={hintId}
        aria-activedescendant={active && index >= 0 ? optionId(active) : undefined}
        onKeyDown={onKeyDown}
        onFocus={() => {
          if (!active) onActive(selected ?? ordered[0]?.code ?? null);
        }}
        onBlur={() => onActive(null)}
      >
        {ordered.map((basin) => {
          const value = formatBasinValue(basin, measure, lang);
          const outside = dep !== null && basin.dep !== dep;
          return (
            <li
              key={basin.code}
              id={optionId(basin.code)}
              role="option"
              data-code={basin.code}
              aria-selected={basin.code === selected}
              className={['rmap-option', basin.code === active ? 'is-active' : '', outside ? 'is-outside' : ''].join(' ').trim()}
              onClick={() => onToggle(basin.code)}
              onMouseEnter={() => onActive(basin.code)}
            >
              <span className="rmap-rank" aria-hidden="true">
                {basin.rank ?? '–'}
              </span>
              <span
                className={`rmap-swatch${basin.pattern ? ` rmap-swatch-${basin.pattern}` : ''}`}
                style={{ background: basin.pattern ? undefined : basin.fill }}
                aria-hidden="true"
              />
              <span className="rmap-name">{basin.label}</span>
              <span className="rmap-value">{value}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

interface DepartmentButtonsProps {
  dep: string | null;
  basin: string | null;
  onToggle: (code: DepartmentCode | null) => void;
}

/** Department-level selection, the keyboard path to what a department outline on the map shows. */
export function DepartmentButtons({ dep, basin, onToggle }: DepartmentButtonsProps) {
  const t = useT();
  return (
    <div className="rmap-deps" role="group" aria-label={t('recruitment.map.departments')}>
      <button type="button" className="rmap-dep" aria-pressed={dep === null} onClick={() => onToggle(null)}>
        {t('recruitment.map.allRegion')}
      </button>
      {DEPARTMENTS.map((department) => (
        <button
          key={department.code}
          type="button"
          className="rmap-dep"
          aria-pressed={dep === department.code && basin === null}
          data-partial={dep === department.code && basin !== null ? 'true' : undefined}
          onClick={() => onToggle(department.code)}
        >
          {department.label}
        </button>
      ))}
    </div>
  );
}

import { useCallback, useRef } from 'react';
import { useFilterStore } from '../../state/store';
import { basinDepartment, isBasinCode, type BasinCode, type DepartmentCode } from '../../state/territories';

export interface TerritorySelection {
  basin: BasinCode | null;
  dep: DepartmentCode | null;
  /** Select a basin, or clear it when it is already selected. */
  toggleBasin: (code: string) => void;
  /** Select a department (its basin selection, if any, gives way), or clear it when pressed again. */
  toggleDepartment: (code: DepartmentCode | null) => void;
  /** Escape: the basin first, then the department. */
  clearOne: () => void;
}

/**
 * Map clicks, the basin list and the department buttons share these actions.
 * Selecting a basin also sets its department (the store implies it); when the
 * user had not chosen that department themselves, clearing the basin clears
 * the department too, so one click undoes one click.
 */
export function useTerritorySelection(): TerritorySelection {
  const basin = useFilterStore((state) => state.basin);
  const dep = useFilterStore((state) => state.dep);
  const setFilters = useFilterStore((state) => state.setFilters);
  // A basin that arrives from a link brings its department with it: treat that department as implied.
  const impliedDep = useRef(true);

  const clearBasin = useCallback(() => {
    setFilters(impliedDep.current ? { basin: null, dep: null } : { basin: null });
    impliedDep.current = true;
  }, [setFilters]);

  const toggleBasin = useCallback(
    (code: string) => {
      if (!isBasinCode(code)) return;
      if (basin === code) return clearBasin();
      const chosenDep = dep !== null && dep === basinDepartment(code) && (basin === null || !impliedDep.current);
      impliedDep.current = !chosenDep;
      setFilters({ basin: code });
    },
    [basin, dep, setFilters, clearBasin],
  );

  const toggleDepartment = useCallback(
    (code: DepartmentCode | null) => {
      impliedDep.current = true;
      if (code === null) return setFilters({ dep: null, basin: null });
      if (dep === code && basin === null) return setFilters({ dep: null });
      setFilters({ dep: code, basin: null });
    },
    [basin, dep, setFilters],
  );

  const clearOne = useCallback(() => {
    if (basin) clearBasin();
    else if (dep) setFilters({ dep: null });
  }, [basin, dep, clearBasin, setFilters]);

  return { basin, dep, toggleBasin, toggleDepartment, clearOne };
}

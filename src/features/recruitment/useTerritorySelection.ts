import { useCallback } from 'react';
import { useFilterStore } from '../../state/store';
import { isBasinCode, type BasinCode, type DepartmentCode } from '../../state/territories';

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
 * Selecting a basin also sets its department; whether that department was
 * chosen or only implied is remembered by the store (`depImplied`), so
 * clearing the basin gives the same result wherever it is cleared.
 */
export function useTerritorySelection(): TerritorySelection {
  const basin = useFilterStore((state) => state.basin);
  const dep = useFilterStore((state) => state.dep);
  const setFilters = useFilterStore((state) => state.setFilters);

  const toggleBasin = useCallback(
    (code: string) => {
      if (!isBasinCode(code)) return;
      setFilters({ basin: basin === code ? null : code });
    },
    [basin, setFilters],
  );

  const toggleDepartment = useCallback(
    (code: DepartmentCode | null) => {
      if (code === null) return setFilters({ dep: null, basin: null });
      if (dep === code && basin === null) return setFilters({ dep: null });
      setFilters({ dep: code, basin: null });
    },
    [basin, dep, setFilters],
  );

  const clearOne = useCallback(() => {
    if (basin) setFilters({ basin: null });
    else if (dep) setFilters({ dep: null });
  }, [basin, dep, setFilters]);

  return { basin, dep, toggleBasin, toggleDepartment, clearOne };
}

import type { TableCell } from '../charts/model';

export interface SortState {
  key: string;
  direction: 'asc' | 'desc';
}

const collator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

/** Sorts table rows by one column; missing values always go last, whatever the direction. */
export function sortRows<Row extends Record<string, TableCell>>(rows: readonly Row[], sort: SortState | null): Row[] {
  if (!sort) return [...rows];
  const factor = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const left = a[sort.key]?.sort ?? null;
    const right = b[sort.key]?.sort ?? null;
    if (left === null || right === null) return left === right ? 0 : left === null ? 1 : -1;
    if (typeof left === 'number' && typeof right === 'number') return (left - right) * factor;
    return collator.compare(String(left), String(right)) * factor;
  });
}

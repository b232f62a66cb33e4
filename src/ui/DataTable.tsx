import { useMemo, useState } from 'react';
import type { TableModel } from '../charts/model';
import { useT } from '../i18n/i18n';
import { sortRows, type SortState } from './sortRows';

interface DataTableProps {
  caption: string;
  table: TableModel;
  /** Optional id so exports and tests can find the table. */
  id?: string;
}

/** An accessible, sortable HTML table of exactly what a chart plots. */
export function DataTable({ caption, table, id }: DataTableProps) {
  const t = useT();
  const [sort, setSort] = useState<SortState | null>(null);
  const rows = useMemo(() => sortRows(table.rows, sort), [table.rows, sort]);

  const toggle = (key: string) =>
    setSort((current) => (current?.key === key ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: 'asc' }));

  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table" id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => {
              const active = sort?.key === column.key;
              return (
                <th
                  key={column.key}
                  scope="col"
                  className={column.kind === 'text' ? undefined : 'num'}
                  aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  <button type="button" className="sort-button" onClick={() => toggle(column.key)} title={t('chart.sortBy', { column: column.label })}>
                    {column.label}
                    <span aria-hidden="true" className="sort-icon">
                      {active ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              {table.columns.map((column, columnIndex) => {
                const cell = row[column.key];
                const content = cell ? cell.text : '';
                const className = [column.kind === 'text' ? undefined : 'num', cell?.flag ? `flag-${cell.flag}` : undefined].filter(Boolean).join(' ');
                return columnIndex === 0 ? (
                  <th key={column.key} scope="row" className={className || undefined}>
                    {content}
                  </th>
                ) : (
                  <td key={column.key} className={className || undefined}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

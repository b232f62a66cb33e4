/**
 * CSV of exactly what a chart plots (its `table`), for French Excel: UTF-8
 * with a BOM (otherwise Excel reads accents as Windows-1252) and `;` as the
 * separator (Excel in a French locale splits on `;`, since `,` is the
 * decimal mark). Metadata lines come first so a pasted figure keeps its
 * title, unit and source.
 */
import Papa from 'papaparse';
import type { TableCell, TableModel } from '../model';

export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';

export interface CsvSource {
  title: string;
  subtitle: string;
  source: string;
  table: TableModel;
}

export interface CsvLabels {
  title: string;
  unit: string;
  source: string;
  url: string;
  date: string;
  lowerBound: string;
}

export interface CsvContext {
  url: string;
  /** ISO date (YYYY-MM-DD) the export was made. */
  date: string;
  labels: CsvLabels;
}

const NUMBER_LIKE = /^[+\-−]?[\d\s\u00a0\u202f]*\d(?:[.,]\d+)?\s?%?$/;

/**
 * A cell starting with = + - @ is run as a formula by spreadsheets (CSV
 * injection). Labels come from data files, so they are neutralised with a
 * leading apostrophe; signed figures such as "+12,3 %" are left alone.
 */
export function neutralizeFormula(text: string): string {
  if (/^[=@\t\r]/.test(text)) return `'${text}`;
  if (/^[+\-−]/.test(text) && !NUMBER_LIKE.test(text)) return `'${text}`;
  return text;
}

/** The text shown in the table; a lower bound says so, as the table does with its "≥". */
export function cellText(cell: TableCell | undefined, labels: Pick<CsvLabels, 'lowerBound'>): string {
  if (!cell) return '';
  return cell.flag === 'lower-bound' ? `${labels.lowerBound} ${cell.text}` : cell.text;
}

export function tableRows(table: TableModel, labels: Pick<CsvLabels, 'lowerBound'>): string[][] {
  return [
    table.columns.map((column) => column.label),
    ...table.rows.map((row) => table.columns.map((column) => cellText(row[column.key], labels))),
  ];
}

export function buildCsv(chart: CsvSource, context: CsvContext): string {
  const { labels } = context;
  const metadata = [
    [labels.title, chart.title],
    [labels.unit, chart.subtitle],
    [labels.source, chart.source],
    [labels.url, context.url],
    [labels.date, context.date],
  ];
  const rows = [...metadata, [], ...tableRows(chart.table, labels)].map((row) => row.map(neutralizeFormula));
  const body = Papa.unparse(rows, { delimiter: CSV_SEPARATOR, newline: '\r\n', quotes: false, escapeFormulae: false });
  return `${CSV_BOM}${body}\r\n`;
}

/**
 * CSV of exactly what a chart plots (its `table`), machine-readable and
 * opened correctly by French Excel, LibreOffice, R (`read.csv2`) and pandas:
 *
 * - UTF-8 with a BOM (otherwise Excel reads accents as Windows-1252), CRLF;
 * - `;` as the separator and `,` as the decimal mark (Excel in a French locale
 *   splits on `;` and reads `12,5` as a number); numbers are raw: no thousands
 *   separator, no unit, no words;
 * - every figure column becomes three: the value (only when it is the
 *   source's figure, an approximation or a derived value), its lower bound
 *   (« au moins 26 » → 26), and a status (`exact`, `lower-bound`, `secret`,
 *   `ambiguous:0|10`, … see `statementFields`);
 * - a label with a code (BMO occupation, basin, department) gets a code column;
 * - metadata lines come first (title, unit, source, address, date, format),
 *   then an empty line, then the table: `skiprows=7` in pandas.
 */
import Papa from 'papaparse';
import type { Translate } from '../../i18n/i18n';
import type { TableCell, TableColumn, TableModel } from '../model';
import { statementFields, type StatementFields } from '../valueStatement';

export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
export const CSV_DECIMAL = ',';
/** Lines before the table's header row (metadata and one empty line). */
export const CSV_METADATA_LINES = 7;

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
  format: string;
  formatNote: string;
  /** Header of a lower-bound column, from the figure column's label. */
  lowerBoundColumn: (column: string) => string;
  statusColumn: (column: string) => string;
  codeColumn: (column: string) => string;
}

/** The CSV's words in the reader's language (`share.csv.*`): the headers and metadata the app writes. */
export function csvLabels(t: Translate): CsvLabels {
  return {
    title: t('share.csv.title'),
    unit: t('share.csv.unit'),
    source: t('share.csv.source'),
    url: t('share.csv.url'),
    date: t('share.csv.date'),
    format: t('share.csv.format'),
    formatNote: t('share.csv.formatNote'),
    lowerBoundColumn: (column) => t('share.csv.lowerBoundColumn', { column }),
    statusColumn: (column) => t('share.csv.statusColumn', { column }),
    codeColumn: (column) => t('share.csv.codeColumn', { column }),
  };
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
 * leading apostrophe; signed figures such as "-3,5" are left alone.
 */
export function neutralizeFormula(text: string): string {
  if (/^[=@\t\r]/.test(text)) return `'${text}`;
  if (/^[+\-−]/.test(text) && !NUMBER_LIKE.test(text)) return `'${text}`;
  return text;
}

/** 1234 → "1234", 58.23529 → "58,2353", -3.5 → "-3,5": at most 4 decimals, decimal comma, no grouping. */
export function rawNumber(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '';
  const rounded = Math.round(value * 10_000) / 10_000;
  return String(Object.is(rounded, -0) ? 0 : rounded).replace('.', CSV_DECIMAL);
}

/**
 * What an export may say of a cell: from its statement when the builder gave
 * one, else from its sort key and flag (a lower bound's number is its bound;
 * a secret, ambiguous or missing value has no number).
 */
export function cellFields(cell: TableCell | undefined): StatementFields {
  if (!cell) return { value: null, lowerBound: null, status: '' };
  if (cell.statement) return statementFields(cell.statement);
  const number = typeof cell.sort === 'number' ? cell.sort : null;
  switch (cell.flag) {
    case undefined:
      return number === null ? { value: null, lowerBound: null, status: 'not-applicable' } : { value: number, lowerBound: null, status: 'exact' };
    case 'lower-bound':
      return { value: null, lowerBound: number, status: 'lower-bound' };
    case 'approximate':
    case 'derived':
    case 'read':
      return { value: number, lowerBound: null, status: cell.flag };
    default:
      return { value: null, lowerBound: null, status: cell.flag };
  }
}

function hasCodes(table: TableModel, column: TableColumn): boolean {
  return table.rows.some((row) => row[column.key]?.code !== undefined);
}

export function tableRows(table: TableModel, labels: Pick<CsvLabels, 'lowerBoundColumn' | 'statusColumn' | 'codeColumn'>): string[][] {
  const header: string[] = [];
  const writers: ((row: Record<string, TableCell>) => string[])[] = [];
  for (const column of table.columns) {
    if (column.kind === 'text') {
      const codes = hasCodes(table, column);
      header.push(column.label, ...(codes ? [labels.codeColumn(column.label)] : []));
      writers.push((row) => [row[column.key]?.text ?? '', ...(codes ? [row[column.key]?.code ?? ''] : [])]);
      continue;
    }
    const label = column.kind === 'count' ? column.label : `${column.label} (%)`;
    header.push(label, labels.lowerBoundColumn(label), labels.statusColumn(label));
    writers.push((row) => {
      const fields = cellFields(row[column.key]);
      return [rawNumber(fields.value), rawNumber(fields.lowerBound), fields.status];
    });
  }
  return [header, ...table.rows.map((row) => writers.flatMap((write) => write(row)))];
}

export function buildCsv(chart: CsvSource, context: CsvContext): string {
  const { labels } = context;
  const metadata = [
    [labels.title, chart.title],
    [labels.unit, chart.subtitle],
    [labels.source, chart.source],
    [labels.url, context.url],
    [labels.date, context.date],
    [labels.format, labels.formatNote],
  ];
  const rows = [...metadata, [], ...tableRows(chart.table, labels)].map((row) => row.map(neutralizeFormula));
  const body = Papa.unparse(rows, { delimiter: CSV_SEPARATOR, newline: '\r\n', quotes: false, escapeFormulae: false });
  return `${CSV_BOM}${body}\r\n`;
}

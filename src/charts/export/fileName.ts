/**
 * Download names: readable, sortable, safe on every file system, and telling
 * which chart and which day they come from ("observatoire-data-ia_employment-growth_2026-11-23.png").
 */
export const FILE_PREFIX = 'observatoire-data-ia';

export type ExportFormat = 'png' | 'svg' | 'csv';

export function isoDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}

export function exportFileName(chartId: string, format: ExportFormat, date: Date): string {
  const id = slugify(chartId) || 'graphique';
  return `${FILE_PREFIX}_${id}_${isoDate(date)}.${format}`;
}

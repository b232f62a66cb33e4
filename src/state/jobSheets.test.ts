import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JOB_SHEET_IDS, isJobSheetId } from './jobSheets';
import { parseFilters, serializeFilters } from './url';
import { DEFAULT_FILTERS } from './filters';

describe('job sheet addresses (fiche parameter)', () => {
  it('knows exactly the sheets of data/jobs/job-sheets.json', () => {
    const rows = (JSON.parse(readFileSync(resolve('data/jobs/job-sheets.json'), 'utf8')) as { rows: { id: string }[] }).rows;
    expect([...JOB_SHEET_IDS]).toEqual(rows.map((row) => row.id));
    expect(JOB_SHEET_IDS).toHaveLength(35);
  });

  it('keeps a known sheet in the address and drops anything else', () => {
    expect(parseFilters('?fiche=data-scientist').filters.fiche).toBe('data-scientist');
    expect(parseFilters('?fiche=boulanger')).toEqual({ filters: DEFAULT_FILTERS, dropped: ['fiche'] });
    expect(isJobSheetId('<script>')).toBe(false);
    expect(serializeFilters({ ...DEFAULT_FILTERS, fiche: 'coach-agile' })).toContain('fiche=coach-agile');
  });
});

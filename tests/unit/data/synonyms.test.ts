/**
 * The occupation search terms (#13 item 7): the committed file is what
 * `scripts/data-synonyms.ts` derives from the committed job sheets and BMO
 * occupations; terms said to be printed in the sheets are; every occupation
 * they lead to exists; the copied synonyms of one sheet are left out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { jobsDatasets } from '../../../src/data/schemas/jobs';
import { buildSynonyms, JOB_OCCUPATIONS } from '../../../scripts/data-synonyms';

const repo = resolve(__dirname, '../../..');
const read = (file: string) => JSON.parse(readFileSync(resolve(repo, 'data', file), 'utf8'));
const file = read('jobs/occupation-synonyms.json');
const sheets = read('jobs/job-sheets.json').rows as { id: string; title: string; synonyms: string[]; notes: string[] }[];
const bmoCodes = new Set((read('bmo/bmo-2024-occupations.json').rows as { code: string }[]).map((row) => row.code));
const shared = resolve(process.env.SHARED_DIR ?? process.env.OBSERVATOIRE_SHARED ?? resolve(repo, '../shared'));
const seed = resolve(shared, 'seeds/002_74e83368e7ce9f62.txt');

describe('data/jobs/occupation-synonyms.json', () => {
  it('validates against its schema and is what the script derives from the committed data', () => {
    expect(v.safeParse(jobsDatasets['occupation-synonyms'].schema, file).success).toBe(true);
    expect(file.rows).toEqual(buildSynonyms(sheets, bmoCodes));
  });

  it('pairs every job sheet with BMO occupations that exist, and says the pairing is editorial', () => {
    expect(Object.keys(JOB_OCCUPATIONS).sort()).toEqual(sheets.map((sheet) => sheet.id).sort());
    for (const row of file.rows) {
      expect(row.pairing).toBe('editorial');
      for (const code of row.occupations) expect(code === 'informatique' || bmoCodes.has(code), `${row.term} → ${code}`).toBe(true);
    }
    expect(file.notes.join(' ')).toMatch(/lecture éditoriale/u);
  });

  it('a term said to come from a sheet is that sheet’s title or one of its synonyms; the copied synonyms are left out', () => {
    for (const row of file.rows.filter((entry: { termSource: string }) => entry.termSource !== 'editorial')) {
      const sheet = sheets.find((entry) => entry.id === row.job)!;
      expect([sheet.title, ...sheet.synonyms]).toContain(row.term);
    }
    const artistic = file.rows.filter((row: { job?: string }) => row.job === 'directeur-artistique').map((row: { term: string }) => row.term);
    expect(artistic).toEqual(['Directeur artistique']);
  });

  it.skipIf(!existsSync(seed))('every term said to be printed is printed in the job-sheet seed', () => {
    // Apostrophes are typographic in some places of the seed and straight in others.
    const fold = (text: string) => text.replace(/’/g, "'").replace(/\s+/g, ' ').toLowerCase();
    const text = fold(readFileSync(seed, 'utf8'));
    const printed = file.rows.filter((row: { termSource: string }) => row.termSource !== 'editorial');
    const absent = printed.filter((row: { term: string }) => !text.includes(fold(row.term))).map((row: { term: string }) => row.term);
    expect(absent).toEqual([]);
  });
});

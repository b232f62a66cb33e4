/**
 * data/jobs/sheet-bmo-mapping.json (issue #14 item 5): a fresh run of the
 * script gives it byte for byte; every sheet has a reasoned pairing; its BMO
 * codes are the ones the occupation search uses for the sheet's title; an
 * empty certification list says « pas de correspondance ».
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { datasets } from '../../../src/data/registry';
import { buildSheetMapping } from '../../../scripts/data-sheet-mapping';

const repo = resolve(import.meta.dirname, '../../..');
const read = (file: string) => readFileSync(join(repo, 'data', file), 'utf8');

describe('sheet-bmo-mapping', () => {
  const mapping = v.parse(datasets['sheet-bmo-mapping'].schema, JSON.parse(read('jobs/sheet-bmo-mapping.json')));
  const sheets = v.parse(datasets['job-sheets'].schema, JSON.parse(read('jobs/job-sheets.json'))).rows;
  const synonyms = v.parse(datasets['occupation-synonyms'].schema, JSON.parse(read('jobs/occupation-synonyms.json'))).rows;

  it('is what the script writes, byte for byte', () => {
    expect(`${JSON.stringify(buildSheetMapping(), null, 2)}\n`).toBe(read('jobs/sheet-bmo-mapping.json'));
  });

  it('pairs each of the 35 sheets once, with its reasons, as editorial', () => {
    expect(mapping.rows.map((row) => row.sheet)).toEqual(sheets.map((sheet) => sheet.id));
    for (const row of mapping.rows) {
      expect(row.pairing).toBe('editorial');
      expect(row.occupationsReason.length, row.sheet).toBeGreaterThan(10);
      if (row.certifications.length === 0) expect(row.certificationsReason, row.sheet).toMatch(/^pas de correspondance/);
    }
  });

  it('gives a sheet the BMO occupations the search gives its title', () => {
    for (const row of mapping.rows) {
      const title = synonyms.find((s) => s.job === row.sheet && s.termSource === 'fiche-titre');
      expect(title?.occupations, row.sheet).toEqual(row.occupations);
    }
  });
});

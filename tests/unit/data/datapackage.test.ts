// @vitest-environment node
/**
 * The bulk download as a Frictionless Data Package (#13 item 6):
 * `data/datapackage.json` and `data/csv/*.csv` are what `npm run data:package`
 * derives from the data contract, every dataset is there as CSV (with a Table
 * Schema) and JSON with its source and licence, and Frictionless' own
 * JavaScript library (`datapackage`, frictionlessdata) finds the descriptor
 * valid and reads every CSV cast to its schema's types.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Package } from 'datapackage';
import { buildPackage } from '../../../scripts/data-package';
import { datasets } from '../../../src/data/registry';

const repo = resolve(__dirname, '../../..');
const packagePath = resolve(repo, 'data/datapackage.json');
const committed = JSON.parse(readFileSync(packagePath, 'utf8')) as { resources: Record<string, unknown>[] };
const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

interface FrictionlessResource {
  name: string;
  tabular: boolean;
  read: (options: { cast: boolean; keyed?: boolean }) => Promise<Record<string, unknown>[]>;
}

describe('data/datapackage.json', () => {
  it('is what the script derives from the data contract (run `npm run data:package` after a data change)', () => {
    const { descriptor, csvs } = buildPackage();
    expect(committed).toEqual(descriptor);
    for (const [path, csv] of csvs) expect(readFileSync(resolve(repo, 'data', path), 'utf8'), path).toBe(csv);
  });

  it('lists every dataset twice, as CSV with a table schema and as the JSON file, each with its title, source and licence', () => {
    const names = committed.resources.map((resource) => resource.name);
    for (const id of Object.keys(datasets)) expect(names).toEqual(expect.arrayContaining([id, `${id}-json`]));
    for (const resource of committed.resources) {
      expect(resource.title, String(resource.name)).toBeTruthy();
      expect((resource.sources as unknown[]).length).toBeGreaterThan(0);
      expect((resource.licenses as unknown[]).length).toBeGreaterThan(0);
      if (resource.format === 'csv') expect((resource.schema as { fields: unknown[] }).fields.length).toBeGreaterThan(0);
    }
    const bmo = committed.resources.find((resource) => resource.name === 'bmo-2024-normandie')!;
    expect(bmo.licenses).toEqual([expect.objectContaining({ name: 'etalab-2.0' })]);
  });

  it('is valid for Frictionless, and every CSV reads cast to its schema: numbers as numbers, secret cells empty with their status', async () => {
    const pkg = await Package.load(packagePath);
    expect(pkg.errors).toEqual([]);
    expect(pkg.valid).toBe(true);
    const resources = pkg.resources as FrictionlessResource[];
    expect(resources.filter((resource) => resource.tabular)).toHaveLength(Object.keys(datasets).length);
    for (const resource of resources.filter((entry) => entry.tabular)) await expect(resource.read({ cast: true }), resource.name).resolves.toBeDefined();
    const bmo = resources.find((resource) => resource.name === 'bmo-2024-normandie')!;
    const rows = await bmo.read({ cast: true, keyed: true });
    const cell = rows.find((row) => row.occupation === 'A0X40' && row.basin === '2801')!;
    expect(cell).toMatchObject({ met: 31, xmet: 24, smet: null, smet_status: 'secret' });
  }, 60_000);

  it('a CSV that no longer matches its schema fails validation (a word where a count is expected)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'datapackage-'));
    temporary.push(dir);
    cpSync(resolve(repo, 'data'), dir, { recursive: true });
    const csv = join(dir, 'csv/students-by-diploma.csv');
    const [header, first, ...rest] = readFileSync(csv, 'utf8').split('\n');
    const columns = header!.split(',');
    const cells = first!.split(',');
    expect(columns).toContain('value');
    cells[columns.indexOf('value')] = 'beaucoup';
    writeFileSync(csv, [header, cells.join(','), ...rest].join('\n'));
    const pkg = await Package.load(join(dir, 'datapackage.json'));
    const resource = (pkg.resources as FrictionlessResource[]).find((entry) => entry.name === 'students-by-diploma')!;
    await expect(resource.read({ cast: true })).rejects.toThrow();
  }, 60_000);
  it('a row whose confidence is not one of the four levels fails validation (the old lumped « reconstructed »)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'datapackage-'));
    temporary.push(dir);
    cpSync(resolve(repo, 'data'), dir, { recursive: true });
    const csv = join(dir, 'csv/students-by-diploma.csv');
    const [header, first, ...rest] = readFileSync(csv, 'utf8').split('\n');
    const columns = header!.split(',');
    const cells = first!.split(',');
    expect(cells[columns.indexOf('confidence')]).toBe('certain');
    const pkg0 = await Package.load(join(dir, 'datapackage.json'));
    const field = (pkg0.resources as { name: string; descriptor: { schema: { fields: { name: string; constraints?: { enum: string[] } }[] } } }[])
      .find((entry) => entry.name === 'students-by-diploma')!
      .descriptor.schema.fields.find((entry) => entry.name === 'confidence');
    expect(field?.constraints?.enum).toEqual(['certain', 'proved', 'read', 'ambiguous']);
    cells[columns.indexOf('confidence')] = 'reconstructed';
    writeFileSync(csv, [header, cells.join(','), ...rest].join('\n'));
    const pkg = await Package.load(join(dir, 'datapackage.json'));
    const resource = (pkg.resources as FrictionlessResource[]).find((entry) => entry.name === 'students-by-diploma')!;
    await expect(resource.read({ cast: true })).rejects.toThrow();
  }, 60_000);
});

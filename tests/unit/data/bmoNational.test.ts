/**
 * data:bmo on a whole-of-France file: national aggregates (secret cells as
 * lower bounds with their count, never 0), bad input stopping the pipeline
 * with line and column and writing nothing, byte-identical reruns, and the
 * Normandy files read from the national file equal to those read from the
 * Normandy extract.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as v from 'valibot';
import { sumRows } from '../../../src/data/bmo';
import { METRO_REGION_CODES, bmoDatasets } from '../../../src/data/schemas/bmo';

const repo = resolve(__dirname, '../../..');
const shared = process.env.OBSERVATOIRE_SHARED ?? resolve(repo, '../shared');
const extractCsv = join(shared, 'data/geo-raw/src_bmo2024_open_data_reg28.csv');
const nationalCsv = join(shared, 'data/bmo-raw/src_bmo2024_open_data_france.csv');
const hasShared = existsSync(extractCsv) && existsSync(nationalCsv);
const describeShared = hasShared ? describe : describe.skip;
const fixture = (name: string) => join(repo, 'tests/fixtures/bmo', name);

const tmpDirs: string[] = [];
afterAll(() => tmpDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bmo-national-'));
  tmpDirs.push(dir);
  return dir;
}
function run(args: string[]) {
  const result = spawnSync(process.execPath, [join(repo, 'node_modules/tsx/dist/cli.mjs'), join(repo, 'scripts/data-bmo.ts'), ...args], {
    cwd: repo,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const secret = (n: number) => ({ value: expect.any(Number), lowerBound: true, secretCells: n });

describe('data:bmo on a small national file', () => {
  const out = tempDir();
  const first = run([fixture('bmo-2030-france-valid.csv'), '--out', out]);
  const france = v.parse(bmoDatasets['bmo-2024-france'].schema, readJson(join(out, 'bmo-2030-france.json')));
  const row = (kind: 'occupation' | 'family', code: string) => france.rows.find((r) => r.kind === kind && r.code === code);

  it('writes the Normandy files from the REG = 28 lines only, and the national aggregates', () => {
    expect(first.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['bmo-2030-france.json', 'bmo-2030-normandie.json', 'bmo-2030-occupations.json']);
    const normandie = v.parse(bmoDatasets['bmo-2024-normandie'].schema, readJson(join(out, 'bmo-2030-normandie.json')));
    expect(normandie.rows).toHaveLength(5);
    expect(normandie.rows.every((r) => r.basin.startsWith('28'))).toBe(true);
    expect(sumRows(normandie.rows, 'met', { occupations: ['M2X90'] })).toEqual({ value: 203, lowerBound: true });
  });

  it('sums France over every region (overseas included) and keeps secret cells as counted lower bounds', () => {
    const it = row('occupation', 'M2X90');
    // 126 + 77 (Normandie) + 1000 + 200 + 150 + 400 + 380 + 500 + 450 + 420 + 600 + 900 + 700; Le Havre and La Réunion secret.
    expect(it?.france.met).toEqual({ value: 5903, lowerBound: true, secretCells: 2 });
    expect(it?.france.smet).toEqual({ value: 0, lowerBound: true, secretCells: 15 });
    expect(it?.regions['28']).toEqual({ value: 203, lowerBound: true, secretCells: 1 });
    expect(it?.regions['11']).toEqual({ value: 1000, lowerBound: false });
    // No IT line in Corse: a true zero (no project declared), not a secret.
    expect(it?.regions['94']).toEqual({ value: 0, lowerBound: false });
    expect(Object.keys(it?.regions ?? {}).sort()).toEqual(METRO_REGION_CODES);
    expect(row('occupation', 'M1X80')?.france.xmet).toEqual(secret(11));
  });

  it('counts a basin straddling two departments once per line, and families as the sum of their occupations', () => {
    expect(row('occupation', 'A0X40')?.regions['53']).toEqual({ value: 75, lowerBound: false });
    expect(row('family', 'Z')?.france).toEqual(row('occupation', 'A0X40')?.france);
    expect(france.rows.filter((r) => r.kind === 'family').map((r) => r.code)).toEqual(['A', 'C', 'Z']);
    for (const r of france.rows) for (const cell of [r.france.met, r.france.xmet, r.france.smet, ...Object.values(r.regions)]) {
      if (cell.lowerBound) expect(cell.secretCells).toBeGreaterThan(0);
    }
  });

  it('gives byte-identical files on a second run', () => {
    const again = tempDir();
    expect(run([fixture('bmo-2030-france-valid.csv'), '--out', again]).status).toBe(0);
    for (const file of readdirSync(out)) expect(readFileSync(join(again, file), 'utf8'), file).toBe(readFileSync(join(out, file), 'utf8'));
  });
});

describe('data:bmo stops on bad national input, naming line and column, and writes nothing', () => {
  it.each([
    ['bmo-2030-france-missing-column.csv', 'Ligne 1 : colonne « smet » absente de l\'en-tête'],
    ['bmo-2030-france-bad-region.csv', 'Ligne 8 : valeur « 99 » invalide pour REG (code de région Insee attendu'],
    ['bmo-2030-france-bad-cell.csv', 'Ligne 10 : valeur « n/a » invalide pour met (entier ou « * » attendu)'],
    ['bmo-2030-france-duplicate.csv', 'Ligne 34 : doublon métier M1X80 × bassin 2701 × département 21 (déjà ligne 12)'],
  ])('%s', (file, message) => {
    const out = join(tempDir(), 'sortie');
    const { status, stderr } = run([fixture(file), '--out', out]);
    expect(status).toBe(1);
    expect(stderr).toContain(message);
    expect(stderr).toContain('Aucun fichier écrit.');
    expect(existsSync(out)).toBe(false);
  });
});

describeShared('the national BMO 2024 file', () => {
  const fromNational = tempDir();
  const fromExtract = tempDir();
  const national = run([nationalCsv, '--out', fromNational]);
  const extract = run([extractCsv, '--out', fromExtract]);

  it('gives the same Normandy files as the Normandy extract (only the name of the file read differs)', () => {
    expect(national.status).toBe(0);
    expect(extract.status).toBe(0);
    expect(readdirSync(fromExtract).sort()).toEqual(['bmo-2024-normandie.json', 'bmo-2024-occupations.json', 'bmo-study-by-basin.json', 'bmo-study-by-department.json']);
    for (const file of readdirSync(fromExtract)) {
      const a = readFileSync(join(fromExtract, file), 'utf8');
      const b = readFileSync(join(fromNational, file), 'utf8');
      expect(b.replaceAll('src_bmo2024_open_data_france.csv', 'src_bmo2024_open_data_reg28.csv'), file).toBe(a);
    }
  });

  it('reproduces the README totals, and Normandie in the aggregates equals the sum of its rows', () => {
    const france = v.parse(bmoDatasets['bmo-2024-france'].schema, readJson(join(fromNational, 'bmo-2024-france.json')));
    const families = france.rows.filter((r) => r.kind === 'family');
    expect(families.reduce((n, r) => n + r.france.met.value, 0)).toBe(2_751_069);
    expect(families.reduce((n, r) => n + (r.france.met.secretCells ?? 0), 0)).toBe(10_891);
    expect(families.reduce((n, r) => n + r.regions['28'].value, 0)).toBe(123_242);
    expect(families.reduce((n, r) => n + (r.regions['28'].secretCells ?? 0), 0)).toBe(746);
    const rows = v.parse(bmoDatasets['bmo-2024-normandie'].schema, readJson(join(fromNational, 'bmo-2024-normandie.json'))).rows;
    for (const r of france.rows.filter((x) => x.kind === 'occupation')) {
      const total = sumRows(rows, 'met', { occupations: [r.code] });
      const secretCells = rows.filter((x) => x.occupation === r.code && typeof x.met !== 'number').length;
      expect(r.regions['28'], r.code).toEqual(total.lowerBound ? { ...total, secretCells } : total);
    }
  });

  it('is byte-identical on a second run and stays small', () => {
    const again = tempDir();
    expect(run([nationalCsv, '--out', again]).status).toBe(0);
    for (const file of readdirSync(fromNational)) expect(readFileSync(join(again, file), 'utf8'), file).toBe(readFileSync(join(fromNational, file), 'utf8'));
    expect(readFileSync(join(fromNational, 'bmo-2024-france.json')).length).toBeLessThan(250_000);
  });
});

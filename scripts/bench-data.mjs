/**
 * Data pipeline benchmark, kept apart from scripts/bench.mjs so that file
 * can call it: `npm run data:bmo` on the whole-of-France BMO file, timed by
 * `/usr/bin/time -v` (wall clock and peak resident memory of the whole
 * command, npm and tsx included), written to a temporary directory; and the
 * size of the national aggregates the browser receives.
 *
 *   node scripts/bench-data.mjs [--runs 3] [--csv path]
 *
 * In bench.mjs:
 *   import { measureDataPipeline, DATA_ROWS } from './bench-data.mjs';
 *   const dataSamples = measureDataPipeline({ runs: RUNS });
 *   for (const row of DATA_ROWS) add(row, dataSamples);   // same row shape as ROWS
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const TIME = '/usr/bin/time';
export const NATIONAL_CSV = resolve(process.env.OBSERVATOIRE_SHARED ?? join(ROOT, '../shared'), 'data/bmo-raw/src_bmo2024_open_data_france.csv');

/** One run of `npm run data:bmo -- <csv> --out <tmp>`: { wallMs, maxRssMiB, franceKiB, franceGzipKiB }. */
export function measureDataBmoOnce(csv = NATIONAL_CSV) {
  if (!existsSync(TIME)) throw new Error(`${TIME} absent (Debian : apt-get install time)`);
  if (!existsSync(csv)) throw new Error(`fichier national absent : ${csv}`);
  const out = mkdtempSync(join(tmpdir(), 'bench-data-'));
  try {
    const result = spawnSync(TIME, ['-v', 'npm', 'run', '--silent', 'data:bmo', '--', csv, '--out', out], { cwd: ROOT, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`data:bmo a échoué :\n${result.stderr}`);
    const elapsed = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)/.exec(result.stderr);
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr);
    if (!elapsed || !rss) throw new Error(`sortie de ${TIME} illisible :\n${result.stderr}`);
    // "m:ss.cc" or "h:mm:ss": each part is 60 times the next.
    const wallMs = elapsed[1].split(':').reduce((seconds, part) => seconds * 60 + Number(part), 0) * 1000;
    const france = readdirSync(out).find((file) => /^bmo-\d{4}-france\.json$/.test(file));
    const bytes = france ? readFileSync(join(out, france)) : null;
    return {
      wallMs,
      maxRssMiB: Number(rss[1]) / 1024,
      franceKiB: bytes ? bytes.length / 1024 : null,
      franceGzipKiB: bytes ? gzipSync(bytes).length / 1024 : null,
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** `runs` samples of {@link measureDataBmoOnce}. */
export function measureDataPipeline({ runs = 3, csv = NATIONAL_CSV } = {}) {
  return Array.from({ length: runs }, () => measureDataBmoOnce(csv));
}

/** Rows for bench.mjs's table (same shape as its ROWS: metric, label, unit, from). */
export const DATA_ROWS = [
  { metric: 'data.bmoNationalWallMs', label: 'npm run data:bmo, national file (wall clock)', unit: 'ms', from: (s) => s.wallMs },
  { metric: 'data.bmoNationalRssMiB', label: 'npm run data:bmo, national file (peak memory)', unit: 'MiB', from: (s) => s.maxRssMiB },
  { metric: 'bytes.bmoFranceKiB', label: 'National aggregates bmo-2024-france.json (raw)', unit: 'KiB', from: (s) => s.franceKiB },
  { metric: 'bytes.bmoFranceGzipKiB', label: 'National aggregates bmo-2024-france.json (gzip)', unit: 'KiB', from: (s) => s.franceGzipKiB },
];

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = (name) => args.indexOf(name);
  const runs = at('--runs') >= 0 ? Number(args[at('--runs') + 1]) : 3;
  const csv = at('--csv') >= 0 ? resolve(args[at('--csv') + 1]) : NATIONAL_CSV;
  const samples = measureDataPipeline({ runs, csv });
  for (const row of DATA_ROWS) {
    const values = samples
      .map(row.from)
      .filter((x) => typeof x === 'number')
      .sort((a, b) => a - b);
    const median = values[Math.floor(values.length / 2)];
    console.log(
      `${row.label.padEnd(52)} median ${median.toFixed(1)} ${row.unit} (min ${values[0].toFixed(1)}, max ${values.at(-1).toFixed(1)}, ${values.length} runs)`,
    );
  }
}

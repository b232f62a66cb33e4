/**
 * Runs every `*.browser.mjs` file with Node's test runner against one shared
 * preview server. `npm run build` must have run first (CI does).
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { startPreview } from './harness.mjs';

const only = process.argv.slice(2);
const dir = import.meta.dirname;
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.browser.mjs'))
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
  .map((file) => resolve(dir, file));

const server = await startPreview();
process.env.PREVIEW_URL = server.url;
console.log(`Preview: ${server.url}`);

let failed = 0;
const stream = run({ files, concurrency: 1, timeout: 240_000 });
// A `todo` test (a known app bug, reported) is shown failing but does not fail the run, as with `node --test`.
stream.on('test:fail', (data) => {
  if (data.todo === undefined || data.todo === false) failed += 1;
});
stream.compose(spec).pipe(process.stdout);
await new Promise((resolvePromise) => stream.on('end', resolvePromise));
await server.close();
process.exitCode = failed > 0 ? 1 : 0;

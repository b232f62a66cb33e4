/**
 * Regenerates every derived data file from ../shared (the inputs), then the
 * catalogue. Each step is its own script so it can also be run alone.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const steps = [
  'scripts/data-bmo.ts',
  'scripts/data-geo.ts',
  'scripts/data-jobs.ts',
  'scripts/data-synonyms.ts',
  'scripts/data-training-places.ts',
  'scripts/data-sheet-mapping.ts',
  'scripts/build-catalogue.ts',
  'scripts/data-package.ts',
];

for (const step of steps) {
  console.log(`\n→ ${step}`);
  execFileSync(process.execPath, ['--import', 'tsx', resolve(root, step)], { cwd: root, stdio: 'inherit' });
}

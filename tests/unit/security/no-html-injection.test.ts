/**
 * The source never turns strings into markup or code. ESLint bans the first
 * two patterns in src/; this also covers scripts, eval and the Function
 * constructor, which the Content-Security-Policy (no 'unsafe-eval') forbids.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
const SCANNED = ['src', 'scripts'];

const FORBIDDEN: { pattern: RegExp; why: string }[] = [
  { pattern: /dangerouslySetInnerHTML/, why: 'data text is never injected as HTML' },
  { pattern: /\.(inner|outer)HTML\s*=(?!=)/, why: 'use textContent' },
  { pattern: /insertAdjacentHTML|document\.write\(/, why: 'builds markup from strings' },
  { pattern: /(^|[^\w.])eval\s*\(/, why: "the CSP has no 'unsafe-eval'" },
  { pattern: /new\s+Function\s*\(/, why: "the CSP has no 'unsafe-eval'" },
  { pattern: /set(Timeout|Interval)\(\s*['"`]/, why: 'a string timer is eval' },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs|js)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('source files', () => {
  const files = SCANNED.flatMap((dir) => sourceFiles(join(ROOT, dir)));

  it('are found (the scan looks where the code is)', () => {
    expect(files.some((file) => file.endsWith('main.tsx'))).toBe(true);
  });

  it('never inject strings as HTML or evaluate strings as code', () => {
    const offences = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          FORBIDDEN.filter(({ pattern }) => pattern.test(line)).map(({ why }) => `${relative(ROOT, file)}:${index + 1}: ${line.trim()} (${why})`),
        ),
    );
    expect(offences).toEqual([]);
  });
});

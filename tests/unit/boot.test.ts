/**
 * public/boot.js runs before the page paints and cannot import the app's
 * modules: it repeats the legacy-link rules of src/state/route.ts and the
 * list of filters. Run it in a sandbox and check it agrees with them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { FILTER_PARAMS } from '../../src/state/url';
import { legacyRedirect } from '../../src/state/route';
import { SECTIONS } from '../../src/state/sections';

const BOOT = readFileSync(resolve(import.meta.dirname, '../../public/boot.js'), 'utf8');
const ROOT = 'https://stats.example.org/observatoire/';

function runBoot(address: string) {
  const url = new URL(address);
  let replaced: string | null = null;
  const attributes: Record<string, string> = {};
  runInNewContext(BOOT, {
    URLSearchParams,
    location: { href: url.href, search: url.search, hash: url.hash, replace: (to: string) => (replaced = to) },
    document: {
      currentScript: { src: `${ROOT}boot.js` },
      documentElement: { setAttribute: (name: string, value: string) => (attributes[name] = value) },
    },
  });
  return { replaced, pending: attributes['data-pending'] ?? null };
}

describe('public/boot.js', () => {
  it('moves old links exactly as legacyRedirect does', () => {
    const cases = [
      ['', '#recrutements'],
      ['?dep=14&basin=2817', '#recrutements'],
      ['?embed=ai-uses&lang=en', ''],
      ['?embed=<b>', ''],
      ['?present=1&slide=skills-matrix', ''],
      ['?present=1', ''],
      ['?present=1&slide=3', ''],
      ['?dep=14', ''],
      ['', '#main'],
    ] as const;
    for (const [search, hash] of cases) {
      const expected = legacyRedirect(search, hash);
      expect(runBoot(`${ROOT}${search}${hash}`).replaced).toBe(expected === null ? null : `${ROOT}${expected}`);
    }
  });

  it('knows every section and every filter of the app', () => {
    for (const section of SECTIONS) expect(BOOT).toContain(`'${section.id}'`);
    for (const name of FILTER_PARAMS) expect(BOOT).toContain(`'${name}'`);
  });

  it('names the filters a link sets, so drawings made for the defaults read as updating', () => {
    expect(runBoot(`${ROOT}recrutements/?basin=2817&dep=14`).pending).toBe('dep basin');
    expect(runBoot(`${ROOT}embed/ai-uses/?release=3f2a9c01bd`).pending).toBe('release');
    expect(runBoot(`${ROOT}ia/?lang=fr&measure=projets&occupation=informatique`).pending).toBeNull();
    expect(runBoot(`${ROOT}ia/`).pending).toBeNull();
  });

  it('moves nothing below the root (a section page with a hash is an anchor)', () => {
    expect(runBoot(`${ROOT}ia/#emploi`).replaced).toBeNull();
  });
});

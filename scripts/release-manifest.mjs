/**
 * Runs last in `npm run build`: writes `dist/release.json`, what this release
 * is and which files it is made of.
 *
 *   { "release": "<data release, as in data/index.json>",
 *     "entry": "assets/index-<hash>.js",   // the page's entry script: changes with any code change
 *     "builtAt": "<ISO date>",
 *     "files": ["assets/…", "data/…", "index.html", …] }
 *
 * The running app fetches it (no-store) to notice that a newer release is
 * deployed (src/app/releaseCheck.ts). A host uses `files` to keep the
 * previous release's assets for a while after deploying, so tabs still open
 * on it can load their chunks (docs/sharing.md, « Deploying a new release »).
 * `data/releases/` is left out: those folders are kept on purpose, for pinned embeds.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');

export function listFiles(dist) {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const name = relative(dist, path).split(sep).join('/');
      if (name === 'release.json' || name === 'data/releases') continue;
      if (entry.isDirectory()) walk(path);
      else files.push(name);
    }
  };
  walk(dist);
  return files.sort();
}

/** The entry script of the built page, as written in its `<script type="module" src>`. */
export function entryScript(html) {
  const src = /<script[^>]*type="module"[^>]*src="([^"]+)"/.exec(html)?.[1];
  return src ? src.replace(/^\.?\//, '') : null;
}

export function releaseManifest(dist, now = new Date()) {
  const { release } = JSON.parse(readFileSync(join(dist, 'data/index.json'), 'utf8'));
  return { release, entry: entryScript(readFileSync(join(dist, 'index.html'), 'utf8')), builtAt: now.toISOString(), files: listFiles(dist) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dist = resolve(ROOT, process.argv[2] ?? 'dist');
  const manifest = releaseManifest(dist);
  writeFileSync(join(dist, 'release.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`release manifest: dist/release.json (data release ${manifest.release}, entry ${manifest.entry}, ${manifest.files.length} files)`);
}

/**
 * Runs after `vite build`: renders the default view (vue-ensemble, French, no
 * filters) into `dist/index.html` so its shell and key figures paint before
 * any JavaScript, and serializes the data it used as JSON in
 * `<script type="application/json" id="__QUERY_STATE__">` (data, not code:
 * the Content-Security-Policy without inline script still holds).
 * `src/main.tsx` hydrates that markup. It also adds the
 * Content-Security-Policy meta tag (below).
 *
 * If the render fails (a view touching `window` while rendering, say), the
 * build still succeeds with the unrendered shell, and this prints why: the
 * app then renders on the client as before, only slower to first paint.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const DIST_INDEX = join(ROOT, 'dist/index.html');
const DATA_DIR = join(ROOT, 'data');
const ROOT_MARKUP = '<div id="root"></div>';
export const STATE_SCRIPT_ID = '__QUERY_STATE__';

/**
 * No inline script and no eval anywhere; styles allow inline because React
 * writes `style` attributes (reserved chart heights) and ECharts / MapLibre
 * style their own elements; MapLibre runs its worker from a blob: URL.
 * Added to the built page only: Vite's dev server injects an inline
 * React-refresh preamble that this policy would block. `frame-ancestors`
 * cannot be set from a meta tag; the host's headers must carry it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function withContentSecurityPolicy(html) {
  if (html.includes('http-equiv="Content-Security-Policy"')) return html;
  // Right after the charset, before any script or stylesheet, so the policy covers them all.
  const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
  return /<meta charset="[^"]*"\s*\/?>/i.test(html)
    ? html.replace(/(<meta charset="[^"]*"\s*\/?>)/i, `$1\n    ${meta}`)
    : html.replace(/<head>/i, `<head>\n    ${meta}`);
}

/** `</script>`, `<!--` and U+2028/9 cannot end or confuse the JSON block. */
export function serializeState(state) {
  return JSON.stringify(state)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Everything the prerender read is inlined, however large: views such as the
 * filter bar read the cache without suspending, so a dataset left out would
 * render differently on the client and break hydration. The cap only guards
 * against a runaway file; past it, the state is dropped whole and the app
 * renders on the client.
 */
const MAX_INLINED_DATA_BYTES = 4 * 1024 * 1024;

export function keepSmallQueries(state) {
  const names = state.queries.map((query) => query.queryKey.join(':'));
  const size = JSON.stringify(state).length;
  if (size <= MAX_INLINED_DATA_BYTES) return { state, inlined: names, fetched: [] };
  return { state: null, inlined: [], fetched: names };
}

/** Answers the loaders' `fetch('./data/…')` from the data folder on disk, as the static host would. */
function fetchFromDisk(input) {
  const url = String(input instanceof Request ? input.url : input);
  const match = /(?:^|\/)data\/([^?#]+)/.exec(url);
  if (!match) return Promise.resolve(new Response('', { status: 404 }));
  const file = resolve(DATA_DIR, decodeURIComponent(match[1]));
  if (!file.startsWith(DATA_DIR) || !existsSync(file)) return Promise.resolve(new Response('', { status: 404 }));
  return Promise.resolve(new Response(readFileSync(file), { headers: { 'Content-Type': 'application/json' } }));
}

async function buildServerEntry(outDir) {
  await build({
    root: ROOT,
    logLevel: 'warn',
    // Bundle dependencies too, so the render does not depend on how each package exposes ESM to Node.
    ssr: { noExternal: true },
    build: {
      ssr: 'src/entry-server.tsx',
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      rollupOptions: { output: { entryFileNames: 'entry-server.mjs' } },
    },
  });
  return join(outDir, 'entry-server.mjs');
}

async function main() {
  if (!existsSync(DIST_INDEX)) throw new Error('dist/index.html manquant : lancez `vite build` avant le prérendu.');
  const template = withContentSecurityPolicy(readFileSync(DIST_INDEX, 'utf8'));
  writeFileSync(DIST_INDEX, template);
  if (!template.includes(ROOT_MARKUP)) {
    console.warn('prerender: dist/index.html is already prerendered or has no empty #root; left as is.');
    return;
  }
  const outDir = mkdtempSync(join(tmpdir(), 'observatoire-ssr-'));
  const realFetch = globalThis.fetch;
  try {
    const entry = await buildServerEntry(outDir);
    // The bundled React reads NODE_ENV at run time: render with the production build, like the client.
    process.env.NODE_ENV = 'production';
    globalThis.fetch = fetchFromDisk;
    const { render } = await import(pathToFileURL(entry).href);
    const { html, state: fullState, errors } = await render();
    for (const error of errors) console.warn(`prerender: a view will render on the client instead: ${error}`);
    const { state, inlined, fetched } = keepSmallQueries(fullState);
    if (/<script/i.test(html)) throw new Error('the prerendered markup contains a <script>, which the CSP would block');
    if (html.includes('<!--$!-->')) console.warn('prerender: some views suspended and will render on the client (their fallback is in the HTML).');
    if (!state) throw new Error(`prerendered data over ${MAX_INLINED_DATA_BYTES} bytes: ${fetched.join(', ')}`);
    const stateScript = `<script type="application/json" id="${STATE_SCRIPT_ID}">${serializeState(state)}</script>`;
    writeFileSync(DIST_INDEX, template.replace(ROOT_MARKUP, `<div id="root">${html}</div>${stateScript}`));
    console.log(
      `prerender: dist/index.html (${(html.length / 1024).toFixed(1)} KiB of markup; data inlined: ${inlined.join(', ') || 'none'})`,
    );
  } catch (error) {
    console.warn('\n⚠ prerender FAILED — dist/index.html keeps an empty #root and the app renders on the client only.');
    console.warn(error instanceof Error ? (error.stack ?? error.message) : error);
  } finally {
    globalThis.fetch = realFetch;
    rmSync(outDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();

/**
 * Runs at the end of `vite build` (the `observatoire:prerender` plugin in
 * vite.config.ts, before the service worker is generated so it precaches the
 * pages): writes one HTML page per route — every section (`ia/index.html`),
 * every chart alone (`embed/<id>/index.html`), every slide
 * (`present/<id>/index.html`) — with its views rendered by React and its
 * charts drawn by ECharts to SVG files (`static/<fingerprint>-<size>.svg`),
 * from the same builders the browser runs. No data is inlined: only the list
 * of drawings (`__DRAWINGS__`, JSON, a few KiB), so a data file replaced in
 * `dist/data/` is the one number every page shows (docs/sharing.md).
 *
 * A view that fails to render (a data file that fails validation, a view
 * touching `window` while rendering) stops the build, naming the page and
 * the reason: a page must never silently ship without its drawing.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const DATA_DIR = join(ROOT, 'data');
const ROOT_MARKUP = '<div id="root"></div>';
export const DRAWINGS_SCRIPT_ID = '__DRAWINGS__';

/**
 * No inline script and no eval anywhere; styles allow inline because React
 * writes `style` attributes (reserved chart heights) and ECharts / MapLibre
 * style their own elements; MapLibre runs its worker from a blob: URL.
 * Added to the built pages only: Vite's dev server injects an inline
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
export function serializeJson(value) {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The folder of a route, relative to the app root ('' for the front page). */
export function routeFolder(route) {
  if (route.kind === 'dashboard') return route.section === 'vue-ensemble' ? '' : `${route.section}/`;
  if (route.kind === 'embed') return `embed/${route.chartId}/`;
  return route.slide ? `present/${route.slide}/` : 'present/';
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The page of one route: relative URLs one `../` per folder level (so the
 * build still works from any sub-path), the pre-paint script, the page's
 * title and mode class, the markup and the drawings' list.
 */
export function pageHtml(template, { folder, html, title, manifest, mode }) {
  const prefix = '../'.repeat(folder.split('/').filter(Boolean).length);
  const htmlClass = mode === 'embed' ? ' class="is-embed"' : mode === 'present' ? ' class="is-presenting"' : '';
  return template
    .replace(/(src|href)="\.\//g, `$1="${prefix}`)
    .replace('<script src="/boot.js"></script>', `<script src="${prefix}boot.js"></script>`)
    .replace(/<html lang="fr">/, `<html lang="fr"${htmlClass}>`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
    .replace(
      ROOT_MARKUP,
      `<div id="root" data-route="${folder}">${html}</div><script type="application/json" id="${DRAWINGS_SCRIPT_ID}">${serializeJson(manifest)}</script>`,
    );
}

/** Answers the loaders' `fetch('/data/…')` from the data folder on disk, as the static host would. */
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

const fail = (where, errors) => {
  throw new Error(`prerender: ${where} cannot be drawn at build time:\n  ${errors.join('\n  ')}`);
};

/**
 * Draws every route. Three renders per page (desktop, phone, then the final
 * one that knows every drawing), plus, per section, one render per filter
 * probe to learn which filters change which chart.
 */
async function drawAll(server) {
  const routes = await server.listRoutes();
  /** chart id → { fingerprints, depends } */
  const manifest = {};
  /** `${fingerprint}-${size}` → request */
  const toDraw = new Map();
  const record = (request) => {
    const entry = (manifest[request.id] ??= { fingerprints: {}, depends: [] });
    entry.fingerprints[request.variant] ??= request.fingerprint;
    for (const size of request.sizes) toDraw.set(`${request.fingerprint}-${size}`, { request, size });
  };

  for (const route of routes) {
    const variants = route.kind === 'present' ? [false] : [false, true];
    for (const compact of variants) {
      const result = await server.renderRoute(route, { compact });
      if (result.errors.length) fail(routeFolder(route) || 'the front page', result.errors);
      result.drawings.forEach(record);
    }
  }

  // Dependencies: a chart depends on a filter when one of the probe values changes its drawing.
  const dependsByChart = {};
  for (const route of routes.filter((candidate) => candidate.kind === 'dashboard')) {
    const base = new Map((await server.renderRoute(route)).drawings.map((drawing) => [drawing.id, drawing.fingerprint]));
    for (const probe of server.FILTER_PROBES) {
      const probed = await server.renderRoute(route, { filters: probe });
      const names = Object.keys(probe).filter((name) => !(name === 'dep' && 'basin' in probe));
      const seen = new Set();
      for (const drawing of probed.drawings) {
        seen.add(drawing.id);
        if (base.get(drawing.id) !== drawing.fingerprint) for (const name of names) (dependsByChart[drawing.id] ??= new Set()).add(name);
      }
      // A chart that disappears under a filter depends on it too.
      for (const id of base.keys()) if (!seen.has(id)) for (const name of names) (dependsByChart[id] ??= new Set()).add(name);
    }
  }
  for (const [id, entry] of Object.entries(manifest)) {
    entry.depends = [...(dependsByChart[id] ?? [])].sort();
  }
  return { routes, manifest, toDraw };
}

/** Writes every page and drawing into `distDir`. Called by the Vite plugin, or alone after `vite build`. */
export async function prerenderPages(distDir = join(ROOT, 'dist')) {
  const indexPath = join(distDir, 'index.html');
  if (!existsSync(indexPath)) throw new Error('dist/index.html manquant : lancez `vite build` avant le prérendu.');
  const template = withContentSecurityPolicy(readFileSync(indexPath, 'utf8'));
  if (!template.includes(ROOT_MARKUP)) throw new Error('prerender: dist/index.html has no empty #root (already prerendered?)');
  const started = performance.now();
  const outDir = mkdtempSync(join(tmpdir(), 'observatoire-ssr-'));
  const realFetch = globalThis.fetch;
  try {
    const entry = await buildServerEntry(outDir);
    // The bundled React reads NODE_ENV at run time: render with the production build, like the client.
    process.env.NODE_ENV = 'production';
    globalThis.fetch = fetchFromDisk;
    const server = await import(pathToFileURL(entry).href);
    const { routes, manifest, toDraw } = await drawAll(server);
    server.setDrawingManifest(manifest);

    let pageBytes = 0;
    for (const route of routes) {
      const result = await server.renderRoute(route);
      if (result.errors.length) fail(routeFolder(route) || 'the front page', result.errors);
      if (/<script/i.test(result.html)) throw new Error(`prerender: ${routeFolder(route)} contains a <script>, which the CSP would block`);
      if (result.html.includes('<!--$!-->')) fail(routeFolder(route) || 'the front page', ['a view suspended and would render on the client only']);
      const folder = routeFolder(route);
      const page = pageHtml(template, { folder, html: result.html, title: result.title, manifest, mode: route.kind === 'dashboard' ? 'dashboard' : route.kind });
      mkdirSync(join(distDir, folder), { recursive: true });
      writeFileSync(join(distDir, folder, 'index.html'), page);
      pageBytes += page.length;
    }

    // public/boot.js learns which charts have pages (old `?embed=<id>` links to anything else go to embed/unknown/).
    const bootPath = join(distDir, 'boot.js');
    const chartIds = routes.filter((route) => route.kind === 'embed' && route.chartId !== 'unknown').map((route) => route.chartId);
    const boot = readFileSync(bootPath, 'utf8');
    if (!boot.includes('var CHARTS = null;')) throw new Error('prerender: public/boot.js has no `var CHARTS = null;` to fill');
    writeFileSync(bootPath, boot.replace('var CHARTS = null;', `var CHARTS = ${JSON.stringify(chartIds)};`));

    const basins = JSON.parse(readFileSync(join(DATA_DIR, 'geo/bassins-bmo-2024.geojson'), 'utf8'));
    mkdirSync(join(distDir, 'static'), { recursive: true });
    let drawingBytes = 0;
    for (const [name, { request, size }] of toDraw) {
      let svg;
      try {
        svg = server.renderDrawing(request, size, basins);
      } catch (error) {
        fail(`chart ${request.id} (${size})`, [error instanceof Error ? error.message : String(error)]);
      }
      writeFileSync(join(distDir, 'static', `${name}.svg`), svg);
      drawingBytes += svg.length;
    }
    console.log(
      `prerender: ${routes.length} pages (${(pageBytes / 1024).toFixed(0)} KiB), ${toDraw.size} drawings (${(drawingBytes / 1024).toFixed(0)} KiB) ` +
        `of ${Object.keys(manifest).length} charts in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    globalThis.fetch = realFetch;
    rmSync(outDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // Alone: `node scripts/prerender.mjs` on a `vite build` output made with the plugin off.
  await prerenderPages().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}


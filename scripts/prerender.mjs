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

const PHONE_MEDIA = '(max-width: 40rem)';
const LARGE_MEDIA = '(min-width: 1600px)';
const attribute = (tag, name) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1] ?? null;

/**
 * `<link rel="preload">`s in the head for the page's first drawings (those the
 * markup marks `fetchpriority="high"`, see StaticDrawing): the browser
 * otherwise asks for an image only once the parser has reached it, after the
 * head's stylesheet and script — a few hundred milliseconds of a landing
 * page's first chart at 4× CPU. One link per file of the `<picture>`, each
 * with the media query under which the `<picture>` picks it, so only the file
 * the screen shows is fetched.
 */
export function firstDrawingPreloads(html) {
  const links = [];
  for (const [, inner] of html.matchAll(/<picture class="chart-static"[^>]*>(.*?)<\/picture>/gs)) {
    const img = /<img\s[^>]*>/i.exec(inner)?.[0];
    if (!img || attribute(img, 'fetchPriority') !== 'high') continue;
    const sources = [...inner.matchAll(/<source\s[^>]*>/gi)].map(([tag]) => ({ media: attribute(tag, 'media'), href: attribute(tag, 'srcSet') }));
    const phone = sources.find((source) => source.media === PHONE_MEDIA)?.href;
    const large = sources.find((source) => source.media === LARGE_MEDIA)?.href;
    // The `<img>`'s own file is what the `<picture>` shows where none of its sources applies.
    const otherwise = [phone ? '(width > 40rem)' : null, large ? '(width < 1600px)' : null].filter(Boolean).join(' and ');
    const choices = [
      phone ? { href: phone, media: PHONE_MEDIA } : null,
      large ? { href: large, media: LARGE_MEDIA } : null,
      { href: attribute(img, 'src'), media: otherwise || null },
    ];
    for (const choice of choices) {
      if (!choice?.href) continue;
      const media = choice.media ? ` media="${choice.media}"` : '';
      links.push(`<link rel="preload" as="image" href="${choice.href}"${media} fetchpriority="high" />`);
    }
  }
  return links;
}

/**
 * The page of one route: relative URLs one `../` per folder level (so the
 * build still works from any sub-path), the pre-paint script, the page's
 * title and mode class, the markup and the drawings' list.
 */
export function pageHtml(template, { folder, html, title, manifest, mode }) {
  const prefix = '../'.repeat(folder.split('/').filter(Boolean).length);
  const htmlClass = mode === 'embed' ? ' class="is-embed"' : mode === 'present' ? ' class="is-presenting"' : '';
  return (
    template
      .replace(/(src|href)="\.\//g, `$1="${prefix}`)
      .replace('<script src="/boot.js"></script>', `<script src="${prefix}boot.js"></script>`)
      // At the end of the head: asked for right after the stylesheet and scripts that hold the first paint anyway.
      .replace(
        '</head>',
        () =>
          firstDrawingPreloads(html)
            .map((link) => `\n    ${link}`)
            .join('') + '\n  </head>',
      )
      .replace(/<html lang="fr">/, `<html lang="fr"${htmlClass}>`)
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
      .replace(
        ROOT_MARKUP,
        `<div id="root" data-route="${folder}">${html}</div><script type="application/json" id="${DRAWINGS_SCRIPT_ID}">${serializeJson(manifest)}</script>`,
      )
  );
}

/**
 * `404.html`, which static hosts (GitHub Pages, Netlify, Cloudflare Pages…) send for an address that has no
 * page: a mistyped or outdated link, `present/<unknown>/`. It is served at whatever depth the address has, so
 * it cannot reach the app's relative scripts and styles: it stands alone (its style inline, which the CSP
 * allows for styles; no script), says what happened in both languages and links to the front page. Its link
 * is the one absolute address of the build: `OBSERVATOIRE_BASE` (default `/`) when the dashboard is served
 * under a sub-path.
 */
export function notFoundPage(base = '/') {
  const home = escapeHtml(base.endsWith('/') ? base : `${base}/`).replace(/"/g, '&quot;');
  return withContentSecurityPolicy(`<!doctype html>
<html lang="fr">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>Page introuvable — Observatoire Data &amp; IA Normandie</title>
    <style>
      body { margin: 0; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; color: #1f2937; background: #f8fafc; line-height: 1.5; }
      main { max-width: 40rem; margin: 0 auto; padding: 3rem 1.25rem; }
      p.brand { margin: 0 0 2rem; font-weight: 700; color: #0b3d6e; }
      h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 0.75rem; }
      h2 { font-size: 1.25rem; margin: 2.5rem 0 0.5rem; }
      a { color: #0b3d6e; font-weight: 600; }
      a:focus-visible { outline: 3px solid #0b3d6e; outline-offset: 2px; }
      section + section { border-top: 1px solid #cbd5e1; }
    </style>
  </head>
  <body>
    <main>
      <p class="brand">Observatoire Data &amp; IA Normandie</p>
      <section>
        <h1>Page introuvable</h1>
        <p>Cette adresse ne correspond à aucune page du tableau de bord : le lien est peut-être incomplet, mal recopié ou ancien (un graphique ou une diapositive qui a changé de nom).</p>
        <p><a href="${home}">Aller à l’accueil du tableau de bord</a>, d’où chaque section, graphique et diapositive est à un clic.</p>
      </section>
      <section lang="en">
        <h2>Page not found</h2>
        <p>This address matches no page of the dashboard: the link may be incomplete, mistyped or outdated (a chart or slide that was renamed).</p>
        <p><a href="${home}?lang=en">Go to the dashboard’s front page</a>, one click away from every section, chart and slide.</p>
      </section>
    </main>
  </body>
</html>
`);
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
    // Each page at desktop and at phone width (a slide too: a shared slide link opened on a phone).
    for (const compact of [false, true]) {
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
      const page = pageHtml(template, {
        folder,
        html: result.html,
        title: result.title,
        manifest,
        mode: route.kind === 'dashboard' ? 'dashboard' : route.kind,
      });
      mkdirSync(join(distDir, folder), { recursive: true });
      writeFileSync(join(distDir, folder, 'index.html'), page);
      pageBytes += page.length;
    }

    writeFileSync(join(distDir, '404.html'), notFoundPage(process.env.OBSERVATOIRE_BASE));

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

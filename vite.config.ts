/// <reference types="vitest/config" />
import { cpSync, createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const dataDir = resolve(import.meta.dirname, 'data');

/**
 * Data files are fetched at run time (not bundled) so a report author can swap
 * one without rebuilding: served from `data/` in dev, copied to `dist/data/`.
 */
function serveDataFolder(): Plugin {
  return {
    name: 'observatoire:serve-data',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/data', (req, res, next) => {
        const relative = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/'));
        const file = join(dataDir, relative);
        if (!file.startsWith(dataDir) || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        createReadStream(file).pipe(res);
      });
    },
  };
}

/**
 * `vite preview` as a static host behaves: an address with no page gets `404.html` with status 404 (Vite's own
 * fallback would send the front page, whose relative styles and scripts do not resolve from another folder).
 */
function notFoundInPreview(): Plugin {
  return {
    name: 'observatoire:not-found-in-preview',
    configurePreviewServer(server) {
      const distDir = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '/').split(/[?#]/)[0] ?? '/');
        const file = join(distDir, normalize(path));
        const page = path.endsWith('/') ? join(file, 'index.html') : file;
        const notFound = join(distDir, '404.html');
        if (!file.startsWith(distDir) || existsSync(page) || existsSync(join(file, 'index.html')) || !existsSync(notFound)) return next();
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        createReadStream(notFound).pipe(res);
      });
    },
  };
}

function copyDataFolder(): Plugin {
  let outDir = 'dist';
  let ssr = false;
  return {
    name: 'observatoire:copy-data',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      ssr = Boolean(config.build.ssr);
    },
    closeBundle() {
      if (ssr) return;
      const dataFiles = (source: string) => !source.endsWith('.md');
      cpSync(dataDir, join(outDir, 'data'), { recursive: true, filter: dataFiles });
      // The same files again under their release id, so "version figée" embeds keep their figures
      // on hosts that keep earlier releases' folders when deploying (docs/sharing.md).
      const { release } = JSON.parse(readFileSync(join(dataDir, 'index.json'), 'utf8')) as { release: string };
      cpSync(dataDir, join(outDir, 'data', 'releases', release), { recursive: true, filter: dataFiles });
    },
  };
}

/**
 * Draws every page at build time (scripts/prerender.mjs): after the bundle is
 * written, before the service worker is generated (which then precaches the
 * pages). Skipped for the server build the prerender itself runs.
 */
function prerenderPages(): Plugin {
  let outDir = 'dist';
  let skip = false;
  let bundleFailed = false;
  return {
    name: 'observatoire:prerender',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      skip = Boolean(config.build.ssr) || process.env.PRERENDER === '0';
    },
    // A bundle that failed wrote no fresh dist/: drawing the old one would only hide the real error.
    buildEnd(error) {
      bundleFailed = Boolean(error);
    },
    renderError() {
      bundleFailed = true;
    },
    closeBundle: {
      order: 'pre',
      sequential: true,
      async handler() {
        if (skip || bundleFailed) return;
        // Imported at run time (not bundled into the config): it builds and imports the server entry itself.
        const script = pathToFileURL(resolve(import.meta.dirname, 'scripts/prerender.mjs')).href;
        const { prerenderPages: run } = (await import(/* @vite-ignore */ script)) as { prerenderPages: (dir: string) => Promise<void> };
        await run(outDir);
      },
    },
  };
}

function offlineSupport(): Plugin[] {
  return VitePWA({
    // A new release waits until every tab of the old one is closed (or the user
    // accepts the "Recharger" prompt), so a running page never loses its chunks.
    registerType: 'prompt',
    injectRegister: false,
    // After the prerender's `closeBundle`, so the service worker precaches every page it wrote.
    integration: { closeBundleOrder: 'post' },
    manifest: {
      name: 'Observatoire Data & IA Normandie',
      short_name: 'Observatoire IA',
      description: 'Les métiers de la donnée et de l’intelligence artificielle en Normandie',
      lang: 'fr',
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: '#0b3d6e',
      background_color: '#f7f8fa',
      icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    workbox: {
      globPatterns: ['**/*.{js,mjs,css,html,svg,png,webmanifest}'],
      // Build-time drawings are cached as they are seen (below), not all up front: a few MiB a first
      // visit on a workshop's Wi-Fi would not be worth it, and ECharts redraws any that is missing.
      globIgnores: ['data/**', 'static/**'],
      // Fills the data cache on the page's request, in the worker (public/sw-data.js).
      importScripts: ['sw-data.js'],
      runtimeCaching: [
        {
          // Pinned releases ("version figée", data/releases/<release>/) are immutable: cached on first read, so a
          // pinned embed works offline after one visit. The cache name is PINNED_CACHE in src/data/load.ts.
          urlPattern: /\/data\/releases\/[a-f0-9]{6,40}\//,
          handler: 'CacheFirst',
          options: { cacheName: 'observatoire-data-releases', cacheableResponse: { statuses: [200] }, expiration: { maxEntries: 400 } },
        },
        {
          // Data files: the network's first, so a file a report author replaced in `dist/data/` is the figure every
          // page shows on the next visit; the cached copy offline or on a network too slow to answer in 4 s. The app
          // has the worker fill this cache with every data file once registered (public/sw-data.js).
          urlPattern: ({ url }) => /\/data\/(?!releases\/).*\.(geo)?json$/.test(url.pathname),
          handler: 'NetworkFirst',
          options: { cacheName: 'observatoire-data', networkTimeoutSeconds: 4 },
        },
        {
          urlPattern: ({ url }) => /\/static\/[0-9a-z]+-[a-zA-Z]+\.svg$/.test(url.pathname),
          // Named by content: a drawing never changes, a new one has a new name.
          handler: 'CacheFirst',
          options: { cacheName: 'drawings', expiration: { maxEntries: 400 } },
        },
      ],
      // A page's query string holds filters, which the page reads itself: any query still finds the precached page.
      ignoreURLParametersMatching: [/.*/],
      // Every route has its own page, precached. No navigation fallback: the front page's relative URLs would
      // not resolve from another folder, so an unknown address gets the browser's own offline page instead.
      cleanupOutdatedCaches: true,
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    },
  });
}

export default defineConfig({
  // Relative asset URLs: the build works from any static host and under a sub-path.
  base: './',
  plugins: [react(), serveDataFolder(), notFoundInPreview(), copyDataFolder(), prerenderPages(), offlineSupport()],
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./tests/unit/setup.ts'],
    // The data tests run the pipeline scripts (tsx, the national BMO file): a few seconds alone, more on a busy
    // 2-core machine, where Vitest's 5 s default failed them for time, not for what they check.
    testTimeout: 30_000,
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    css: false,
  },
});

/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { cpSync, createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, relative, resolve, sep } from 'node:path';
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
 * Precache entries for every data file (JSON and GeoJSON), revisioned by
 * content so a new data release updates exactly the files that changed.
 * Listed from `data/` because the files reach `dist/data/` only in
 * `closeBundle`, after the PWA plugin has globbed `dist/`.
 */
function dataPrecacheEntries(): { url: string; revision: string }[] {
  const entries: { url: string; revision: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(json|geojson)$/.test(entry.name)) {
        const revision = createHash('md5').update(readFileSync(path)).digest('hex');
        entries.push({ url: `data/${relative(dataDir, path).split(sep).join('/')}`, revision });
      }
    }
  };
  if (existsSync(dataDir)) walk(dataDir);
  return entries.sort((a, b) => a.url.localeCompare(b.url));
}

function offlineSupport(): Plugin[] {
  const dataEntries = dataPrecacheEntries();
  const dataRevision = createHash('md5')
    .update(dataEntries.map((entry) => entry.revision).join())
    .digest('hex')
    .slice(0, 12);
  return VitePWA({
    // A new release waits until every tab of the old one is closed (or the user
    // accepts the "Recharger" prompt), so a running page never loses its chunks.
    registerType: 'prompt',
    injectRegister: false,
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
      globIgnores: ['data/**'],
      additionalManifestEntries: dataEntries,
      // The prerendered index.html embeds data, so it must be refetched when the data changes.
      manifestTransforms: [
        async (entries) => ({
          manifest: entries.map((entry) => (entry.url === 'index.html' ? { ...entry, revision: `${entry.revision}-${dataRevision}` } : entry)),
          warnings: [],
        }),
      ],
      // Any navigation (?embed=…, ?present=1, #section) is the single-page app.
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // Pinned releases ("version figée", data/releases/<release>/) are immutable: cached on first read, so a
      // pinned embed works offline after one visit. The cache name is PINNED_CACHE in src/data/load.ts.
      runtimeCaching: [
        {
          urlPattern: /\/data\/releases\/[a-f0-9]{6,40}\//,
          handler: 'CacheFirst',
          options: { cacheName: 'observatoire-data-releases', cacheableResponse: { statuses: [200] }, expiration: { maxEntries: 400 } },
        },
      ],
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    },
  });
}

export default defineConfig({
  // Relative asset URLs: the build works from any static host and under a sub-path.
  base: './',
  plugins: [react(), serveDataFolder(), copyDataFolder(), offlineSupport()],
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./tests/unit/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    css: false,
  },
});

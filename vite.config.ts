/// <reference types="vitest/config" />
import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

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
      cpSync(dataDir, join(outDir, 'data'), { recursive: true, filter: (source) => !source.endsWith('.md') });
    },
  };
}

export default defineConfig({
  // Relative asset URLs: the build works from any static host and under a sub-path.
  base: './',
  plugins: [react(), serveDataFolder(), copyDataFolder()],
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

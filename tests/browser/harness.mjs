/**
 * Browser test harness: serves the production build with `vite preview` and
 * drives Debian's Chromium through playwright-core (no downloaded browser).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SCREENSHOTS = resolve(ROOT, 'test-results/screenshots');

const CHROMIUM_CANDIDATES = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);

export function chromiumPath() {
  const path = CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate));
  if (!path) throw new Error('Chromium introuvable : installez-le (apt-get install -y chromium) ou définissez CHROME_PATH.');
  return path;
}

/** Flags that let headless Chromium run as root on a closed network, with WebGL through SwiftShader. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--enable-unsafe-swiftshader',
];

export async function launchBrowser({ webgl = true } = {}) {
  const args = webgl ? CHROMIUM_ARGS : [...CHROMIUM_ARGS.filter((arg) => arg !== '--enable-unsafe-swiftshader'), '--disable-webgl', '--disable-3d-apis'];
  return chromium.launch({ executablePath: chromiumPath(), args, headless: true });
}

/** Serves `dist/` (built beforehand with `npm run build`) on a free port. */
export async function startPreview() {
  if (!existsSync(resolve(ROOT, 'dist/index.html'))) throw new Error('dist/ manquant : lancez `npm run build` avant les tests navigateur.');
  const server = await preview({ root: ROOT, preview: { port: 0, strictPort: false, host: '127.0.0.1' }, logLevel: 'silent' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { url: url.endsWith('/') ? url : `${url}/`, close: () => server.close() };
}

/** A page that records console errors and failed requests, so tests can assert there are none. */
export async function openPage(browser, { width = 1280, height = 900, ...options } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'fr-FR', ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return { context, page, problems };
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = resolve(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

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

/**
 * A finger on `target` on a touch screen, the pointer onto it otherwise.
 * The pointer comes from outside: one already resting where the element
 * appeared, after a click that changed the page, is not seen entering it by a
 * test that means to move onto it (charts-employment.browser.mjs checks the app copes).
 */
async function reachFor(page, target, position) {
  if (await page.evaluate(() => navigator.maxTouchPoints > 0)) return target.tap({ position });
  await page.mouse.move(0, 0);
  return target.hover({ position });
}

/**
 * Scrolls a chart into view as a reader would; React may replace the element meanwhile (a page redrawn in
 * another language), so a detached element is looked up again.
 */
export async function lookAt(locator, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      await locator.scrollIntoViewIfNeeded({ timeout: Math.max(1000, deadline - Date.now()) });
      return;
    } catch (error) {
      if (Date.now() > deadline || !/not attached/.test(String(error))) throw error;
      await new Promise((wait) => setTimeout(wait, 100));
    }
  }
}

/** The figure of one chart (`data-chart-id`). */
export const chartFigure = (page, chartId) => page.locator(`figure[data-chart-id="${chartId}"]`);

/**
 * Charts arrive as their build-time drawing (an <img> of an SVG file); ECharts
 * takes over when the user reaches for the chart. For tests that need
 * ECharts' own SVG (its text, colours, clickable bars), this reaches for the
 * chart as a user would — the pointer over it, or a finger on it on a touch
 * screen — and waits until ECharts has drawn. A chart already live (a filter
 * redrew it) is simply waited for. Returns the figure.
 */
export async function liveChart(page, chartId, { timeout = 20_000 } = {}) {
  const figure = chartFigure(page, chartId);
  await figure.waitFor({ timeout });
  // A user looks at the chart first: a view far below the first screen hydrates as it is approached (src/ui/viewGate.tsx).
  await lookAt(figure, timeout);
  // Until React has hydrated the chart, nothing listens for the pointer.
  await page.locator(`figure[data-chart-id="${chartId}"][data-checked]`).waitFor({ timeout });
  const svgPath = figure.locator('.chart-box .echart svg path').first();
  if ((await svgPath.count()) === 0) {
    // The title is part of the chart but carries no click handler of its own (a tap on a bar would pick it).
    const title = figure.locator('.chart-title');
    await title.scrollIntoViewIfNeeded();
    await reachFor(page, title);
  }
  await svgPath.waitFor({ state: 'attached', timeout });
  // The build-time drawing is removed once ECharts' drawing covers it.
  await figure.locator('.chart-static').waitFor({ state: 'detached', timeout });
  return figure;
}

/**
 * Waits until the chart is visibly drawn for what the address asks,
 * whichever drawing shows it: the build-time image loaded (it has pixels),
 * ECharts' SVG with its shapes, or the map engine's canvas — once the app has
 * checked the drawing against the address's filters (`data-checked`; until
 * then a filtered link shows it as updating). Re-reads the figure each time:
 * React may replace it while hydrating.
 */
export async function chartDrawn(figure, { timeout = 20_000 } = {}) {
  await figure.waitFor({ timeout });
  // Seen, as a user sees it: a view far below the first screen hydrates (and is checked) as it is approached.
  await lookAt(figure, timeout);
  const deadline = Date.now() + timeout;
  const drawn = (element) =>
    element.hasAttribute('data-checked') &&
    ([...element.querySelectorAll('.chart-box .chart-static img')].some((img) => img.complete && img.naturalWidth > 0) ||
      element.querySelector('.chart-box .echart svg path') !== null ||
      element.getAttribute('data-map-ready') === 'true');
  while (!(await figure.evaluate(drawn, undefined, { timeout: 2_000 }).catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`chart not drawn within ${timeout} ms: ${figure}`);
    await new Promise((wait) => setTimeout(wait, 50));
  }
  return figure;
}

/**
 * Every page arrives drawn at build time (its headings are there before any
 * script runs): waits until React has hydrated it, so its controls answer and
 * the address's filters and language apply.
 */
export async function hydrated(page, { timeout = 20_000 } = {}) {
  await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached', timeout });
}

/**
 * The recruitment map shows its build-time drawing until the user reaches for
 * it (pointer, touch, keyboard focus); then MapLibre (or, without WebGL, the
 * ECharts fallback map) loads in its place. Reaches for it as a user would and
 * waits until the engine has drawn (`data-map-ready`). Returns the figure.
 */
export async function liveMap(page, { timeout = 60_000 } = {}) {
  const selector = 'figure[data-chart-id="recruitment-map"]';
  const figure = page.locator(selector);
  const stage = figure.locator('.rmap-stage');
  await lookAt(stage, timeout);
  await page.locator(`${selector}[data-checked]`).waitFor({ timeout });
  // A corner of the map: the pointer rests on no basin, a tap picks none.
  if ((await figure.getAttribute('data-map-ready')) !== 'true') await reachFor(page, stage, { x: 8, y: 8 });
  await page.locator(`${selector}[data-map-ready="true"]`).waitFor({ timeout });
  return figure;
}

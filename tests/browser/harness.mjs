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

/**
 * Runs in the page: the text boxes of every chart matching `figures`, and the
 * collisions among them (collisions.browser.mjs at every width, the slides'
 * tests at 1920×1080). A glyph box is the font's full height (ascent and
 * descent) while lines of a label are set closer than that: a box counts from
 * 15 % below its top to 15 % above its bottom, and two boxes collide when
 * they share more than 1 px each way. With `shapes`, a text drawn over a bar
 * (a filled shape of the drawing: a panel heading over a plot) collides too.
 * Each result gives the chart's drawn extent (`extent`: the box around its
 * texts and shapes, in page pixels).
 */
export async function chartTextCollisions(page, figures = 'figure[data-chart-id]', { shapes = false } = {}) {
  return page.evaluate(
    async ({ figureSelector, withShapes }) => {
      const SHRINK = 0.15;
      const core = (rect) => {
        const inset = rect.height * SHRINK;
        return { left: rect.left, right: rect.right, top: rect.top + inset, bottom: rect.bottom - inset };
      };
      const visibleText = (element) => {
        const style = getComputedStyle(element);
        if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) return false;
        if (element instanceof SVGElement && (style.fill === 'none' || element.getAttribute('fill-opacity') === '0')) return false;
        return (element.textContent ?? '').trim().length > 0;
      };
      const collide = (boxes, frame, shapeBoxes = []) => {
        const overlaps = [];
        const cut = [];
        for (const box of boxes) {
          const sides = [
            ['left', frame.left - box.rect.left],
            ['right', box.rect.right - frame.right],
            ['top', frame.top - box.rect.top],
            ['bottom', box.rect.bottom - frame.bottom],
          ].filter(([, by]) => by > 1);
          if (sides.length > 0) cut.push(`« ${box.text} » cut by the edge (${sides.map(([side, by]) => `${side} ${Math.round(by)} px`).join(', ')})`);
        }
        for (let i = 0; i < boxes.length; i += 1)
          for (let j = i + 1; j < boxes.length; j += 1) {
            const a = core(boxes[i].rect);
            const b = core(boxes[j].rect);
            const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            // ECharts draws a label's halo as a second text at the same place: one text, not two.
            const same = boxes[i].text === boxes[j].text && Math.abs(a.left - b.left) < 0.5 && Math.abs(a.top - b.top) < 0.5;
            if (w > 1 && h > 1 && !same) overlaps.push(`« ${boxes[i].text} » × « ${boxes[j].text} »`);
          }
        for (const box of boxes)
          for (const shape of shapeBoxes) {
            const a = core(box.rect);
            const w = Math.min(a.right, shape.right) - Math.max(a.left, shape.left);
            const h = Math.min(a.bottom, shape.bottom) - Math.max(a.top, shape.top);
            if (w > 2 && h > 2) overlaps.push(`« ${box.text} » over a bar (${Math.round(shape.left)}, ${Math.round(shape.top)})`);
          }
        const all = [...boxes.map((box) => box.rect), ...shapeBoxes];
        const extent = all.length
          ? { top: Math.min(...all.map((rect) => rect.top)), bottom: Math.max(...all.map((rect) => rect.bottom)) }
          : { top: 0, bottom: 0 };
        return { overlaps, cut, extent, shapes: shapeBoxes.length };
      };
      /** Filled shapes of a drawing (bars, bands), not the background, the grid lines or a pattern's tiles. */
      const filledShapes = (svg) => {
        if (!withShapes) return [];
        const whole = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('path, rect')]
          .filter((element) => !element.closest('defs, pattern, clipPath, mask'))
          .filter((element) => {
            const style = getComputedStyle(element);
            const fill = style.fill;
            if (!fill || fill === 'none' || fill === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(fill)) return false;
            return Number(style.fillOpacity) > 0 && Number(style.opacity) > 0 && style.visibility !== 'hidden';
          })
          .map((element) => element.getBoundingClientRect())
          .filter((rect) => rect.width > 3 && rect.height > 3 && rect.width * rect.height < 0.4 * whole.width * whole.height);
      };
      const svgBoxes = (svg) =>
        [...svg.querySelectorAll('text')].filter(visibleText).map((text) => ({ text: text.textContent.trim(), rect: text.getBoundingClientRect() }));

      const results = [];
      for (const figure of document.querySelectorAll(figureSelector)) {
        const chart = figure.getAttribute('data-chart-id');
        const live = figure.querySelector('.chart-box .echart svg, .rmap-stage .echart svg');
        const img = figure.querySelector('.chart-static img');
        const labels = figure.querySelector('.rmap-labels');
        if (labels && figure.getAttribute('data-map-ready') === 'true') {
          // MapLibre: names are HTML over the canvas, hidden when they would collide.
          const stage = figure.querySelector('.rmap-stage').getBoundingClientRect();
          const boxes = [...labels.querySelectorAll('[data-basin-label]')]
            .filter(visibleText)
            .map((element) => ({ text: element.textContent.trim(), rect: element.getBoundingClientRect() }));
          // The zoom buttons sit on the map too: a name under them is as unreadable as a name under a name.
          const buttons = [...figure.querySelectorAll('.maplibregl-ctrl-top-right .maplibregl-ctrl')].map((element) => ({
            text: '[zoom buttons]',
            rect: element.getBoundingClientRect(),
          }));
          results.push({ chart, drawing: 'maplibre', texts: boxes.map((box) => box.text), ...collide([...boxes, ...buttons], stage) });
        } else if (live && !(img && figure.querySelector('.chart-static:not([data-covered])'))) {
          const boxes = svgBoxes(live);
          results.push({ chart, drawing: 'echarts', texts: boxes.map((box) => box.text), ...collide(boxes, live.getBoundingClientRect(), filledShapes(live)) });
        } else if (img) {
          // The file the <picture> picks at this width.
          const picture = img.closest('picture');
          const source = [...picture.querySelectorAll('source')].find((candidate) => matchMedia(candidate.media).matches);
          const url = source ? new URL(source.srcset, document.baseURI).href : img.src;
          const response = await fetch(url);
          const markup = await response.text();
          const svg = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
          const box = img.getBoundingClientRect();
          const host = document.createElement('div');
          host.style.cssText = `position:absolute;left:${box.left + scrollX}px;top:${box.top + scrollY}px;width:${box.width}px;height:${box.height}px;opacity:0;pointer-events:none`;
          const placed = document.importNode(svg, true);
          const [, , vbWidth, vbHeight] = (placed.getAttribute('viewBox') ?? `0 0 ${placed.getAttribute('width')} ${placed.getAttribute('height')}`)
            .split(/[\s,]+/)
            .map(Number);
          placed.setAttribute('viewBox', `0 0 ${vbWidth} ${vbHeight}`);
          // The file's own alignment (cards left-aligned, the map centred), as the <img> shows it.
          const centred = (placed.getAttribute('preserveAspectRatio') ?? '').startsWith('xMidYMid');
          placed.setAttribute('width', String(box.width));
          placed.setAttribute('height', String(box.height));
          host.append(placed);
          document.body.append(host);
          const scale = Math.min(box.width / vbWidth, box.height / vbHeight);
          const left = box.left + (centred ? (box.width - vbWidth * scale) / 2 : 0);
          const top = box.top + (centred ? (box.height - vbHeight * scale) / 2 : 0);
          const frame = { left, top, right: left + vbWidth * scale, bottom: top + vbHeight * scale };
          const boxes = svgBoxes(placed);
          const bars = filledShapes(placed);
          host.remove();
          results.push({ chart, drawing: url.split('/').pop(), texts: boxes.map((entry) => entry.text), ...collide(boxes, frame, bars) });
        }
      }
      return results;
    },
    { figureSelector: figures, withShapes: shapes },
  );
}

/**
 * Reads back the MapLibre canvas of the chart matching `selector` (its drawing buffer is kept,
 * `preserveDrawingBuffer`) and sums up its pixels in the page: how many distinct colours among the
 * pixels sampled every `step` px each way, and how many of them are within 24 of `rgb` on each
 * channel. `{ width: 0 }` when there is no canvas.
 */
export async function mapCanvasPixels(page, selector, { step = 1, rgb = null } = {}) {
  return page.evaluate(
    async ({ selector, step, rgb }) => {
      const canvas = document.querySelector(`${selector} canvas.maplibregl-canvas`);
      if (!canvas) return { width: 0, height: 0, colours: 0, near: -1 };
      const image = new Image();
      image.src = canvas.toDataURL('image/png');
      await image.decode();
      const copy = document.createElement('canvas');
      copy.width = image.width;
      copy.height = image.height;
      const context = copy.getContext('2d');
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, copy.width, copy.height);
      const colours = new Set();
      let near = 0;
      for (let y = 0; y < copy.height; y += step)
        for (let x = 0; x < copy.width; x += step) {
          const at = (y * copy.width + x) * 4;
          colours.add(`${data[at]},${data[at + 1]},${data[at + 2]},${data[at + 3]}`);
          if (rgb && Math.abs(data[at] - rgb[0]) < 24 && Math.abs(data[at + 1] - rgb[1]) < 24 && Math.abs(data[at + 2] - rgb[2]) < 24) near += 1;
        }
      return { width: copy.width, height: copy.height, colours: colours.size, near };
    },
    { selector, step, rgb },
  );
}

/** The presenter's key (→, or a clicker's PageDown) pressed through the parts of a long chart until the next slide shows. */
export async function nextSlide(page, key = 'ArrowRight') {
  const slide = await page.locator('.present-counter').getAttribute('data-slide');
  for (let press = 0; press < 12; press += 1) {
    const part = await page.locator('.present-counter').getAttribute('data-part');
    await page.keyboard.press(key);
    await page.waitForFunction(
      ([slide, part]) => {
        const counter = document.querySelector('.present-counter');
        return counter && (counter.dataset.slide !== slide || counter.dataset.part !== part);
      },
      [slide, part],
    );
    if ((await page.locator('.present-counter').getAttribute('data-slide')) !== slide) return;
  }
  throw new Error(`slide ${slide}: no next slide after 12 presses`);
}

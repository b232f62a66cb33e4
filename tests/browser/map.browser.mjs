import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { hydrated, launchBrowser, liveChart, liveMap, mapCanvasPixels, openPage, screenshot, SCREENSHOTS } from './harness.mjs';

const BASE = process.env.PREVIEW_URL;
const MAP = '[data-chart-id="recruitment-map"]';
const RANKING = '[data-chart-id="recruitment-basin-ranking"]';

/** The Recrutements page, with the map reached for (pointer or finger) and drawn by its engine. */
async function openMap(page, query = '') {
  await page.goto(`${BASE}recrutements/${query}`);
  await liveMap(page);
}

/** Distinct colours among pixels sampled on a grid of the map canvas (harness.mjs reads the canvas back). */
async function canvasColours(page) {
  const { colours, width } = await mapCanvasPixels(page, MAP, { step: 7 });
  return { count: colours, width };
}

describe('recruitment map', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => browser?.close());

  it('renders a non-blank MapLibre canvas with a legend, offline-style (no remote request)', async () => {
    const { page, problems, context } = await openPage(browser);
    const remote = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(BASE) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) remote.push(request.url());
    });
    const started = Date.now();
    await openMap(page);
    const readyMs = Date.now() - started;
    assert.equal(await page.locator('.rmap').getAttribute('data-map-mode'), 'webgl');
    const { count, width } = await canvasColours(page);
    assert.ok(width > 300, `canvas width ${width}`);
    // Background, 5 class colours, patterns, outlines: a blank or failed canvas has one or two colours.
    assert.ok(count >= 8, `only ${count} distinct colours on the map canvas`);
    const legend = await page.locator(`${MAP} .rmap-legend li`).allInnerTexts();
    assert.ok(legend.length >= 3, `legend: ${legend.join(' | ')}`);
    assert.match(await page.locator(MAP).innerText(), /Source : France Travail, enquête BMO 2024/);
    assert.equal(await page.locator(`${MAP} [data-basin-label]`).count(), 27);
    assert.deepEqual(remote, []);
    assert.deepEqual(problems, []);
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(resolve(SCREENSHOTS, 'map-timing.json'), JSON.stringify({ readyMs }, null, 2));
    await page.locator(MAP).screenshot({ path: resolve(SCREENSHOTS, 'map-1280.png') });
    await screenshot(page, 'map-section-1280');
    await context.close();
  });

  it('clicking the Caen basin sets basin=2817, outlines it and updates the ranking; clicking again clears it', async () => {
    const { page, problems, context } = await openPage(browser);
    await openMap(page);
    // The name label sits on an interior point of the basin and lets clicks through to the canvas.
    const box = await page.locator(`${MAP} [data-basin-label="2817"]`).boundingBox();
    assert.ok(box, 'Caen label not placed');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.locator(`${MAP} .rmap-tooltip`).waitFor();
    const tooltip = await page.locator(`${MAP} .rmap-tooltip`).innerText();
    assert.match(tooltip, /Caen/);
    assert.match(tooltip, /Rang : \d+(er|e) sur 27/);
    assert.match(tooltip, /Part des projets de la région : ≈ [\d,]+\s%/); // the regional total omits secret cells: the share is approximate
    await page.mouse.click(x, y);
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('basin') === '2817');
    assert.match(page.url(), /dep=14/);
    assert.equal(await page.locator(`${MAP} [role="option"][data-code="2817"]`).getAttribute('aria-selected'), 'true');
    // The charts below the map follow once the map has painted (useDeferredValue).
    await page.waitForFunction(
      (sel) => /Bassin sélectionné : Caen, \d+(er|e) sur 27/.test(document.querySelector(`${sel} .chart-notes`)?.textContent ?? ''),
      RANKING,
    );
    assert.match(await page.locator('.active-filters').innerText(), /Caen/);
    // The outline is drawn over the canvas, around the point clicked; the rest of the region is veiled.
    const outline = await page.locator(`${MAP} [data-overlay="basin"]`).boundingBox();
    assert.ok(outline && outline.x < x && x < outline.x + outline.width && outline.y < y && y < outline.y + outline.height, 'Caen outlined');
    assert.notEqual(await page.locator(`${MAP} [data-overlay="veil"]`).getAttribute('d'), '');
    await screenshot(page, 'map-caen-selected-1280');
    await page.mouse.click(x, y);
    await page.waitForFunction(() => !window.location.search.includes('basin='));
    assert.doesNotMatch(page.url(), /dep=/);
    assert.equal(await page.locator(`${MAP} [data-overlay="basin"]`).getAttribute('d'), '');
    assert.equal(await page.locator(`${MAP} [data-overlay="veil"]`).getAttribute('d'), '');
    assert.equal(
      await page
        .locator(`${RANKING} .chart-notes`)
        .innerText()
        .then((text) => /Bassin sélectionné/.test(text)),
      false,
    );
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('a chart far below redraws for a new basin when it scrolls into view, not before', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${BASE}recrutements/`);
    const highlighted = () =>
      page.evaluate(
        // The picked basin's bar is outlined in the highlight colour (the chart layer's emphasis rule).
        (selector) =>
          [...document.querySelectorAll(`${selector} svg path`)].filter((path) =>
            /#c2410c|rgb\(194,\s?65,\s?12\)/i.test(`${path.getAttribute('fill') ?? ''} ${path.getAttribute('stroke') ?? ''}`),
          ).length,
        RANKING,
      );
    // ECharts draws the ranking once the user has reached for it; then they scroll back up to the filters.
    await liveChart(page, 'recruitment-basin-ranking');
    assert.equal(await highlighted(), 0, 'no basin highlighted before a selection');
    await page.evaluate(() => window.scrollTo(0, 0));
    const offScreen = await page.locator(RANKING).evaluate((element) => element.getBoundingClientRect().top - window.innerHeight);
    assert.ok(offScreen > 300, `ranking chart ${offScreen}px below the viewport`);
    await page.getByRole('combobox', { name: 'Bassin d’emploi', exact: true }).selectOption('2817');
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('basin') === '2817');
    // Its summary and table follow at once; the drawing waits while nobody can see it.
    await page.waitForFunction((selector) => /Caen/.test(document.querySelector(`${selector} .chart-notes`)?.textContent ?? ''), RANKING);
    await page.waitForTimeout(300);
    assert.equal(await highlighted(), 0, 'an off-screen chart does not redraw');
    await page.locator(RANKING).scrollIntoViewIfNeeded();
    await page.waitForFunction(
      (selector) =>
        [...document.querySelectorAll(`${selector} svg path`)].some((path) =>
          /#c2410c|rgb\(194,\s?65,\s?12\)/i.test(`${path.getAttribute('fill') ?? ''} ${path.getAttribute('stroke') ?? ''}`),
        ),
      RANKING,
      { timeout: 10_000 },
    );
    assert.equal(await highlighted(), 1, 'Caen highlighted once in view');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('does everything from the keyboard: the basin list selects, Escape clears', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${BASE}recrutements/`);
    await hydrated(page);
    await page.locator(`${MAP}[data-checked]`).waitFor();
    const list = page.getByRole('listbox', { name: 'Bassins d’emploi classés' });
    await list.focus();
    // Keyboard focus reaches for the map too: its engine takes over the build-time drawing.
    await page.locator(`${MAP}[data-map-ready="true"]`).waitFor({ timeout: 60_000 });
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.location.search.includes('basin='));
    const first = new URL(page.url()).searchParams.get('basin');
    assert.equal(await list.locator(`[data-code="${first}"]`).getAttribute('aria-selected'), 'true');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !window.location.search.includes('basin='));
    await page.getByRole('button', { name: 'Calvados', exact: true }).first().click();
    await page.waitForFunction(() => window.location.search.includes('dep=14'));
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('fits a 375 px phone: no horizontal scroll, the map renders and the page still scrolls', async () => {
    const { page, problems, context } = await openPage(browser, { width: 375, height: 812, isMobile: true, hasTouch: true });
    await openMap(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `scrolls horizontally by ${overflow}px`);
    const { count } = await canvasColours(page);
    assert.ok(count >= 8, `only ${count} distinct colours at 375 px`);
    const mapBox = await page.locator(`${MAP} .rmap-stage`).boundingBox();
    assert.ok(mapBox.width <= 375 && mapBox.height < 812, `map box ${mapBox.width}×${mapBox.height}`);
    const before = await page.evaluate(() => window.scrollY);
    await page.evaluate(() => window.scrollBy(0, 300));
    assert.ok((await page.evaluate(() => window.scrollY)) > before);
    await page.locator(MAP).screenshot({ path: resolve(SCREENSHOTS, 'map-375.png') });
    await screenshot(page, 'map-section-375');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('recruitment map without WebGL', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser({ webgl: false });
  });
  after(async () => browser?.close());

  it('shows the ECharts fallback map and the ranked table, with no uncaught error', async () => {
    const { page, problems, context } = await openPage(browser);
    await openMap(page, '?basin=2817');
    assert.equal(await page.locator('.rmap').getAttribute('data-map-mode'), 'fallback');
    assert.match(await page.locator(`${MAP} .rmap-fallback-note`).innerText(), /WebGL/);
    // One SVG path per basin at least (27), drawn by ECharts' SVG renderer.
    const paths = await page.locator(`${MAP} .rmap-stage svg path`).count();
    assert.ok(paths >= 27, `${paths} paths in the fallback map`);
    assert.equal(await page.locator(`${MAP} #recruitment-map-ranking tbody tr`).count(), 27);
    assert.equal(await page.locator(`${MAP} [role="option"][data-code="2817"]`).getAttribute('aria-selected'), 'true');
    await page.locator(MAP).screenshot({ path: resolve(SCREENSHOTS, 'map-fallback-1280.png') });
    assert.deepEqual(problems, []);
    await context.close();
  });
});

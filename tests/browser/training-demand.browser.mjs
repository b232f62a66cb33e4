/**
 * Training against demand (issue #14 item 4): the view in Formations for
 * Normandy and for a department's basins (chart, notes saying what it cannot
 * show, the establishments' list), alone in an embed, and the map's training
 * layer: points drawn on MapLibre and on the no-WebGL map, switched off and on
 * from the keyboard, with its table.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chartDrawn, chartFigure, launchBrowser, liveChart, liveMap, mapCanvasPixels, openPage } from './harness.mjs';

const BASE = process.env.PREVIEW_URL;
const VIEW = 'training-demand';
const MAP = 'figure[data-chart-id="recruitment-map"]';
/** TRAINING_POINT_COLOR (src/charts/map/trainingLayer.ts). */
const POINT = [0xbe, 0x18, 0x5d];

/** Pixels of the map canvas close to the training points' colour (harness.mjs reads the canvas back); -1 without a canvas. */
async function pointPixels(page, rgb = POINT) {
  return (await mapCanvasPixels(page, MAP, { rgb })).near;
}

/** COMPARE_OUTLINE.color (src/charts/map/compareOutline.ts). */
const OUTLINE = [0x6d, 0x28, 0xd9];

/** Circles of the no-WebGL map's scatter series (ECharts SVG), by their fill. */
const fallbackPoints = (page) =>
  page.evaluate(
    (selector) => [...document.querySelectorAll(`${selector} svg path`)].filter((p) => (p.getAttribute('fill') ?? '').toLowerCase() === '#be185d').length,
    MAP,
  );

describe('training against demand', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => browser?.close());

  it('Formations: Normandy’s departments, then a department’s basins, with what the comparison cannot show (fr, 1280 px)', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${BASE}formations/`);
    const figure = await chartDrawn(chartFigure(page, VIEW), { timeout: 30_000 });
    // Drawn at build time: the page has it before any data arrives.
    assert.equal((await figure.locator('.chart-static img').count()) > 0, true);
    const notes = await figure.locator('.chart-notes').innerText();
    assert.match(notes, /ni effectifs d’étudiants, ni diplômés, ni places par lieu/);
    assert.match(notes, /jamais 0/);
    assert.match(
      await figure.innerText(),
      /Normandie : au moins [\d\s]+ projets de recrutement en 2024 dans les métiers data et IA.*29 établissements de formation RNCP cités par l’étude, dans 15 villes/s,
    );

    // A department: its basins, and its 13 establishments listed.
    await page.goto(`${BASE}formations/?dep=76`);
    const live = await liveChart(page, VIEW, { timeout: 30_000 });
    await page.waitForFunction(() =>
      [...document.querySelectorAll('figure[data-chart-id="training-demand"] svg text')].some((t) => t.textContent === 'Le Havre'),
    );
    assert.match(await live.locator('.chart-subtitle, p').first().innerText(), /Seine-Maritime/);
    const list = page.locator('[data-training-places]');
    assert.match(await list.locator('summary').innerText(), /13 établissements de formation cités ici/);
    await list.locator('summary').click();
    const table = list.locator('table');
    assert.match(await table.innerText(), /ESIGELEC/);
    assert.match(await table.innerText(), /Niveau 7 \(bac \+ 5\)/);
    assert.doesNotMatch(await live.innerText(), /(^|\s)0 projet/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('English, phone width: no horizontal scroll, Orne says none listed rather than 0 (375 px)', async () => {
    const { page, problems, context } = await openPage(browser, { width: 375, height: 812, isMobile: true, hasTouch: true });
    await page.goto(`${BASE}formations/?dep=61&lang=en`);
    const figure = await liveChart(page, VIEW, { timeout: 30_000 });
    assert.match(await figure.innerText(), /What it does not show: whether training meets demand/);
    assert.match(await page.locator('[data-training-places]').innerText(), /No RNCP training establishment listed by the study here/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `formations/ scrolls horizontally by ${overflow}px`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('alone in an embed', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${BASE}embed/${VIEW}/?lang=en`);
    const figure = await chartDrawn(chartFigure(page, VIEW), { timeout: 30_000 });
    assert.match(await figure.locator('.chart-title').innerText(), /IT training and recruitment, by area/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('the map’s training layer: points on MapLibre, switched off and on from the keyboard, with its table', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${BASE}recrutements/`);
    await liveMap(page);
    await page.waitForTimeout(500);
    const on = await pointPixels(page);
    assert.ok(on > 50, `training points drawn on the canvas: ${on} pixels`);
    const toggle = page.locator(`${MAP} .rmap-layer input[type="checkbox"]`);
    assert.equal(await toggle.isChecked(), true);
    await toggle.focus();
    await page.keyboard.press('Space');
    await page.locator(`${MAP} [data-training-layer="off"]`).waitFor();
    await page.waitForTimeout(500);
    const off = await pointPixels(page);
    assert.ok(off < on / 10, `points hidden: ${off} pixels left of ${on}`);
    await page.keyboard.press('Space');
    await page.locator(`${MAP} [data-training-layer="on"]`).waitFor();
    await page.locator(`${MAP} .rmap-layer-table summary`).click();
    const rows = page.locator(`${MAP} .rmap-layer-table tbody tr`);
    assert.equal(await rows.count(), 29);
    assert.match(await page.locator(`${MAP} .rmap-layer-table table`).innerText(), /Hérouville-Saint-Clair/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('the map’s training layer without WebGL: one point per town on the ECharts map, and a point is not a basin', async () => {
    const noWebgl = await launchBrowser({ webgl: false });
    try {
      const { page, problems, context } = await openPage(noWebgl);
      await page.goto(`${BASE}recrutements/`);
      await liveMap(page);
      assert.equal(await page.locator('.rmap').getAttribute('data-map-mode'), 'fallback');
      await page.waitForFunction((selector) => document.querySelectorAll(`${selector} svg path`).length > 20, MAP);
      assert.equal(await fallbackPoints(page), 15);
      await page.locator(`${MAP} .rmap-layer input[type="checkbox"]`).uncheck();
      await page.waitForFunction(
        (selector) => [...document.querySelectorAll(`${selector} svg path`)].every((p) => (p.getAttribute('fill') ?? '').toLowerCase() !== '#be185d'),
        MAP,
      );
      assert.equal(new URL(page.url()).searchParams.get('basin'), null);
      assert.deepEqual(problems, []);
      await context.close();
    } finally {
      await noWebgl.close();
    }
  });

  it('the compared basins (compare parameter) are outlined on MapLibre and on the no-WebGL map, and named under the legend', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${BASE}recrutements/`);
    await liveMap(page);
    await page.waitForTimeout(500);
    const before = await pointPixels(page, OUTLINE);
    await page.goto(`${BASE}recrutements/?compare=2817,14,2806,france`);
    await liveMap(page);
    await page.waitForTimeout(500);
    assert.match(await page.locator(`${MAP} [data-compare-outline]`).innerText(), /Bassins comparés, contour violet tireté : Caen, Le Havre/);
    const after = await pointPixels(page, OUTLINE);
    assert.ok(after > before + 100, `outline drawn: ${after} violet pixels, ${before} without comparison`);
    assert.deepEqual(problems, []);
    await context.close();

    const noWebgl = await launchBrowser({ webgl: false });
    try {
      const { page: fallback, problems: fallbackProblems, context: fallbackContext } = await openPage(noWebgl);
      await fallback.goto(`${BASE}recrutements/?compare=2817,2806&lang=en`);
      await liveMap(fallback);
      await fallback.waitForFunction((selector) => document.querySelectorAll(`${selector} svg path`).length > 20, MAP);
      const outlined = await fallback.evaluate(
        (selector) => [...document.querySelectorAll(`${selector} svg path`)].filter((p) => (p.getAttribute('stroke') ?? '').toLowerCase() === '#6d28d9').length,
        MAP,
      );
      assert.ok(outlined >= 2, `${outlined} outlined basins`);
      assert.match(await fallback.locator(`${MAP} [data-compare-outline]`).innerText(), /Basins compared, dashed violet outline: Caen, Le Havre/);
      assert.deepEqual(fallbackProblems, []);
      await fallbackContext.close();
    } finally {
      await noWebgl.close();
    }
  });
});

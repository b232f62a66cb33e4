/**
 * The analyst's questions (issue #14): Normandy against France for the
 * default and a filtered occupation, its key figure, "what a basin recruits"
 * setting the occupation filter by click and by keyboard, and both charts
 * alone in an embed.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chartDrawn, launchBrowser, liveChart, openPage, screenshot } from './harness.mjs';

const BASE = process.env.PREVIEW_URL;
const NATIONAL = '[data-chart-id="recruitment-normandy-france"]';
const PROFILE = '[data-chart-id="recruitment-basin-profile"]';
const COMPARE = '[data-chart-id="recruitment-territory-comparison"]';
const compareParam = (page) => page.evaluate(() => new URL(location.href).searchParams.get('compare'));
const occupationParam = (page) => page.evaluate(() => new URL(location.href).searchParams.get('occupation'));
const notes = (page, chart) => page.locator(`${chart} .chart-notes`).innerText();

/** The centre of the topmost bar of a colour in a chart's SVG (ECharts draws bars as paths). */
async function topBarCentre(page, chart, color) {
  return page.evaluate(
    ({ chart, color }) => {
      const paths = [...document.querySelectorAll(`${chart} svg path`)].filter((path) => (path.getAttribute('fill') ?? '').toLowerCase() === color);
      const boxes = paths.map((path) => path.getBoundingClientRect()).filter((box) => box.width > 4 && box.height > 4);
      boxes.sort((a, b) => a.top - b.top);
      const box = boxes[0];
      return box ? { x: box.left + Math.min(box.width / 2, 20), y: box.top + box.height / 2 } : null;
    },
    { chart, color },
  );
}

describe('the analyst’s questions', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => browser?.close());

  for (const [width, lang] of [
    [1280, 'fr'],
    [375, 'en'],
  ]) {
    it(`Normandy against France, default then filtered occupation, at ${width} px (${lang})`, async () => {
      const { page, problems, context } = await openPage(browser, width === 375 ? { width, height: 812, isMobile: true, hasTouch: true } : { width });
      const query = lang === 'en' ? '?lang=en' : '';
      await page.goto(`${BASE}${query}#recrutements`);
      const chart = page.locator(NATIONAL);
      await liveChart(page, 'recruitment-normandy-france', { timeout: 30_000 });
      await chart.scrollIntoViewIfNeeded();
      const headline =
        lang === 'fr'
          ? /Normandie : au moins [\d\s]+ projets, soit ≈ [\d,]+\s%.*des projets de France.*rang parmi les régions métropolitaines : (\d+e|entre le \d+e et le \d+e) sur 13/
          : /Normandy: at least [\d,]+ projects, ≈ [\d.]+% of France’s projects.*rank among the metropolitan regions: (between )?\d+(st|nd|rd|th)( and \d+(st|nd|rd|th))? of 13/;
      assert.match(await notes(page, NATIONAL), headline);
      // The regions are drawn: Normandie's name is on the axis, marked « ▶ » as the picked region.
      await page.waitForFunction((sel) => [...document.querySelectorAll(`${sel} svg text`)].some((t) => t.textContent === '▶ Normandie'), NATIONAL);
      await page.waitForTimeout(400);
      await chart.screenshot({ path: `test-results/screenshots/analyst-national-${lang}-${width}.png` });

      // Another occupation: the chart follows the filter (farmers: no secret share of France).
      await page.goto(`${BASE}?occupation=A0X40${lang === 'en' ? '&lang=en' : ''}#recrutements`);
      await liveChart(page, 'recruitment-normandy-france', { timeout: 30_000 });
      assert.match(
        await notes(page, NATIONAL),
        lang === 'fr' ? /Normandie : au moins 2\s465 projets, soit ≈ 2,7\s%/ : /Normandy: at least 2,465 projects, ≈ 2.7%/,
      );
      assert.match(await chart.locator('h2, h3, figcaption').first().innerText(), lang === 'fr' ? /Normandie face à la France/ : /Normandy against France/);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `#recrutements scrolls horizontally by ${overflow}px at ${width} px`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('the overview shows Normandy’s share of France, and it follows the occupation', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${BASE}#vue-ensemble`);
    const tile = page.locator('[data-key-figure="national"]');
    await tile.locator('.kpi-value').waitFor({ timeout: 20_000 });
    assert.match(await tile.locator('.kpi-value').innerText(), /^≈ [\d,]+\s%$/);
    assert.match(await tile.innerText(), /rang parmi les régions métropolitaines : (\d+e|entre le \d+e et le \d+e) sur 13/);
    await page.goto(`${BASE}?occupation=A0X40#vue-ensemble`);
    await page.waitForFunction(() => /2,7/.test(document.querySelector('[data-key-figure="national"] .kpi-value')?.textContent ?? ''));
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('what a basin recruits: a click on an occupation, or the list, selects it everywhere', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${BASE}?basin=2817#recrutements`);
    const chart = page.locator(PROFILE);
    await liveChart(page, 'recruitment-basin-profile', { timeout: 30_000 });
    await chart.scrollIntoViewIfNeeded();
    assert.match(await chart.innerText(), /Ce que recrute Caen/);
    assert.match(await notes(page, PROFILE), /Informatique \(6 métiers BMO, dont les 2 de l’étude\), Caen : /);
    const select = chart.getByLabel('Sélectionner un métier du classement partout');
    const first = await select.locator('option').nth(1).getAttribute('value');
    const second = await select.locator('option').nth(2).getAttribute('value');
    assert.match(first ?? '', /^[A-Z][A-Z\d][A-Z]\d{2}$/);
    await page.waitForTimeout(600); // entry animation
    await chart.screenshot({ path: 'test-results/screenshots/analyst-profile-fr-1280.png' });

    // Click: the topmost bar (the basin's first occupation, not an IT one in Caen) becomes the occupation filter.
    const centre = await topBarCentre(page, PROFILE, '#0b5cad');
    assert.ok(centre, 'no bar found in the profile chart');
    await page.mouse.click(centre.x, centre.y);
    await page.waitForFunction((code) => new URL(location.href).searchParams.get('occupation') === code, first);
    // Every view follows: the Normandy-against-France chart now speaks of that occupation.
    await page.waitForFunction(
      ([sel, code]) => (document.querySelector(`${sel} .chart-subtitle, ${sel}`)?.textContent ?? '').includes(code),
      [NATIONAL, first],
    );

    // Keyboard: choose the second occupation in the list.
    await select.focus();
    await select.selectOption(second);
    await page.waitForFunction((code) => new URL(location.href).searchParams.get('occupation') === code, second);
    assert.equal(await occupationParam(page), second);
    // Back undoes it.
    await page.goBack();
    await page.waitForFunction((code) => new URL(location.href).searchParams.get('occupation') === code, first);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('compare territories: the list lives in the URL, falls back to what is valid, survives Back', async () => {
    const { page, problems, context } = await openPage(browser);
    // A fifth territory and an unknown one are dropped.
    await page.goto(`${BASE}?compare=2817,14,zz,normandie,france,2801#recrutements`);
    const chart = page.locator(COMPARE);
    await chartDrawn(chart, { timeout: 30_000 });
    await chart.scrollIntoViewIfNeeded();
    assert.deepEqual(await chart.locator('.compare-chosen li span').allInnerTexts(), ['Caen', 'Calvados', 'Normandie', 'France entière']);
    assert.equal(await chart.getByLabel('Ajouter un territoire').isDisabled(), true);
    await page.waitForTimeout(500);
    await chart.screenshot({ path: 'test-results/screenshots/analyst-compare-fr-1280.png' });
    await chart.getByRole('button', { name: 'Retirer Calvados' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('compare') === '2817,normandie,france');
    await chart.getByLabel('Ajouter un territoire').selectOption('2801');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('compare') === '2817,normandie,france,2801');
    assert.match(await chart.locator('.chart-summary').textContent(), /Rouen : [\d\s]+ projets/);
    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('compare') === '2817,normandie,france');
    assert.equal(await compareParam(page), '2817,normandie,france');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('both charts embed alone, with their source and notes', async () => {
    const { page, problems, context } = await openPage(browser, { width: 900, height: 900 });
    for (const [id, query] of [
      ['recruitment-normandy-france', ''],
      ['recruitment-basin-profile', '&basin=2801'],
      ['recruitment-territory-comparison', '&compare=2801,france'],
    ]) {
      await page.goto(`${BASE}?embed=${id}${query}`);
      const figure = page.locator(`figure[data-chart-id="${id}"]`);
      await chartDrawn(figure, { timeout: 30_000 });
      assert.equal(await page.locator('figure.chart').count(), 1);
      assert.equal(await page.locator('.nav, .filter-bar').count(), 0);
      assert.match(await figure.locator('.chart-source').innerText(), /^Source\s?: France Travail/);
      assert.ok((await figure.locator('.chart-notes li').count()) >= 2);
    }
    await page.waitForTimeout(500);
    await screenshot(page, 'analyst-embed-profile');
    await page.goto(`${BASE}?embed=recruitment-basin-profile&basin=2801&lang=en`);
    await chartDrawn(page.locator(PROFILE), { timeout: 30_000 });
    assert.match(await page.locator(PROFILE).innerText(), /What Rouen recruits/);
    await page.waitForTimeout(500);
    await page.locator(PROFILE).screenshot({ path: 'test-results/screenshots/analyst-profile-en-900.png' });
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`${BASE}?embed=recruitment-basin-profile&basin=2801`);
    await chartDrawn(page.locator(PROFILE), { timeout: 30_000 });
    await page.waitForTimeout(500);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the profile embed scrolls horizontally by ${overflow}px at 375 px`);
    await page.locator(PROFILE).screenshot({ path: 'test-results/screenshots/analyst-profile-fr-375.png' });

    // Each new chart is a slide of the presentation mode, reachable by its id.
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const id of ['recruitment-normandy-france', 'recruitment-basin-profile', 'recruitment-territory-comparison']) {
      await page.goto(`${BASE}?present=1&slide=${id}`);
      await chartDrawn(page.locator(`.present figure[data-chart-id="${id}"]`), { timeout: 30_000 });
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
});

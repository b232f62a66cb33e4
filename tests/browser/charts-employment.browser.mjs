import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chartDrawn, chartFigure, hydrated, liveChart, launchBrowser, openPage, screenshot } from './harness.mjs';

const BASE = process.env.PREVIEW_URL;
const EMPLOYMENT_CHARTS = ['employment-growth', 'labour-market-paradox', 'employment-profile'];

/** Waits until every chart frame given is drawn (its build-time drawing or ECharts'). */
async function waitForCharts(page, ids) {
  for (const id of ids) await chartDrawn(chartFigure(page, id));
}

const tileValue = (page, id) => page.locator(`[data-key-figure="${id}"] .kpi-value`).innerText();
const highlightedGroup = (page) =>
  page.evaluate(() => {
    // The selected group's axis label is drawn bold on a band: find the bold category text in the SVG.
    const texts = [...document.querySelectorAll('[data-chart-id="employment-growth"] svg text')];
    const bold = texts.filter((text) => /bold|700/.test(text.getAttribute('style') ?? '') || /bold|700/.test(text.getAttribute('font-weight') ?? ''));
    return bold.map((text) => text.textContent).join(' ');
  });

describe('Vue d’ensemble and Emploi', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => browser?.close());

  for (const width of [1280, 375]) {
    it(`shows the key figures and the employment charts at ${width} px`, async () => {
      const { page, problems, context } = await openPage(browser, width === 375 ? { width, height: 812, isMobile: true, hasTouch: true } : { width });
      await page.goto(BASE);
      // Each tile loads its own file; all five must arrive.
      await page.waitForFunction(() => document.querySelectorAll('[data-key-figure] .kpi-value').length === 6);
      assert.match(await tileValue(page, 'employed'), /^13\s358$/);
      assert.match(await tileValue(page, 'recruitment'), /^au moins \d/);
      await page.waitForLoadState('networkidle');
      await screenshot(page, `employment-overview-${width}`);

      await hydrated(page);
      await page.locator('[data-key-figure="employed"] a').click();
      await page.waitForFunction((path) => window.location.pathname === path, new URL(`${BASE}emploi/`).pathname);
      await waitForCharts(page, EMPLOYMENT_CHARTS);
      // The highlighted group is read from ECharts' own drawing: reach for the chart as a user would.
      await liveChart(page, 'employment-growth');
      await page.waitForFunction(() =>
        [...document.querySelectorAll('[data-chart-id="employment-growth"] svg text')].some((text) => /Ingénieurs/.test(text.textContent ?? '')),
      );
      // Labels wrap onto several SVG text lines: the family's first line is "Informatique et".
      const highlighted = await highlightedGroup(page);
      assert.match(highlighted, /Informatique/);
      assert.doesNotMatch(highlighted, /Ingénieurs|Techniciens/);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `#emploi scrolls horizontally by ${overflow}px at ${width} px`);
      await page.waitForTimeout(400); // let the 300 ms entry animation finish before the picture
      await screenshot(page, `employment-charts-${width}`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('?occupation=M2X90 changes the tile values and the highlighted group', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${BASE}?occupation=M2X90`);
    await page.locator('[data-key-figure="students"] .kpi-value').waitFor();
    // The page was drawn at build time for the default occupation: every tile must have redrawn for this one.
    await page.waitForFunction(() => {
      const tiles = document.querySelectorAll('[data-key-figure]');
      return tiles.length >= 5 && document.querySelectorAll('[data-key-figure][data-checked]').length === tiles.length;
    });
    await page.waitForFunction(() => /6\s205/.test(document.querySelector('[data-key-figure="employed"] .kpi-value')?.textContent ?? ''));
    assert.match(await tileValue(page, 'growth'), /\+41,6\s%/);
    assert.equal(await tileValue(page, 'students'), 'Non disponible');
    // The tile's link leads to the Emploi page with the same occupation.
    const link = new URL(await page.locator('[data-key-figure="employed"] a').getAttribute('href'), page.url());
    assert.equal(link.pathname, new URL(`${BASE}emploi/`).pathname);
    assert.equal(link.search, '?occupation=M2X90');

    await page.goto(`${BASE}emploi/?occupation=M2X90`);
    await waitForCharts(page, EMPLOYMENT_CHARTS);
    await liveChart(page, 'employment-growth');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-chart-id="employment-growth"] svg text')].some((text) => /Ingénieurs/.test(text.textContent ?? '')),
    );
    const highlighted = await highlightedGroup(page);
    assert.match(highlighted, /Ingénieurs/);
    assert.doesNotMatch(highlighted, /Techniciens|télécommunication/);

    // The "Données" toggle shows the table of exactly what is plotted.
    const frame = page.locator('[data-chart-id="employment-growth"]');
    await frame.getByRole('button', { name: 'Données' }).click();
    const table = frame.locator('table');
    assert.equal(await table.locator('tbody tr').count(), 3);
    assert.match(await table.innerText(), /≈ 4\s382/);
    await page.waitForTimeout(400);
    await screenshot(page, 'employment-charts-engineers-1280');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('a chart that appears under a resting pointer (after following a key figure) comes alive when the pointer moves over it', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(BASE);
    await hydrated(page);
    await page.waitForLoadState('networkidle');
    await page.locator('[data-key-figure="employed"] a').click();
    await page.waitForFunction((path) => window.location.pathname === path, new URL(`${BASE}emploi/`).pathname);
    const figure = chartFigure(page, 'employment-growth');
    await chartDrawn(figure);
    assert.equal(await figure.getAttribute('data-drawing'), 'build');
    // The user moves the pointer (resting where the link was) onto the chart's title, to read the bars.
    await figure.locator('.chart-title').hover();
    await figure.locator('.chart-box .echart svg path').first().waitFor({ state: 'attached', timeout: 10_000 });
    assert.equal(await figure.getAttribute('data-drawing'), 'live');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('source of a key figure appears on keyboard focus', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(BASE);
    const button = page.locator('[data-key-figure="ai"] .kpi-source-button');
    await button.waitFor();
    // The tiles are prerendered: wait until React has hydrated them (and fetched the BMO file) before focusing.
    await page.waitForLoadState('networkidle');
    await button.focus();
    const tooltip = page.locator('[data-key-figure="ai"] [role="tooltip"]');
    assert.equal(await tooltip.getAttribute('data-open'), 'true');
    assert.match(await tooltip.innerText(), /FranceNum/);
    await screenshot(page, 'employment-overview-source-focus-1280');
    await context.close();
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { hydrated, launchBrowser, liveChart, openPage, screenshot } from './harness.mjs';

const BASE = process.env.PREVIEW_URL;
const PHONE = { width: 375, height: 812, isMobile: true, hasTouch: true };

/** ECharts' SVG text is not an HTMLElement: read its textContent (once the chart is live, see liveChart). */
const svgText = (page, id) => page.locator(`[data-chart-id="${id}"] svg`).first().evaluate((svg) => svg.textContent ?? '');

async function noHorizontalScroll(page, label) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${label} scrolls horizontally by ${overflow}px`);
}

describe('Formations and Métiers', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => browser?.close());

  for (const width of [1280, 375]) {
    it(`formations/ draws its chart, key figures and a searchable RNCP table at ${width} px`, async () => {
      const { page, problems, context } = await openPage(browser, width === 375 ? PHONE : { width });
      await page.goto(`${BASE}formations/`);
      await hydrated(page);
      // The bars and their labels are read from ECharts' drawing: reach for the chart first.
      await liveChart(page, 'students-by-diploma');
      const bars = await page.locator('[data-chart-id="students-by-diploma"] svg path').count();
      assert.ok(bars >= 5, `expected the 5 diploma bars, found ${bars} paths`);
      assert.match(await svgText(page, 'students-by-diploma'), /1\s872/);
      assert.match(await page.locator('[data-chart-id="normanthiia-targets"]').innerText(), /plus de 2\s500/);

      const rncp = page.locator('[data-chart-id="rncp-certifications"]');
      const rows = rncp.locator('tbody tr');
      // The table loads its own datasets, independently of the chart above it.
      await rows.first().waitFor({ timeout: 20_000 });
      const total = await rows.count();
      assert.ok(total > 20, `expected the RNCP rows, found ${total}`);
      await rncp.getByRole('searchbox').fill('evreux');
      await page.waitForFunction(() => document.querySelectorAll('[data-chart-id="rncp-certifications"] tbody tr').length === 1);
      assert.match(await rncp.getByRole('status').innerText(), new RegExp(`Lignes affichées : 1 sur ${total}`));
      await rncp.getByRole('searchbox').fill('');
      await rncp.getByRole('combobox', { name: 'Département' }).selectOption('14');
      await page.waitForFunction(() => window.location.search.includes('dep=14'));
      assert.ok((await rows.count()) < total);
      await noHorizontalScroll(page, `formations/ at ${width} px`);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(400);
      await screenshot(page, `training-${width}`);
      assert.deepEqual(problems, []);
      await context.close();
    });

    it(`metiers/ searches the directory, opens a sheet and draws the courses chart at ${width} px`, async () => {
      const { page, problems, context } = await openPage(browser, width === 375 ? PHONE : { width });
      await page.goto(`${BASE}metiers/`);
      await hydrated(page);
      const directory = page.locator('[data-chart-id="jobs-directory"]');
      await directory.locator('[data-job-id]').first().waitFor();
      assert.equal(await directory.locator('[data-job-id]').count(), 35);
      await liveChart(page, 'jobs-courses');
      assert.match(await svgText(page, 'jobs-courses'), /plus de 1\s000/);

      await directory.getByRole('searchbox').fill('developpeur');
      await page.waitForFunction(() => document.querySelectorAll('[data-chart-id="jobs-directory"] [data-job-id]').length < 35);
      const found = await directory.locator('[data-job-id]').count();
      assert.match(await directory.getByRole('status').innerText(), new RegExp(`Métiers trouvés : ${found} sur 35`));
      await directory.getByRole('searchbox').fill('directeur artistique');
      const sheet = directory.locator('[data-job-id="directeur-artistique"]');
      await sheet.locator('summary').focus();
      await page.keyboard.press('Enter');
      assert.equal(await sheet.locator('details').getAttribute('open'), '');
      await sheet.locator('.job-warning').first().waitFor();
      assert.equal(await sheet.locator('dt').count(), 10);
      assert.match(await sheet.innerText(), /Attention :\s*Copier-coller manifeste/);
      await noHorizontalScroll(page, `metiers/ at ${width} px`);
      await page.waitForTimeout(400);
      await screenshot(page, `jobs-sheet-${width}`);

      await directory.getByRole('searchbox').fill('');
      await page.waitForLoadState('networkidle');
      await screenshot(page, `jobs-${width}`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import Papa from 'papaparse';
import { hydrated, launchBrowser, liveChart, openPage, screenshot } from './harness.mjs';

const BASE = process.env.PREVIEW_URL;
const PHONE = { width: 375, height: 812, isMobile: true, hasTouch: true };

/** ECharts' SVG text is not an HTMLElement: read its textContent (once the chart is live, see liveChart). */
const svgText = (page, id) =>
  page
    .locator(`[data-chart-id="${id}"] svg`)
    .first()
    .evaluate((svg) => svg.textContent ?? '');

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
      assert.match(await directory.locator('.search-box-status').innerText(), new RegExp(`Métiers trouvés : ${found} sur 35`));
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
  it('the job directory has the frame of every chart: its CSV is the list, one row per job with its family and codes', async () => {
    const { page, problems, context } = await openPage(browser, { acceptDownloads: true });
    await page.goto(`${BASE}metiers/`);
    await hydrated(page);
    const directory = page.locator('[data-chart-id="jobs-directory"]');
    await directory.locator('[data-job-id]').first().waitFor();
    // Hydrated: its buttons answer.
    await page.locator('figure[data-chart-id="jobs-directory"][data-checked]').waitFor();
    await directory.getByRole('button', { name: /^Exporter/ }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), directory.getByRole('button', { name: 'Tableau CSV' }).click()]);
    assert.match(download.suggestedFilename(), /^observatoire-data-ia_jobs-directory_\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = Papa.parse(readFileSync(await download.path(), 'utf8').slice(1), { delimiter: ';' }).data;
    assert.deepEqual(rows[0], ['Titre', 'Répertoire des métiers du cœur du numérique']);
    const table = rows.slice(7).filter((row) => row.length > 1);
    const header = table[0];
    assert.deepEqual(header.slice(0, 2), ['Métier', 'Famille']);
    assert.ok(header.includes('Codes BMO rattachés') && header.includes('Certifications RNCP rattachées (code)'), header.join(' | '));
    assert.equal(table.length - 1, 35, 'one row per job of the directory');
    const scientist = table.find((row) => row[0] === 'Data scientist');
    assert.ok(scientist, 'Data scientist has its row');
    assert.match(scientist[header.indexOf('Codes BMO rattachés')], /M2X90/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const lang of ['fr', 'en'])
    for (const width of [375, 1280])
      it(`embed/jobs-directory/ shows the directory alone, searchable, with its table (${lang}, ${width} px)`, async () => {
        const { page, problems, context } = await openPage(browser, width === 375 ? PHONE : { width });
        await page.goto(`${BASE}embed/jobs-directory/${lang === 'en' ? '?lang=en' : ''}`);
        await hydrated(page);
        assert.equal(await page.locator('.embed-unknown').count(), 0, 'not « Graphique introuvable »');
        const directory = page.locator('figure[data-chart-id="jobs-directory"]');
        await directory.locator('[data-job-id]').first().waitFor();
        await page.locator('figure[data-chart-id="jobs-directory"][data-checked]').waitFor();
        assert.equal(await page.locator('figure.chart').count(), 1);
        assert.equal(await directory.locator('[data-job-id]').count(), 35);
        assert.match(
          await directory.locator('.chart-title').innerText(),
          lang === 'en' ? /Directory of core digital jobs/ : /Répertoire des métiers du cœur du numérique/,
        );
        assert.match(await directory.locator('.chart-source').innerText(), /Carif-Oref/);
        for (const chrome of ['.app-header', '.filter-bar', '.share-actions']) assert.equal(await page.locator(chrome).count(), 0, `${chrome} in an embed`);
        await directory.getByRole('searchbox').fill('cyber');
        await page.waitForFunction(() => document.querySelectorAll('[data-chart-id="jobs-directory"] [data-job-id]').length < 35);
        await directory.getByRole('searchbox').fill('');
        await directory.getByRole('button', { name: lang === 'en' ? 'Data' : 'Données' }).click();
        assert.equal(await directory.locator('table.data-table tbody tr').count(), 35);
        await directory.getByRole('button', { name: lang === 'en' ? 'Hide data' : /Masquer/ }).click();
        await noHorizontalScroll(page, `embed/jobs-directory/ at ${width} px`);
        await screenshot(page, `jobs-directory-embed-${lang}-${width}`);
        assert.deepEqual(problems, []);
        await context.close();
      });

  for (const lang of ['fr', 'en'])
    for (const width of [375, 1280])
      it(`present/jobs-directory/ shows the directory a few jobs per slide, → for the next ones (${lang}, ${width} px)`, async () => {
        const { page, problems, context } = await openPage(browser, width === 375 ? PHONE : { width, height: 800 });
        await page.goto(`${BASE}present/jobs-directory/${lang === 'en' ? '?lang=en' : ''}`);
        await hydrated(page);
        const directory = page.locator('.present figure[data-chart-id="jobs-directory"]');
        await directory.locator('[data-job-id]').first().waitFor();
        const first = await directory.locator('[data-job-id]').count();
        assert.ok(first > 0 && first < 35, `${first} jobs on the first part`);
        assert.equal(await directory.locator('details, input, select').count(), 0, 'no sheet to open and no search on a slide');
        assert.match(await page.locator('.present-rows').innerText(), new RegExp(`^\\D+1\\D+${first}\\D+35`));
        await screenshot(page, `jobs-directory-slide-${lang}-${width}`);
        const ids = await directory.locator('[data-job-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-job-id')));
        await page.keyboard.press('ArrowRight');
        await page.waitForFunction(() => document.querySelector('.present-counter')?.dataset.part === '2');
        const next = await directory.locator('[data-job-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-job-id')));
        assert.ok(next.length > 0 && next.every((id) => !ids.includes(id)), 'the next part shows the next jobs');
        assert.deepEqual(problems, []);
        await context.close();
      });
});

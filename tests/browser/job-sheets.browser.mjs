/**
 * Job sheets you can link to (issue #14 item 5): `metiers/?fiche=<id>` opens
 * that sheet, which names its BMO occupations (a link that selects the
 * occupation in Recrutements) and the certifications that train for it;
 * opening another sheet writes its address, Back returns to the first.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { hydrated, launchBrowser, openPage } from './harness.mjs';

const BASE = process.env.PREVIEW_URL;
const fiche = (page) => page.evaluate(() => new URL(location.href).searchParams.get('fiche'));

describe('job sheets with their own address', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => browser?.close());

  for (const [width, lang] of [
    [1280, 'fr'],
    [375, 'en'],
  ]) {
    it(`a sheet's address opens it, with its BMO occupations and certifications (${lang}, ${width} px)`, async () => {
      const { page, problems, context } = await openPage(browser, width === 375 ? { width, height: 812, isMobile: true, hasTouch: true } : { width });
      await page.goto(`${BASE}metiers/?fiche=data-scientist${lang === 'en' ? '&lang=en' : ''}`);
      await hydrated(page);
      const item = page.locator('[data-job-id="data-scientist"]');
      await item.locator('details[open] [data-sheet-links]').waitFor({ timeout: 20_000 });
      const links = item.locator('[data-sheet-links]');
      assert.match(await links.innerText(), lang === 'fr' ? /Métiers BMO correspondants/ : /Matching BMO occupations/);
      assert.match(await links.innerText(), /Master Science des données – Sciences des données — (niveau|level) 7/);
      await links.screenshot({ path: `test-results/screenshots/job-sheet-links-${lang}-${width}.png` });
      // A sheet without any certification says so.
      await page.locator('[data-job-id="coach-agile"] summary').click();
      await page.locator('[data-job-id="coach-agile"] [data-sheet-links]').waitFor();
      assert.match(await page.locator('[data-job-id="coach-agile"] [data-sheet-links]').innerText(), /pas de correspondance/);
      assert.equal(await fiche(page), 'coach-agile');
      await page.goBack();
      await page.waitForFunction(() => new URL(location.href).searchParams.get('fiche') === 'data-scientist');
      // The BMO link selects the occupation in Recrutements.
      await links.locator('a[data-bmo-code="M2X90"]').click();
      await page.waitForURL(/recrutements\/\?.*occupation=M2X90/);
      assert.equal(await fiche(page), null);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `scrolls horizontally by ${overflow}px`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('an unknown sheet is dropped from the address', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${BASE}metiers/?fiche=boulanger`);
    await hydrated(page);
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('fiche'));
    assert.equal(await page.locator('.job-item details[open]').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('the one occupation search offers the sheets it names, each opening at its address', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${BASE}recrutements/`);
    await hydrated(page);
    const search = page.locator('.occupation-picker input[type="search"]');
    await search.fill('data scientist');
    const link = page.locator('[data-sheet-matches] a[data-fiche="data-scientist"]');
    await link.waitFor({ timeout: 20_000 });
    assert.match(await page.locator('[data-sheet-matches]').innerText(), /Fiches métiers : Data scientist/);
    await link.click();
    await page.waitForURL(/metiers\/\?.*fiche=data-scientist/);
    await page.locator('[data-job-id="data-scientist"] details[open] [data-sheet-links]').waitFor({ timeout: 20_000 });
    assert.deepEqual(problems, []);
    await context.close();
  });
});

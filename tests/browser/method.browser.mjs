/**
 * #13: the « Méthode et sources » panel and its bulk download, and the
 * occupation search by synonyms, in the built site (fr and en, 1280 and 375 px).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { hydrated, launchBrowser, openPage, screenshot } from './harness.mjs';

const BASE = process.env.PREVIEW_URL;

describe('Méthode et sources, data package, occupation search', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => browser?.close());

  for (const [lang, width] of [
    ['fr', 1280],
    ['en', 375],
  ]) {
    it(`formations/ (${lang}, ${width} px): the panel says what is printed, read from the layout, unsettled and computed, and links a valid package`, async () => {
      const { page, context, problems } = await openPage(browser, { width });
      await page.goto(`${BASE}formations/?lang=${lang}`);
      await hydrated(page);
      const panel = page.locator('details.method-panel');
      await panel.locator('summary').first().click();
      const rncp = panel.locator('[data-method-dataset="rncp-certifications"]');
      assert.match(
        await rncp.innerText(),
        lang === 'fr'
          ? /12 valeurs lues telles que la source les imprime[\s\S]*5 valeurs lues d’après la mise en page \(marquées \*\)[\s\S]*6 valeurs non tranchées/u
          : /12 values read as the source prints them[\s\S]*5 values read from the layout \(marked \*\)[\s\S]*6 values not settled/u,
      );
      // Issue #13: the weaker level is marked in the public table too, and the establishments' panel counts its 12 pairings read from the layout.
      assert.match(
        await panel.locator('[data-method-dataset="rncp-establishments"]').innerText(),
        lang === 'fr' ? /12 valeurs lues d’après la mise en page/u : /12 values read from the layout/u,
      );
      assert.equal(await panel.locator('[data-method-derived="rncpPairing"]').count(), 1);
      // The public table no longer shows extraction remarks.
      const table = page.locator('table', { hasText: /RNCP/ }).first();
      assert.doesNotMatch(await table.innerText(), /bloc \d|block \d|apparié|not paired/u);
      const href = await panel.locator('[data-method-download]').getAttribute('href');
      const response = await page.request.get(new URL(href, page.url()).href);
      assert.equal(response.status(), 200);
      const descriptor = await response.json();
      assert.ok(descriptor.resources.some((resource) => resource.name === 'rncp-certifications' && resource.schema?.fields.length > 0));
      const csv = await page.request.get(new URL(`csv/students-by-diploma.csv`, new URL(href, page.url())).href);
      assert.match(await csv.text(), /^diploma,diplomaLabel,year,value,isTotal/u);
      await screenshot(page, `method-formations-${lang}-${width}`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('the occupation search finds « dpo » and « data », and says when nothing matches (fr, 1280 px)', async () => {
    const { page, context, problems } = await openPage(browser, { width: 1280 });
    await page.goto(`${BASE}recrutements/`);
    await hydrated(page);
    const search = page.getByRole('searchbox', { name: 'Rechercher un métier' });
    const select = page.getByRole('combobox', { name: 'Métier', exact: true });
    await search.fill('dpo');
    await page.locator('optgroup[label="Métiers liés à « dpo »"] option[value="M2X93"]').waitFor({ state: 'attached' });
    await search.fill('data');
    await page.locator('optgroup[label="Métiers liés à « data »"] option[value="M2X90"]').waitFor({ state: 'attached' });
    await search.press('Enter');
    await page.waitForFunction(
      () =>
        new URL(window.location.href).searchParams.get('occupation') === 'informatique' ||
        new URL(window.location.href).searchParams.get('occupation') === 'M2X90',
    );
    await search.fill('zzzz');
    assert.match(await page.locator('[data-occupation-status="none"]').innerText(), /Aucun métier trouvé pour « zzzz »/u);
    assert.ok(await select.isVisible());
    await screenshot(page, 'occupation-search-none-1280');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

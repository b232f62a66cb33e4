import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { hydrated, launchBrowser, openPage, screenshot } from './harness.mjs';

const BASE = process.env.PREVIEW_URL;
const SECTIONS = ['vue-ensemble', 'emploi', 'ia', 'recrutements', 'competences', 'formations', 'metiers'];
/** Each section is a page of its own: its path below the app root, and its name in the French nav. */
const PATHS = {
  'vue-ensemble': '',
  emploi: 'emploi/',
  ia: 'ia/',
  recrutements: 'recrutements/',
  competences: 'competences/',
  formations: 'formations/',
  metiers: 'metiers/',
};
const NAV_NAMES = {
  'vue-ensemble': 'Vue d’ensemble',
  emploi: 'Emploi',
  ia: 'IA dans les entreprises',
  recrutements: 'Recrutements',
  competences: 'Compétences',
  formations: 'Formations',
  metiers: 'Métiers',
};
const pathOf = (id) => new URL(`${BASE}${PATHS[id]}`).pathname;

describe('dashboard shell', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => browser?.close());

  it('loads in French with zero console errors and every section reachable from the nav', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(BASE);
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    const nav = page.getByRole('navigation', { name: 'Sections du tableau de bord' });
    await hydrated(page);
    // Start from another section, so the first click (back to the front page) is a real move too.
    await nav.getByRole('link', { name: NAV_NAMES.emploi, exact: true }).click();
    await page.waitForFunction((path) => window.location.pathname === path, pathOf('emploi'));
    for (const [index, id] of SECTIONS.entries()) {
      const link = nav.getByRole('link', { name: NAV_NAMES[id], exact: true });
      // A real link to the section's own page (it opens in a new tab, works without JavaScript)…
      assert.equal(new URL(await link.getAttribute('href'), page.url()).pathname, pathOf(id), `${id} nav link target`);
      await link.click();
      // …which a plain click follows in place: the address is the section's page.
      await page.waitForFunction((path) => window.location.pathname === path, pathOf(id));
      assert.equal(new URL(page.url()).hash, '');
      const heading = page.locator('main h2');
      await heading.waitFor();
      assert.equal(await nav.locator('[aria-current="page"]').innerText(), NAV_NAMES[id]);
      assert.equal(await nav.locator('[aria-current="page"]').count(), 1);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      await screenshot(page, `section-${index + 1}-${id}-1280`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('puts a filter change in the URL, keeps it on reload, and Back undoes it', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${BASE}recrutements/`);
    await hydrated(page);
    await page.getByRole('combobox', { name: 'Bassin d’emploi', exact: true }).selectOption('2817');
    await page.waitForFunction(() => window.location.search.includes('basin=2817'));
    assert.match(page.url(), /dep=14/);
    assert.equal(new URL(page.url()).pathname, pathOf('recrutements'), 'the filter change stays on the section’s page');
    await page.reload();
    await hydrated(page);
    assert.equal(await page.getByRole('combobox', { name: 'Bassin d’emploi', exact: true }).inputValue(), '2817');
    assert.match(await page.locator('.active-filters').innerText(), /Caen/);
    await page.goBack();
    await page.waitForFunction(() => !window.location.search.includes('basin'));
    assert.equal(await page.getByRole('combobox', { name: 'Bassin d’emploi', exact: true }).inputValue(), '');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('drops unknown and injected URL parameters without echoing them', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${BASE}?occupation=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&foo=bar&basin=9999&lang=xx`);
    await page.locator('main h2').waitFor();
    await hydrated(page);
    assert.equal(new URL(page.url()).search, '');
    assert.equal(await page.locator('img[src="x"]').count(), 0);
    assert.doesNotMatch(await page.content(), /onerror=alert/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('switches to English with lang=en', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${BASE}?lang=en`);
    await page.locator('main h2').waitFor();
    await hydrated(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.ok(await page.getByRole('navigation', { name: 'Dashboard sections' }).isVisible());
    await context.close();
  });

  it('fits a 375 px phone without horizontal scrolling', async () => {
    const { page, context } = await openPage(browser, { width: 375, height: 812, isMobile: true, hasTouch: true });
    for (const id of SECTIONS) {
      await page.goto(`${BASE}${PATHS[id]}`);
      await page.locator('main h2').waitFor();
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${id} scrolls horizontally by ${overflow}px at 375 px`);
      await screenshot(page, `section-${id}-375`);
    }
    await context.close();
  });
});

/** What the fault suites (faults*.browser.mjs) share: how to tell a page is settled, blank, or showing error cards. */
import assert from 'node:assert/strict';

export const SECTIONS = ['vue-ensemble', 'emploi', 'ia', 'recrutements', 'competences', 'formations', 'metiers'];
export const DEFAULT_SECTION = SECTIONS[0];

/** The page shows something: the header (dashboard) or a chart, a slide or an error card; never an empty #root. */
export async function assertNotBlank(page, what) {
  const text = (
    await page
      .locator('#root')
      .innerText()
      .catch(() => '')
  ).trim();
  assert.ok(text.length > 40, `${what}: the page is blank (#root text: ${JSON.stringify(text.slice(0, 80))})`);
}

export async function settled(page, timeout = 20_000) {
  await page.locator('#root > *').first().waitFor({ timeout });
  // Pages arrive drawn at build time: the app answers (and reads the address) once hydrated. A page whose app
  // cannot start (a fault under test) never is: then only what it shows is checked.
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, { timeout: Math.min(timeout, 10_000) }).catch(() => {});
  await page.waitForFunction(() => !document.querySelector('.view-loading, .chart-skeleton'), null, { timeout }).catch(() => {});
}

/** Alert texts on the page (error cards). */
export const alerts = (page) => page.locator('[role="alert"]').allInnerTexts();

/** Goes to a section by its old-style address, and waits for its heading. */
export async function openSection(page, base, id) {
  await page.goto(`${base}#${id}`);
  await page.locator('main h2').first().waitFor({ timeout: 20_000 });
  await settled(page);
}

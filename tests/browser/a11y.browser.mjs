/**
 * axe-core (WCAG 2.1 A/AA rules) on every section, in both languages, with
 * every chart's data table open, on a single-chart embed and on the
 * presentation mode: zero serious or critical violations. Moderate and minor
 * ones are printed for the record.
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { hydrated, launchBrowser, openPage, ROOT, screenshot } from './harness.mjs';

const BASE = process.env.PREVIEW_URL;
const AXE = resolve(ROOT, 'node_modules/axe-core/axe.min.js');
const SECTIONS = ['vue-ensemble', 'emploi', 'ia', 'recrutements', 'competences', 'formations', 'metiers'];
/** Each section's page, below the app root. */
const pathOf = (id) => (id === 'vue-ensemble' ? '' : `${id}/`);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Hydrated, data loaded, lazy charts drawn, nothing left in a loading state. */
export async function settled(page) {
  await page.locator('main').first().waitFor();
  await hydrated(page);
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('.view-loading, .chart-skeleton'), null, { timeout: 20_000 }).catch(() => {});
  await page.waitForTimeout(300);
}

/** Pages open with `bypassCSP`: axe is injected as an inline script, which the app's own policy rightly blocks. */
async function audit(page, label) {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
      count: violation.nodes.length,
    }));
  }, TAGS);
  const blocking = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  for (const violation of violations.filter((entry) => !blocking.includes(entry))) {
    console.log(`  [${label}] ${violation.impact}: ${violation.id} (${violation.count}×) ${violation.help} — ${violation.targets.join(', ')}`);
  }
  assert.deepEqual(
    blocking.map((violation) => `${violation.impact} ${violation.id}: ${violation.help} (${violation.count}×: ${violation.targets.join(', ')})`),
    [],
    `${label}: serious or critical WCAG 2.1 A/AA violations`,
  );
}

/**
 * Opens every chart's data table. Focusing a chart's control reaches for it: ECharts then replaces each
 * build-time drawing, so the second audit covers the charts as ECharts draws them too.
 */
async function openEveryTable(page) {
  const toggles = page.locator('[data-chart-id] button[aria-expanded="false"][aria-controls]');
  for (let count = await toggles.count(); count > 0; count = await toggles.count()) await toggles.first().click();
  await page.waitForFunction(() => document.querySelectorAll('figure[data-drawing="build"]').length === 0, null, { timeout: 20_000 });
  await settled(page);
}

describe('accessibility (axe-core, WCAG 2.1 A/AA)', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => browser?.close());

  for (const lang of ['fr', 'en']) {
    for (const id of SECTIONS) {
      it(`${id} (${lang}) with its data tables open has no serious or critical violation`, async () => {
        const { page, context } = await openPage(browser, { serviceWorkers: 'block', bypassCSP: true });
        await page.goto(`${BASE}${pathOf(id)}${lang === 'en' ? '?lang=en' : ''}`);
        await settled(page);
        await audit(page, `${id} ${lang}`);
        await openEveryTable(page);
        await audit(page, `${id} ${lang}, tables open`);
        await context.close();
      });
    }
  }

  it('a 375 px phone view of the default section has no serious or critical violation', async () => {
    const { page, context } = await openPage(browser, { width: 375, height: 812, isMobile: true, hasTouch: true, serviceWorkers: 'block', bypassCSP: true });
    await page.goto(BASE);
    await settled(page);
    await audit(page, 'vue-ensemble 375px');
    await context.close();
  });

  it('a single-chart embed has no serious or critical violation', async () => {
    const { page, context } = await openPage(browser, { serviceWorkers: 'block', bypassCSP: true });
    // The presentation's first slide is the first chart of the app-wide registry, the one embeds are looked up in.
    await page.goto(`${BASE}present/`);
    const chartId = await page
      .locator('[data-chart-id]')
      .first()
      .getAttribute('data-chart-id', { timeout: 10_000 })
      .catch(() => null);
    assert.ok(chartId, 'no chart registered in src/app/charts.ts: nothing to embed');
    await page.goto(`${BASE}embed/${encodeURIComponent(chartId)}/`);
    await settled(page);
    assert.equal(await page.locator(`[data-chart-id="${chartId}"]`).count(), 1, `the embed shows chart ${chartId}`);
    await audit(page, `embed ${chartId}`);
    await screenshot(page, `a11y-embed-${chartId}`);
    await context.close();
  });

  it('the presentation mode has no serious or critical violation', async () => {
    const { page, context } = await openPage(browser, { serviceWorkers: 'block', bypassCSP: true });
    await page.goto(`${BASE}present/`);
    await settled(page);
    await audit(page, 'present');
    await screenshot(page, 'a11y-present');
    await context.close();
  });
});

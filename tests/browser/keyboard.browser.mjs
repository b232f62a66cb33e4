/**
 * The main flow with the keyboard only: choose an occupation, select a basin,
 * open a chart's data table, export it as CSV. Every element that takes focus
 * on the way shows a visible focus indicator. Also: reduced motion honoured,
 * `lang` right in French and English.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { hydrated, launchBrowser, openPage, screenshot } from './harness.mjs';

const BASE = process.env.PREVIEW_URL;
const MAX_TABS = 120;

/** What has focus, and whether a sighted keyboard user can see it (outline ≥ 2px or a focus shadow). */
function describeFocus() {
  const element = document.activeElement;
  if (!element || element === document.body) return null;
  const style = getComputedStyle(element);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && style.outlineColor !== 'rgba(0, 0, 0, 0)';
  const shadow = style.boxShadow !== 'none';
  const label = element.closest('label')?.querySelector('span')?.textContent?.trim() ?? '';
  return {
    tag: element.tagName.toLowerCase(),
    text: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 60),
    label,
    href: element.getAttribute('href'),
    inChart: element.closest('[data-chart-id]')?.getAttribute('data-chart-id') ?? null,
    inNav: element.closest('nav')?.getAttribute('aria-label') ?? null,
    expanded: element.getAttribute('aria-expanded'),
    visibleFocus: outline || shadow,
  };
}

/** Presses Tab (or Shift+Tab) until `matches(focus)`; every stop on the way must show its focus. */
async function tabTo(page, matches, what, { backwards = false, invisible = [] } = {}) {
  for (let step = 0; step < MAX_TABS; step += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focus = await page.evaluate(describeFocus);
    if (!focus) continue;
    if (!focus.visibleFocus) invisible.push(`${focus.tag} « ${focus.label || focus.text} »`);
    if (matches(focus)) return focus;
  }
  assert.fail(`${what}: not reachable with ${backwards ? 'Shift+Tab' : 'Tab'} in ${MAX_TABS} presses`);
}

describe('keyboard only', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => browser?.close());

  it('chooses an occupation, selects a basin, opens a chart’s data table and exports its CSV, focus always visible', async () => {
    const { page, context, problems } = await openPage(browser, { acceptDownloads: true, reducedMotion: 'reduce' });
    await page.goto(BASE);
    await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    const invisible = [];

    const skip = await tabTo(page, () => true, 'first Tab stop', { invisible });
    assert.equal(skip.href, '#main', 'the first Tab stop is the skip link');

    await tabTo(page, (focus) => focus.tag === 'select' && focus.label === 'Métier', 'occupation select', { invisible });
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => new URLSearchParams(window.location.search).has('occupation'));
    const occupation = new URL(page.url()).searchParams.get('occupation');
    assert.notEqual(occupation, 'informatique', 'ArrowDown on the focused select picks another occupation');

    await tabTo(page, (focus) => focus.tag === 'select' && focus.label === 'Bassin d’emploi', 'basin select', { invisible });
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => new URLSearchParams(window.location.search).has('basin'));
    assert.match(await page.locator('.active-filters').innerText(), /Bassin/i, 'the basin shows as an active filter');

    // Back up to the section navigation and open "Recrutements" with Enter.
    await tabTo(page, (focus) => focus.inNav === 'Sections du tableau de bord' && focus.text === 'Recrutements', 'the “Recrutements” nav link', {
      backwards: true,
      invisible,
    });
    await page.keyboard.press('Enter');
    // The section is a page of its own: the address is its path.
    await page.waitForFunction((path) => window.location.pathname === path, new URL(`${BASE}recrutements/`).pathname);
    assert.equal(new URL(page.url()).searchParams.get('occupation'), occupation, 'filters survive the section change');
    await page.locator('main [data-chart-id]').first().waitFor({ timeout: 15_000 });
    await page.waitForLoadState('networkidle');

    const dataButton = await tabTo(
      page,
      (focus) => focus.inChart && focus.expanded === 'false' && /^Données|^Afficher/.test(focus.text),
      'a chart’s “Données” button',
      { invisible },
    );
    await page.keyboard.press('Enter');
    const chart = page.locator(`[data-chart-id="${dataButton.inChart}"]`);
    await chart.getByRole('table').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded')), 'true');

    const exportButton = await tabTo(
      page,
      (focus) => focus.inChart === dataButton.inChart && /^Exporter/.test(focus.text),
      `the “Exporter” button of ${dataButton.inChart} (share feature)`,
      { invisible },
    );
    assert.equal(exportButton.expanded, 'false');
    await page.keyboard.press('Enter');
    await tabTo(page, (focus) => focus.inChart === dataButton.inChart && /CSV/.test(focus.text), 'the CSV export item', { invisible });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), page.keyboard.press('Enter')]);
    assert.match(download.suggestedFilename(), /\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    assert.ok(csv.split('\n').length > 2, 'the CSV has a header and rows');

    await screenshot(page, 'keyboard-flow-end');
    assert.deepEqual(invisible, [], 'elements whose keyboard focus is not visible');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('honours prefers-reduced-motion: no CSS transition or animation runs', async () => {
    const { page, context } = await openPage(browser, { reducedMotion: 'reduce' });
    await page.goto(BASE);
    await page.locator('main h2').waitFor();
    // Once the app runs too, not only the page as built.
    await hydrated(page);
    await page.waitForLoadState('networkidle');
    const slow = await page.evaluate(
      () =>
        [...document.querySelectorAll('body *')]
          .map((element) => getComputedStyle(element))
          .filter((style) => [style.transitionDuration, style.animationDuration].some((value) => value.split(',').some((part) => parseFloat(part) > 0.001)))
          .length,
    );
    assert.equal(slow, 0, 'elements still animating under prefers-reduced-motion');
    await context.close();
  });

  it('sets lang="fr" by default, lang="en" with ?lang=en, and the switch button works from the keyboard', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(BASE);
    // The prerendered button answers only once React has hydrated it.
    await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    const toEnglish = page.locator('button.lang-switch');
    assert.equal(await toEnglish.getAttribute('lang'), 'en', 'the switch is labelled in the language it switches to');
    await toEnglish.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.match(page.url(), /lang=en/);
    await page.goto(`${BASE}emploi/?lang=en`);
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.equal(await page.locator('button.lang-switch').getAttribute('lang'), 'fr');
    await context.close();
  });
});

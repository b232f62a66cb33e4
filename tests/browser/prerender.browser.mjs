/**
 * Every view paints from its own HTML (issue #11): pages per route, charts
 * and map drawn at build time, old links moved, filter links that never show
 * the default figures as the filtered ones, MapLibre taking over without a
 * layout shift, one number everywhere after a data file is replaced.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { preview } from 'vite';
import { launchBrowser, lookAt, openPage, ROOT, screenshot } from './harness.mjs';

const BASE = process.env.PREVIEW_URL;
const SECTIONS = ['', 'emploi/', 'ia/', 'recrutements/', 'competences/', 'formations/', 'metiers/'];

/** Every build-time drawing of the page has loaded as an image (a broken one has no natural width). */
async function drawings(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.chart-static img')].map((img) => ({
      chart: img.closest('[data-chart-id]')?.getAttribute('data-chart-id'),
      loaded: img.complete && img.naturalWidth > 0,
      width: Math.round(img.getBoundingClientRect().width),
    })),
  );
}

/** The drawings the page asks for at once (the first ones; the others load lazily, as they near the viewport). */
async function waitForImages(page) {
  await page.waitForFunction(() => [...document.querySelectorAll('.chart-static img:not([loading="lazy"])')].every((img) => img.complete));
}

describe('pages drawn at build time', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => browser?.close());

  it('writes one page per section, chart and slide, each under the strict CSP with no inline script', () => {
    const dist = resolve(ROOT, 'dist');
    const pages = ['index.html', ...SECTIONS.filter(Boolean).map((folder) => `${folder}index.html`)];
    for (const id of readdirSync(join(dist, 'embed'))) pages.push(`embed/${id}/index.html`, ...(id === 'unknown' ? [] : [`present/${id}/index.html`]));
    assert.ok(pages.length > 40, `${pages.length} pages`);
    for (const file of pages) {
      assert.ok(existsSync(join(dist, file)), file);
      const html = readFileSync(join(dist, file), 'utf8');
      assert.match(html, /http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self';/, file);
      // Only external scripts and the JSON list of drawings (data, never run).
      const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].filter(([, attributes]) => !/type="application\/json"/.test(attributes));
      assert.deepEqual(inline, [], `${file} has an inline script`);
      assert.doesNotMatch(html, /"rows":\[/, `${file} inlines data rows`);
    }
  });

  it('with JavaScript off, every section, an embed and a slide show their charts (and the map)', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    for (const path of [...SECTIONS, 'embed/ai-adoption-by-sector/', 'embed/recruitment-map/', 'present/employment-growth/']) {
      await page.goto(`${BASE}${path}`);
      await waitForImages(page);
      const shown = await drawings(page);
      const expectsCharts = !['', 'competences/'].includes(path);
      if (expectsCharts) assert.ok(shown.length > 0, `${path}: no drawing`);
      for (const drawing of shown) assert.ok(drawing.loaded && drawing.width > 200, `${path}: ${drawing.chart} not drawn (${JSON.stringify(drawing)})`);
      if (path === 'recrutements/') {
        assert.ok(
          shown.some((drawing) => drawing.chart === 'recruitment-map'),
          'the map is drawn',
        );
        await screenshot(page, 'prerender-recrutements-no-js-1280');
      }
      if (path === 'ia/') await screenshot(page, 'prerender-ia-no-js-1280');
    }
    await context.close();
  });

  it('on a phone, the page picks the phone drawings', async () => {
    const { page, context } = await openPage(browser, { width: 375, height: 800, javaScriptEnabled: false });
    await page.goto(`${BASE}ia/`);
    await waitForImages(page);
    const sources = await page.evaluate(() => [...document.querySelectorAll('.chart-static img')].map((img) => img.currentSrc));
    assert.ok(sources.length > 0 && sources.every((source) => source.endsWith('-phone.svg')), sources.join(', '));
    await screenshot(page, 'prerender-ia-no-js-375');
    await context.close();
  });

  it('asks first for the first drawings, the rest as they near the viewport or once the page is idle (all there to print)', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${BASE}recrutements/`);
    const loading = await page.evaluate(() => [...document.querySelectorAll('.chart-static img')].map((img) => img.getAttribute('loading')));
    assert.ok(loading.length >= 5, `expected the section's drawings, found ${loading.length}`);
    // The build's page: the map and the first chart are eager, every other drawing lazy.
    assert.deepEqual(loading.slice(0, 2), [null, null]);
    // And asked for from the head (a preload per screen width), not once the parser reaches them.
    const firstRequests = await page.evaluate(() =>
      [...document.querySelectorAll('.chart-static img')].slice(0, 2).map((img) => {
        const entry = performance.getEntriesByName(img.currentSrc)[0];
        return entry ? entry.initiatorType : 'not requested';
      }),
    );
    assert.deepEqual(firstRequests, ['link', 'link']);
    assert.ok(
      loading.slice(2).every((value) => value === 'lazy'),
      JSON.stringify(loading),
    );
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    // Nothing scrolled: the page fetched the others itself once idle, so a print has every chart.
    await page.waitForFunction(() => [...document.querySelectorAll('.chart-static img')].every((img) => img.complete && img.naturalWidth > 0), null, {
      timeout: 15_000,
    });
    assert.equal(await page.evaluate(() => window.scrollY), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('starts the app only once the first drawings have arrived, so its start-up never holds back the frame that paints them', async () => {
    for (const path of ['present/employment-growth/', 'metiers/', 'embed/ai-adoption-by-sector/']) {
      const { page, problems, context } = await openPage(browser);
      // Bad Wi-Fi: the drawings arrive well after the page's first frame, and the app must not start in between
      // (its start-up's long tasks would hold back the frame that paints them).
      await page.route(/\/static\/[^/]+\.svg$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 400));
        await route.continue();
      });
      await page.goto(`${BASE}${path}`);
      await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, { timeout: 20_000 });
      const order = await page.evaluate(() => {
        const drawings = [...document.querySelectorAll('.chart-static img[fetchpriority="high"]')];
        const arrived = drawings.map((img) => performance.getEntriesByName(img.currentSrc)[0]?.responseEnd ?? null);
        // The entry's first dynamic import (src/main.tsx startApp): the data contract's chunk.
        const app = performance.getEntriesByType('resource').find((entry) => /\/assets\/registry-[^/]*\.js$/.test(entry.name));
        return { arrived, appRequested: app?.startTime ?? null };
      });
      assert.ok(order.arrived.length > 0 && order.arrived.every((end) => end !== null) && order.appRequested !== null, `${path}: ${JSON.stringify(order)}`);
      assert.ok(order.appRequested > Math.max(...order.arrived), `${path}: the app was requested before the first drawings arrived ${JSON.stringify(order)}`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  it('moves old links to their page, keeping every parameter', async () => {
    const { page, problems, context } = await openPage(browser);
    const cases = [
      ['#ia', 'ia/'],
      ['?dep=14#recrutements', 'recrutements/?dep=14'],
      ['?embed=ai-uses&lang=en', 'embed/ai-uses/?lang=en'],
      ['?present=1&slide=skills-matrix', 'present/skills-matrix/'],
    ];
    for (const [old, now] of cases) {
      await page.goto(`${BASE}${old}`);
      await page.waitForURL(`${BASE}${now}`);
      await page.locator('[data-chart-id]').first().waitFor();
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('an address with no page says so in both languages and links home, with status 404 (not the front page unstyled)', async () => {
    const { page, context } = await openPage(browser);
    for (const path of ['present/diapo-inconnue/', 'emploi/sous-page/', 'recrutment/']) {
      const response = await page.goto(`${BASE}${path}`);
      assert.equal(response.status(), 404, path);
      await page.getByRole('heading', { level: 1, name: 'Page introuvable' }).waitFor();
      await page.getByRole('heading', { name: 'Page not found' }).waitFor();
      assert.equal(await page.locator('script').count(), 0);
      assert.equal(await page.getByRole('link', { name: 'Aller à l’accueil du tableau de bord' }).getAttribute('href'), '/');
    }
    await screenshot(page, 'not-found-1280');
    await context.close();
  });

  it('a filter link never shows the default figures as the filtered ones', async () => {
    const { page, problems, context } = await openPage(browser);
    // Hold the app's code: what shows is the page as the host sent it, with public/boot.js run.
    let release;
    const held = new Promise((resolvePromise) => (release = resolvePromise));
    await page.route(/\/assets\/.*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    // The app's module script holds DOMContentLoaded back: wait for the page itself, then its drawings.
    await page.goto(`${BASE}ia/?sector=numerique`, { waitUntil: 'commit' });
    await page.waitForSelector('[data-chart-id="ai-benefits"] .chart-static img');
    await waitForImages(page);
    const before = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('[data-chart-id]')].map((figure) => [
          figure.getAttribute('data-chart-id'),
          Number(getComputedStyle(figure.querySelector('.chart-static') ?? figure).opacity),
        ]),
      ),
    );
    assert.equal(await page.getAttribute('html', 'data-pending'), 'sector');
    // Charts that follow the sector read as updating; the benefits survey, which has no sector, stays.
    assert.ok(before['ai-adoption-by-sector'] < 0.5, JSON.stringify(before));
    assert.ok(before['ai-data-exchange-by-sector'] < 0.5, JSON.stringify(before));
    assert.equal(before['ai-benefits'], 1);
    await screenshot(page, 'prerender-filter-link-before-js-1280');
    release();
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    const adoption = page.locator('[data-chart-id="ai-adoption-by-sector"]');
    await adoption.locator('.echart svg').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-chart-id="ai-adoption-by-sector"] .chart-static') === null);
    assert.match(await adoption.locator('.ai-highlight').innerText(), /Numérique/);
    // The survey kept its build-time drawing, now checked as current.
    const benefits = page.locator('[data-chart-id="ai-benefits"]');
    assert.equal(await benefits.getAttribute('data-drawing'), 'build');
    assert.equal(await benefits.getAttribute('data-checked'), 'true');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('hands the map over from its drawing to MapLibre without a layout shift', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${BASE}recrutements/`);
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    const map = page.locator('[data-chart-id="recruitment-map"]');
    await map.locator('.rmap-stage .chart-static img').waitFor();
    assert.equal(await map.locator('canvas').count(), 0, 'MapLibre waits until the map is reached for');
    const stageBox = () =>
      map.locator('.rmap-stage').evaluate((element) => {
        const box = element.getBoundingClientRect();
        return { left: box.left + scrollX, top: box.top + scrollY, width: box.width, height: box.height };
      });
    const stage = await stageBox();
    await page.evaluate(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((entry) => entry.value))).observe({
        type: 'layout-shift',
        buffered: true,
      });
    });
    await map.locator('.rmap-stage').hover();
    await page.waitForSelector('[data-chart-id="recruitment-map"][data-map-ready="true"]', { timeout: 60_000 });
    await page.waitForTimeout(300);
    assert.equal(await map.locator('.rmap-stage .chart-static').count(), 0, 'the drawing is gone once MapLibre has drawn');
    assert.deepEqual(await stageBox(), stage);
    const shift = await page.evaluate(() => window.__shifts.reduce((sum, value) => sum + value, 0));
    assert.ok(shift < 0.001, `layout shift ${shift}`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  describe('a data file replaced in dist/data/ after the build', () => {
    let server;
    let copy;
    before(async () => {
      copy = mkdtempSync(join(tmpdir(), 'observatoire-swap-'));
      cpSync(resolve(ROOT, 'dist'), join(copy, 'dist'), { recursive: true });
      const file = join(copy, 'dist/data/study/ai-benefits.json');
      const dataset = JSON.parse(readFileSync(file, 'utf8'));
      const row = dataset.rows.find((candidate) => typeof candidate.value === 'number' && candidate.value > 50);
      row.value = 42.5;
      writeFileSync(file, JSON.stringify(dataset));
      server = await preview({ root: copy, configFile: false, logLevel: 'silent', preview: { port: 0, host: '127.0.0.1' } });
    });
    after(async () => {
      await server?.close();
      rmSync(copy, { recursive: true, force: true });
    });

    it('shows the new figure in the section, the embed and the slide alike — never the built drawing', async () => {
      const base = server.resolvedUrls.local[0];
      const { page, context } = await openPage(browser);
      for (const path of ['ia/', 'embed/ai-benefits/', 'present/ai-benefits/']) {
        await page.goto(`${base}${path}`);
        await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
        const chart = page.locator('[data-chart-id="ai-benefits"]');
        // Looked at, as a reader would (a view far below the first screen hydrates as it is approached).
        await lookAt(chart);
        await chart.locator('.echart svg').waitFor();
        assert.equal(await chart.locator('.chart-static').count(), 0, `${path}: the built drawing stayed`);
        // ECharts draws its labels once its first animation frame has run.
        await page
          .waitForFunction(() => /42,5/.test(document.querySelector('[data-chart-id="ai-benefits"] .echart svg')?.textContent ?? ''), null, { timeout: 10_000 })
          .catch(() => assert.fail(`${path}: the new figure is not drawn`));
      }
      await context.close();
    });
  });
});

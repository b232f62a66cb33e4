/**
 * Faults, on purpose: the production build is copied to a temporary folder,
 * served by a plain static server of our own (./staticServer.mjs) and broken
 * the way real hosts and networks break it. Each test asserts what the user
 * sees: an error card that names the file, field or module, the rest of the
 * page working, never a blank page. The README's "Faults: what the user
 * sees" matrix points here; broken data files, dataset by dataset, are in
 * faults-data.browser.mjs.
 *
 * Old-style addresses (`#ia`, `?embed=…`, `?present=1`) are used on purpose:
 * they must keep working, whatever routes the app adds.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, openPage, screenshot } from './harness.mjs';
import { alerts, assertNotBlank, openSection, settled } from './faultHelpers.mjs';
import { copyDist, serveStatic } from './staticServer.mjs';

/** A new release deployed under open tabs: every asset gets a new name, the old names are gone. */
function deployNewRelease(dir) {
  const assets = join(dir, 'assets');
  const names = readdirSync(assets);
  const pattern = new RegExp(`(?<![\\w-])(${names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'g');
  for (const name of names) renameSync(join(assets, name), join(assets, `r2-${name}`));
  const rewrite = (path) => writeFileSync(path, readFileSync(path, 'utf8').replace(pattern, 'r2-$1'));
  for (const name of readdirSync(assets)) if (/\.(js|mjs|css)$/.test(name)) rewrite(join(assets, name));
  for (const name of ['sw.js', 'release.json']) rewrite(join(dir, name));
  // Every page of the release (each route has its own index.html).
  for (const entry of readdirSync(dir, { recursive: true })) if (String(entry).endsWith('index.html')) rewrite(join(dir, String(entry)));
}

describe('faults: what the user sees', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => browser?.close());

  it('a new release under an open tab: the tab says so, and the next section reloads onto it keeping the address', async () => {
    const server = await serveStatic(copyDist());
    try {
      const { page, context, problems } = await openPage(browser, { serviceWorkers: 'block' });
      await page.goto(`${server.url}?basin=2817#vue-ensemble`);
      await settled(page);
      deployNewRelease(server.dir);
      // The release check (a few seconds after start-up) sees the new release.json.
      await page.getByRole('status').filter({ hasText: 'Une nouvelle version du tableau de bord est disponible' }).waitFor({ timeout: 15_000 });
      const navigations = [];
      page.on('framenavigated', (frame) => frame === page.mainFrame() && navigations.push(frame.url()));
      // The skills section's chunk of the old release is gone: the loader reloads once, onto the new release.
      await page.getByRole('navigation', { name: 'Sections du tableau de bord' }).getByRole('link', { name: 'Compétences' }).click();
      await page.getByRole('heading', { level: 2, name: /Compétences/ }).waitFor({ timeout: 20_000 });
      await settled(page);
      assert.ok(navigations.length >= 1, 'the page reloaded');
      assert.ok(
        server.requests.some((path) => path.startsWith('/assets/r2-')),
        'the new release was loaded',
      );
      assert.match(page.url(), /basin=2817/, 'the filters survived the reload');
      assert.equal(await page.getByRole('combobox', { name: 'Bassin d’emploi', exact: true }).inputValue(), '2817');
      assert.ok((await page.locator('main [data-chart-id]').count()) > 0, 'the section is drawn');
      assert.deepEqual(await alerts(page), []);
      await assertNotBlank(page, 'after the reload');
      assert.deepEqual(
        problems.filter((problem) => !/Failed to load resource|dynamically imported module/.test(problem)),
        [],
      );
      await context.close();
    } finally {
      await server.close();
    }
  });

  it('chunks gone and no new release to reload onto: one reload, then an error card naming the module with « Recharger »; the rest works', async () => {
    const server = await serveStatic(copyDist());
    try {
      for (const name of readdirSync(join(server.dir, 'assets'))) if (/^skills-.*\.js$/.test(name)) rmSync(join(server.dir, 'assets', name));
      const { page, context } = await openPage(browser, { serviceWorkers: 'block' });
      let loads = 0;
      page.on('load', () => (loads += 1));
      await page.goto(server.url);
      await settled(page);
      await page.getByRole('navigation', { name: 'Sections du tableau de bord' }).getByRole('link', { name: 'Compétences' }).click();
      const card = page.getByRole('alert').filter({ hasText: 'features/skills' });
      await card.waitFor({ timeout: 20_000 });
      assert.equal(loads, 2, 'exactly one automatic reload (the guard stops a loop)');
      assert.match(await card.innerText(), /n’a pas pu être chargée/);
      assert.match(await card.innerText(), /même après un rechargement automatique/);
      assert.ok(await card.getByRole('button', { name: 'Recharger' }).isVisible());
      assert.ok(await page.locator('.app-header').isVisible(), 'the header stays');
      await screenshot(page, 'faults-chunk-card-1280');
      await page.getByRole('navigation', { name: 'Sections du tableau de bord' }).getByRole('link', { name: 'Emploi' }).click();
      await page.getByRole('heading', { level: 2, name: /Emploi/ }).waitFor({ timeout: 20_000 });
      await settled(page);
      assert.ok((await page.locator('main [data-chart-id]').count()) > 0, 'another section still works');
      await page.waitForTimeout(500);
      assert.equal(loads, 2, 'no further reload');
      await context.close();
    } finally {
      await server.close();
    }
  });

  it('the app’s own start-up chunk gone (a stale cached page): one reload, then a message with « Recharger », never blank', async () => {
    const server = await serveStatic(copyDist());
    try {
      for (const name of readdirSync(join(server.dir, 'assets'))) if (/^start-.*\.js$/.test(name)) rmSync(join(server.dir, 'assets', name));
      const { page, context } = await openPage(browser, { serviceWorkers: 'block' });
      let loads = 0;
      page.on('load', () => (loads += 1));
      // An embed: its page starts empty (nothing prerendered to fall back on).
      await page.goto(`${server.url}?embed=ai-adoption-by-sector`);
      const card = page.getByRole('alert').filter({ hasText: 'Le tableau de bord n’a pas pu démarrer' });
      await card.waitFor({ timeout: 20_000 });
      assert.equal(loads, 2, 'exactly one automatic reload');
      assert.ok(await card.getByRole('button', { name: 'Recharger' }).isVisible());
      await assertNotBlank(page, 'start-up failed');
      await context.close();
    } finally {
      await server.close();
    }
  });

  it('a data file answering 500, then 200: the card shows the status and « Réessayer » brings the chart back', async () => {
    const server = await serveStatic(copyDist());
    try {
      const { page, context } = await openPage(browser, { serviceWorkers: 'block' });
      server.failNext('/data/study/ai-uses.json', 500, 1);
      await openSection(page, server.url, 'ia');
      // Where the chart is: a view below the first screen hydrates (and loads its file) as it is approached.
      await page.locator('[data-chart-id="ai-uses"]').scrollIntoViewIfNeeded();
      // The chart's card (the section's « Méthode » panel, which reads the same file, may say so too).
      const card = page.getByRole('alert').filter({ hasText: 'data/study/ai-uses.json' }).first();
      await card.waitFor({ timeout: 15_000 });
      assert.match(await card.innerText(), /500/);
      const charts = await page.locator('main [data-chart-id]').count();
      assert.ok(charts > 0, 'the other charts of the section are drawn');
      await card.getByRole('button', { name: 'Réessayer' }).click();
      await page.locator('[data-chart-id="ai-uses"]').waitFor({ timeout: 15_000 });
      assert.equal(await page.getByRole('alert').count(), 0);
      assert.equal(await page.locator('main [data-chart-id]').count(), charts + 1);
      await context.close();
    } finally {
      await server.close();
    }
  });

  it('offline after one visit: the dashboard, a live embed, a pinned embed and the presentation', async () => {
    const server = await serveStatic(copyDist());
    try {
      const { release } = JSON.parse(readFileSync(join(server.dir, 'data/index.json'), 'utf8'));
      const { page, context } = await openPage(browser);
      const views = [
        // First: a pinned embed on a first visit, before any service worker controls the page.
        { name: 'pinned embed', url: `?embed=ai-adoption-by-sector&release=${release}`, chart: '[data-chart-id="ai-adoption-by-sector"]' },
        { name: 'live embed', url: '?embed=ai-adoption-by-sector', chart: '[data-chart-id="ai-adoption-by-sector"]' },
        { name: 'presentation', url: '?present=1', chart: '.present [data-chart-id]' },
        { name: 'dashboard', url: '#ia', chart: 'main [data-chart-id="ai-adoption-by-sector"]' },
      ];
      for (const view of views) {
        await page.goto(`${server.url}${view.url}`);
        await page.locator(view.chart).first().waitFor({ timeout: 20_000 });
        await settled(page);
        await page.evaluate(() => navigator.serviceWorker.ready);
      }
      // The worker filled its data cache with every file of the catalogue (public/sw-data.js), seen or not.
      const { datasets } = JSON.parse(readFileSync(join(server.dir, 'data/index.json'), 'utf8'));
      const wanted = ['index.json', ...datasets.map((dataset) => dataset.file), 'geo/bassins-bmo-2024.geojson', 'geo/departements.geojson'];
      let cached = [];
      for (let attempt = 0; attempt < 50 && wanted.some((file) => !cached.includes(file)); attempt += 1) {
        await page.waitForTimeout(200);
        cached = await page.evaluate(async () => {
          const keys = await (await caches.open('observatoire-data')).keys();
          return keys.map((request) => new URL(request.url).pathname.replace(/^.*\/data\//, ''));
        });
      }
      assert.deepEqual(
        wanted.filter((file) => !cached.includes(file)),
        [],
        'every data file is cached for offline use after one visit',
      );
      const pinnedRequests = server.requests.filter((path) => path.includes(`/data/releases/${release}/`));
      assert.ok(pinnedRequests.length > 0, 'the pinned embed read its pinned release');
      await context.setOffline(true);
      for (const view of views) {
        await page.goto(`${server.url}${view.url}`);
        await page.locator(view.chart).first().waitFor({ timeout: 20_000 });
        await settled(page);
        assert.deepEqual(await alerts(page), [], `${view.name} offline: no error card`);
        assert.ok((await page.locator(`${view.chart} h3`).first().innerText()).length > 5, `${view.name} offline: the chart has its title`);
        await assertNotBlank(page, `${view.name} offline`);
      }
      await context.close();
    } finally {
      await server.close();
    }
  });

  it('slow 3G: placeholders keep their size (no layout shift) and nothing errs', async () => {
    const server = await serveStatic(copyDist());
    try {
      for (const address of ['', '#ia']) {
        const { page, context, problems } = await openPage(browser, { serviceWorkers: 'block' });
        await page.addInitScript(() => {
          window.__cls = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
        });
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        // Chromium DevTools' "Slow 3G" preset: 400 ms × 5 of latency, 500 kbit/s × 0.8 each way.
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: 2000,
          downloadThroughput: (500 * 1024 * 0.8) / 8,
          uploadThroughput: (500 * 1024 * 0.8) / 8,
        });
        const started = Date.now();
        await page.goto(`${server.url}${address}`, { timeout: 90_000 });
        await page.locator('main h2').first().waitFor({ timeout: 90_000 });
        // The default view has key figures and no chart; a section is done when its first chart is drawn.
        // A chart is drawn when its build-time drawing has loaded (the page as sent) or ECharts has drawn it.
        if (address) {
          await page.waitForFunction(
            () =>
              [...document.querySelectorAll('main [data-chart-id] .chart-static img')].some((img) => img.complete && img.naturalWidth > 0) ||
              document.querySelector('main [data-chart-id] .echart svg path, main [data-chart-id] canvas') !== null,
            null,
            { timeout: 90_000 },
          );
        } else await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, { timeout: 90_000 });
        await settled(page, 90_000);
        const cls = await page.evaluate(() => window.__cls);
        console.log(`slow 3G ${address || '(default view)'}: ready (hydrated, or first chart drawn) after ${Date.now() - started} ms, CLS ${cls.toFixed(4)}`);
        assert.ok(cls < 0.02, `layout shift ${cls} on ${address || 'the default view'}`);
        assert.deepEqual(await alerts(page), []);
        assert.deepEqual(problems, []);
        await context.close();
      }
    } finally {
      await server.close();
    }
  });

  it('URL values of the right shape that name nothing are dropped from the address; known ones stay', async () => {
    const server = await serveStatic(copyDist());
    try {
      const { page, context, problems } = await openPage(browser, { serviceWorkers: 'block' });
      const cases = [
        { query: '?sector=zzz&basin=2899&occupation=Z9X99&dep=99&year=2030&measure=tout&lang=de&foo=1', section: 'ia', left: [] },
        { query: '?sector=industrie&basin=2899&occupation=famille-Q', section: 'ia', left: ['sector=industrie'] },
        { query: '?occupation=M2X91&sector=ensemble&basin=2817', section: 'recrutements', left: ['occupation=M2X91', 'basin=2817', 'dep=14'] },
        // An old embed address moves to the chart's page; the garbage does not come along.
        { query: '?embed=ai-adoption-by-sector&sector=zzz&basin=2899', section: null, left: [], path: '/embed/ai-adoption-by-sector/' },
      ];
      for (const { query, section, left, path } of cases) {
        await page.goto(`${server.url}${query}${section ? `#${section}` : ''}`);
        await page.locator('[data-chart-id]').first().waitFor({ timeout: 20_000 });
        await settled(page);
        const params = [...new URL(page.url()).searchParams].map(([name, value]) => `${name}=${value}`);
        assert.deepEqual(params.sort(), [...left].sort(), `${query}: what stays in the address`);
        if (path) assert.equal(new URL(page.url()).pathname, path, `${query}: the page it moved to`);
        assert.deepEqual(await alerts(page), [], `${query}: no error`);
        await assertNotBlank(page, query);
      }
      assert.deepEqual(problems, []);
      await context.close();
    } finally {
      await server.close();
    }
  });
});

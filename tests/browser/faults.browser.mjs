/**
 * Faults, on purpose: the production build is copied to a temporary folder,
 * served by a plain static server of our own (./staticServer.mjs) and broken
 * the way real hosts and networks break it. Each test asserts what the user
 * sees: an error card that names the file, field or module, the rest of the
 * page working, never a blank page. The README's "Faults: what the user
 * sees" matrix points here.
 *
 * Old-style addresses (`#ia`, `?embed=…`, `?present=1`) are used on purpose:
 * they must keep working, whatever routes the app adds.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, openPage, screenshot } from './harness.mjs';
import { copyDist, serveStatic } from './staticServer.mjs';

const SECTIONS = ['vue-ensemble', 'emploi', 'ia', 'recrutements', 'competences', 'formations', 'metiers'];
const DEFAULT_SECTION = SECTIONS[0];

/** The page shows something: the header (dashboard) or a chart, a slide or an error card; never an empty #root. */
async function assertNotBlank(page, what) {
  const text = (await page.locator('#root').innerText().catch(() => '')).trim();
  assert.ok(text.length > 40, `${what}: the page is blank (#root text: ${JSON.stringify(text.slice(0, 80))})`);
}

async function settled(page, timeout = 20_000) {
  await page.locator('#root > *').first().waitFor({ timeout });
  await page.waitForFunction(() => !document.querySelector('.view-loading, .chart-skeleton'), null, { timeout }).catch(() => {});
}

/** Alert texts on the page (error cards). */
const alerts = (page) => page.locator('[role="alert"]').allInnerTexts();

/** Goes to a section by its old-style address, and waits for its heading. */
async function openSection(page, base, id) {
  await page.goto(`${base}#${id}`);
  await page.locator('main h2').first().waitFor({ timeout: 20_000 });
  await settled(page);
}

/** Makes one data file fail in one way, on disk; returns what the card must name, and how to put the file back. */
function breakFile(dir, file, kind) {
  const path = join(dir, 'data', file);
  const original = readFileSync(path);
  const restore = () => writeFileSync(path, original);
  if (kind === 'missing') {
    rmSync(path);
    return { restore, expect: [`data/${file}`, '404'] };
  }
  if (kind === 'json') {
    writeFileSync(path, original.subarray(0, Math.floor(original.length / 2)));
    return { restore, expect: [`data/${file}`, 'JSON'] };
  }
  // A schema failure: the first row's first number becomes text (or its first text a number).
  const json = JSON.parse(original.toString('utf8'));
  const row = json.rows[0];
  const entries = Object.entries(row);
  const [key, value] = entries.find(([, v]) => typeof v === 'number') ?? entries.find(([, v]) => typeof v === 'string');
  row[key] = typeof value === 'number' ? 'beaucoup' : 12345;
  writeFileSync(path, JSON.stringify(json));
  return { restore, expect: [`data/${file}`, `rows.0.${key}`] };
}

/**
 * Rounds of faults: items whose files are read by different sections can be
 * broken together (each view shows its own card), which keeps the suite to
 * about one page load per fault a section can hold.
 */
function planRounds(items, sectionsOf) {
  const rounds = [];
  for (const item of items) {
    const sections = sectionsOf.get(item.file);
    let round = rounds.find((candidate) => candidate.every((other) => ![...sectionsOf.get(other.file)].some((s) => sections.has(s))));
    if (!round) rounds.push((round = []));
    round.push(item);
  }
  return rounds;
}

/** A new release deployed under open tabs: every asset gets a new name, the old names are gone. */
function deployNewRelease(dir) {
  const assets = join(dir, 'assets');
  const names = readdirSync(assets);
  const pattern = new RegExp(`(?<![\\w-])(${names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'g');
  for (const name of names) renameSync(join(assets, name), join(assets, `r2-${name}`));
  const rewrite = (path) => writeFileSync(path, readFileSync(path, 'utf8').replace(pattern, 'r2-$1'));
  for (const name of readdirSync(assets)) if (/\.(js|mjs|css)$/.test(name)) rewrite(join(assets, name));
  for (const name of ['index.html', 'sw.js', 'release.json']) rewrite(join(dir, name));
}

describe('faults: what the user sees', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => browser?.close());

  it('every dataset the app reads: a missing file, invalid JSON and a schema failure each show a card naming the file (and field); other views work', async (t) => {
    const server = await serveStatic(copyDist());
    try {
      const catalogue = JSON.parse(readFileSync(join(server.dir, 'data/index.json'), 'utf8'));
      // Which section reads which file. Data inlined in the prerendered page seeds every dashboard page and is read
      // again after start-up, so those files count as read everywhere; the others, by a fresh load of each section.
      const sectionsOf = new Map(catalogue.datasets.map((dataset) => [dataset.file, new Set()]));
      const html = readFileSync(join(server.dir, 'index.html'), 'utf8');
      const state = /<script type="application\/json" id="__QUERY_STATE__">(.*?)<\/script>/s.exec(html)?.[1];
      const inlined = new Set(
        (state ? JSON.parse(state).queries : [])
          .map((query) => catalogue.datasets.find((dataset) => query.queryKey[0] === 'dataset' && dataset.id === query.queryKey[1])?.file)
          .filter(Boolean),
      );
      // Where a file's card is looked for: the inlined files' in the prerendered view; where a file may clash with
      // another broken one in a view reading both (planRounds): everywhere, for inlined files.
      const clashesOf = new Map();
      for (const file of inlined) sectionsOf.get(file).add(DEFAULT_SECTION);
      {
        const { page, context } = await openPage(browser, { serviceWorkers: 'block' });
        let current = DEFAULT_SECTION;
        page.on('request', (request) => {
          const file = /\/data\/(.+\.json)$/.exec(new URL(request.url()).pathname)?.[1];
          if (!inlined.has(file)) sectionsOf.get(file)?.add(current);
        });
        for (const id of SECTIONS) {
          current = id;
          // A new document each time (a query parameter that changes nothing), so nothing is read from the last one's cache.
          await page.goto(`${server.url}?lang=fr#${id}`);
          await page.locator('main h2').first().waitFor({ timeout: 20_000 });
          await settled(page);
          await page.waitForLoadState('networkidle');
        }
        await context.close();
      }
      t.diagnostic(`inlined in the prerendered page: ${[...inlined].join(', ')}`);
      const read = catalogue.datasets.filter((dataset) => sectionsOf.get(dataset.file).size > 0);
      const unread = catalogue.datasets.filter((dataset) => sectionsOf.get(dataset.file).size === 0).map((dataset) => dataset.id);
      t.diagnostic(`${read.length} datasets read by a view; not read by any view (a fault there cannot show): ${unread.join(', ') || 'none'}`);
      assert.ok(read.length >= 15, `only ${read.length} datasets read`);

      const items = read.flatMap((dataset) => ['missing', 'json', 'schema'].map((kind) => ({ file: dataset.file, kind })));
      for (const [file, sections] of sectionsOf) clashesOf.set(file, inlined.has(file) ? new Set(SECTIONS) : sections);
      const rounds = planRounds(items, clashesOf);
      t.diagnostic(`${items.length} faults in ${rounds.length} page loads`);
      for (const [index, round] of rounds.entries()) {
        const broken = round.map((item) => ({ ...item, ...breakFile(server.dir, item.file, item.kind) }));
        const roundStart = Date.now();
        const { page, context } = await openPage(browser, { serviceWorkers: 'block' });
        try {
          const seen = [];
          const sections = SECTIONS.filter((id) => round.some((item) => sectionsOf.get(item.file).has(id)));
          for (const id of sections) {
            if (id === DEFAULT_SECTION) {
              await page.goto(server.url); // prerendered, with the build's data inlined
              await settled(page);
            } else {
              await openSection(page, server.url, id);
            }
            const expected = broken.filter((item) => sectionsOf.get(item.file).has(id));
            for (const item of expected) {
              await page
                .locator('[role="alert"]')
                .filter({ hasText: `data/${item.file}` })
                .first()
                .waitFor({ timeout: 15_000 })
                .catch(() => {});
            }
            const texts = await alerts(page);
            seen.push(...texts);
            for (const text of texts) {
              assert.ok(
                broken.some((item) => text.includes(`data/${item.file}`)),
                `#${id}: an error card names no broken file (other views must keep working): ${text.slice(0, 160)}`,
              );
            }
            assert.ok(await page.locator('.app-header').isVisible(), `#${id}: the header is gone`);
            // Every view is either drawn or an error card naming a broken file (asserted above): none stuck loading, none empty.
            assert.equal(await page.locator('main .view-loading').count(), 0, `#${id}: a view is still loading`);
            assert.ok((await page.locator('main [data-chart-id], main [data-key-figure], main [role="alert"]').count()) > 0, `#${id}: the section is empty`);
          }
          for (const item of broken) {
            const card = seen.find((text) => text.includes(item.expect[0]));
            assert.ok(card, `${item.kind} ${item.file}: no error card names it (sections ${[...sectionsOf.get(item.file)].join(', ')})`);
            for (const part of item.expect) assert.ok(card.includes(part), `${item.kind} ${item.file}: the card does not say ${part}: ${card}`);
            assert.match(card, /Réessayer/);
          }
          if (index === 0) await screenshot(page, 'faults-data-card-1280');
          t.diagnostic(`round ${index + 1}: ${round.map((item) => `${item.kind} ${item.file}`).join(', ')} (${Date.now() - roundStart} ms)`);
        } finally {
          await context.close();
          for (const item of broken) item.restore();
        }
      }
    } finally {
      await server.close();
    }
  });

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
      assert.ok(server.requests.some((path) => path.startsWith('/assets/r2-')), 'the new release was loaded');
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

  it('a data file answering 500, then 200: the card shows the status and « Réessayer » brings the chart back', async () => {
    const server = await serveStatic(copyDist());
    try {
      const { page, context } = await openPage(browser, { serviceWorkers: 'block' });
      server.failNext('/data/study/ai-uses.json', 500, 1);
      await openSection(page, server.url, 'ia');
      const card = page.getByRole('alert').filter({ hasText: 'data/study/ai-uses.json' });
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
        if (address) await page.waitForFunction(() => document.querySelectorAll('main [data-chart-id] canvas, main [data-chart-id] svg').length > 0, null, { timeout: 90_000 });
        else await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, { timeout: 90_000 });
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
        { query: '?embed=ai-adoption-by-sector&sector=zzz&basin=2899', section: null, left: ['embed=ai-adoption-by-sector'] },
      ];
      for (const { query, section, left } of cases) {
        await page.goto(`${server.url}${query}${section ? `#${section}` : ''}`);
        await page.locator('[data-chart-id]').first().waitFor({ timeout: 20_000 });
        await settled(page);
        const params = [...new URL(page.url()).searchParams].map(([name, value]) => `${name}=${value}`);
        assert.deepEqual(params.sort(), [...left].sort(), `${query}: what stays in the address`);
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

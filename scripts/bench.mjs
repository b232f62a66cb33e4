/**
 * `npm run bench`: builds, serves `dist/` on 127.0.0.1 and measures the
 * production build in headless Debian Chromium, then compares the medians
 * with `bench/budgets.json`.
 *
 *   node scripts/bench.mjs [--runs 5] [--no-build] [--no-lighthouse] [--no-data] [--strict] [--only emploi,slide]
 *
 * Writes `bench-results/latest.json` (every sample) and `bench/RESULTS.md`
 * (the table for the README). Exits 0 even over budget unless `--strict`:
 * numbers are reported, never asserted in unit tests.
 *
 * What each figure means:
 * - JS / CSS before first paint: gzip size (zlib default level, as a static
 *   host serves them) of every .js/.css whose request started before
 *   first-contentful-paint; "total" is every .js/.css the default view loads
 *   once settled. Cold cache each run.
 * - Landing pages (every section, the embed of a bar chart and of the map, a
 *   slide), each opened cold, CPU throttled 4× (CDP
 *   Emulation.setCPUThrottlingRate):
 *   - chart painted: from navigation start, the render time (Element Timing)
 *     of the first build-time chart drawing, or the first frame after an
 *     ECharts SVG drew a path, whichever comes first;
 *   - map painted: the same for the map's drawing (or MapLibre's first frame);
 *   - first contentful paint, and the chart painted on the same page served
 *     without its module scripts: what HTML, CSS and the drawings alone cost,
 *     the floor under the chart budget that no work on the app's code moves;
 *   - blocking before the chart: the sum of every long task's time past 50 ms
 *     that started before the chart was painted;
 *   - bytes until the chart: gzip size of every response (page, scripts,
 *     styles, drawings, data) that finished before the chart was painted.
 * - Filter change: from the `change` event on the "Bassin d’emploi" select
 *   to the next paint after the last DOM mutation it caused inside the
 *   viewport ("visible views updated"), or anywhere in the page ("all
 *   views", off-screen ones included). "Next paint" is a task posted from
 *   the frame's requestAnimationFrame: it runs once that frame has been
 *   committed, WebGL map included, so it counts rendering, not just script.
 *   The pointer first moves onto the select, as a user's does before a
 *   change (that loads ECharts, see src/charts/engine.ts). Measured with reduced motion, so chart transitions (which the user does
 *   not wait for) do not count; "commit" is the synchronous part (React's
 *   render and commit inside the event). Done on the default view and on
 *   #recrutements at 1280×900; the budget applies to the slower.
 * - JS heap: CDP Runtime.getHeapUsage after a forced GC, default view settled.
 * - Lighthouse: its default mobile profile on every landing page.
 * - Data pipeline (scripts/bench-data.mjs): `npm run data:bmo` on the
 *   whole-of-France BMO file, wall clock and peak memory, and the size of the
 *   national aggregates the browser receives.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, chromiumPath, launchBrowser, ROOT, startPreview } from '../tests/browser/harness.mjs';
import { DATA_ROWS, measureDataPipeline } from './bench-data.mjs';

const DIST = join(ROOT, 'dist');
const BUDGETS_FILE = join(ROOT, 'bench/budgets.json');
const RESULTS_MD = join(ROOT, 'bench/RESULTS.md');
const RESULTS_JSON = join(ROOT, 'bench-results/latest.json');

const CPU_SLOWDOWN = 4;
const QUIET_MS = 800;
const SETTLE_TIMEOUT_MS = 30_000;
const BASIN_SELECT_LABEL = 'Bassin d’emploi';
const BASIN_FOR_CHANGE = '2817';
const MAP_SELECTOR = '[data-chart-id="recruitment-map"]';

/**
 * Where users land: every section, one chart alone (a bar chart and the map) and a slide. `bar`: a section
 * whose first chart is a bar chart (the bytes budget applies); `map`: the page shows the map.
 */
const ALL_LANDINGS = [
  { key: 'overview', label: 'Vue d’ensemble', path: '', charts: false },
  { key: 'emploi', label: 'emploi/', path: 'emploi/', bar: true },
  { key: 'ia', label: 'ia/', path: 'ia/', bar: true },
  { key: 'recrutements', label: 'recrutements/', path: 'recrutements/', map: true },
  { key: 'competences', label: 'competences/', path: 'competences/', charts: false },
  { key: 'formations', label: 'formations/', path: 'formations/', bar: true },
  { key: 'metiers', label: 'metiers/', path: 'metiers/' },
  { key: 'embedBar', label: 'embed/ai-adoption-by-sector/', path: 'embed/ai-adoption-by-sector/', bar: true },
  { key: 'embedMap', label: 'embed/recruitment-map/', path: 'embed/recruitment-map/', map: true },
  { key: 'slide', label: 'present/employment-growth/', path: 'present/employment-growth/', bar: true },
];

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] ? Number(args[index + 1]) : fallback;
};
const RUNS = option('--runs', 5);
/** `--only ia,slide`: just those landing pages (their keys above), to look into one while working on it. */
const onlyIndex = args.indexOf('--only');
const ONLY = onlyIndex >= 0 ? new Set((args[onlyIndex + 1] ?? '').split(',')) : null;
const LANDINGS = ONLY ? ALL_LANDINGS.filter((landing) => ONLY.has(landing.key)) : ALL_LANDINGS;

/** Injected before any page script: timestamps the first chart, the map and every DOM mutation. */
function observePage(mapSelector) {
  const bench = { firstChart: null, mapReady: null, lastMutation: 0, batches: null, drawings: {}, longTasks: [] };
  window.__bench = bench;
  // Build-time drawings are images: Element Timing says when each was painted.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.drawings[entry.identifier] ??= entry.renderTime || entry.loadTime;
  }).observe({ type: 'element', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const paintedChart = '[data-chart-id] svg path, [data-chart-id] canvas';
  const afterNextPaint = (callback) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback(performance.now());
      channel.port2.postMessage(null);
    });
  const onMutations = (records) => {
    bench.lastMutation = performance.now();
    // While a filter change is measured, keep each batch's targets; which were on screen is decided afterwards,
    // so the measurement itself forces no layout.
    if (bench.batches) {
      const batch = { at: bench.lastMutation, paintedAt: null, targets: records.map((record) => record.target) };
      bench.batches.push(batch);
      afterNextPaint((now) => {
        batch.paintedAt = now;
      });
    }
    if (bench.firstChart === null && document.querySelector(paintedChart)) {
      bench.firstChart = -1;
      requestAnimationFrame(() => {
        bench.firstChart = performance.now();
      });
    }
    if (bench.mapReady === null && document.querySelector(`${mapSelector}[data-map-ready="true"]`)) bench.mapReady = performance.now();
  };
  new MutationObserver(onMutations).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

/** Network idle, then no DOM mutation and no loading placeholder for QUIET_MS. */
async function settle(page) {
  await page.waitForLoadState('networkidle', { timeout: SETTLE_TIMEOUT_MS }).catch(() => {});
  await page
    .waitForFunction(
      (quiet) => performance.now() - window.__bench.lastMutation > quiet && !document.querySelector('.view-loading, .chart-skeleton'),
      QUIET_MS,
      { timeout: SETTLE_TIMEOUT_MS, polling: 100 },
    )
    .catch(() => {});
}

function gzipBytesOf(url) {
  const pathname = decodeURIComponent(new URL(url).pathname);
  // A page's address is its folder: the host serves the folder's index.html.
  const file = join(DIST, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
  if (!file.startsWith(DIST) || !existsSync(file) || !statSync(file).isFile()) return 0;
  return gzipSync(readFileSync(file)).length;
}

async function resourceBytes(page) {
  const { fcp, resources } = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    resources: performance.getEntriesByType('resource').map((entry) => ({ name: entry.name, startTime: entry.startTime })),
  }));
  const sum = (kind, beforePaint) =>
    resources
      .filter((entry) => new URL(entry.name).pathname.endsWith(`.${kind}`))
      .filter((entry) => !beforePaint || (fcp !== null && entry.startTime < fcp))
      .reduce((total, entry) => total + gzipBytesOf(entry.name), 0);
  return {
    fcpMs: fcp,
    jsBeforePaint: sum('js', true),
    cssBeforePaint: sum('css', true),
    jsTotal: sum('js', false),
    cssTotal: sum('css', false),
    jsFilesBeforePaint: resources
      .filter((entry) => entry.name.endsWith('.js') && fcp !== null && entry.startTime < fcp)
      .map((entry) => new URL(entry.name).pathname.split('/').pop()),
  };
}

async function newPage(browser, { cpu = 1, reducedMotion = 'no-preference' } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR', reducedMotion });
  await context.addInitScript(observePage, MAP_SELECTOR);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, cdp, errors };
}

/** Selects a basin and returns { commitMs, visibleMs, allMs } (null when the select is missing). */
async function measureFilterChange(page) {
  // As a user's pointer does, it moves to the select first (which loads ECharts: src/charts/engine.ts).
  await page
    .getByRole('combobox', { name: BASIN_SELECT_LABEL, exact: true })
    .hover()
    .catch(() => {});
  await settle(page);
  const started = await page.evaluate(
    ({ label, basin }) => {
      const field = [...document.querySelectorAll('label')].find((element) => element.textContent?.trim().startsWith(label));
      const select = field?.querySelector('select');
      if (!select || ![...select.options].some((item) => item.value === basin)) return null;
      window.__bench.batches = [];
      const start = performance.now();
      select.value = basin;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      window.__bench.filterStart = start;
      window.__bench.filterCommit = performance.now() - start;
      return start;
    },
    { label: BASIN_SELECT_LABEL, basin: BASIN_FOR_CHANGE },
  );
  if (started === null) return null;
  await settle(page);
  return page.evaluate(() => {
    const { batches, filterStart, filterCommit } = window.__bench;
    window.__bench.batches = null;
    const onScreen = (node) => {
      const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
      if (!element?.isConnected) return false;
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
    };
    const paintOf = (list) => (list.length ? Math.max(...list.map((batch) => batch.paintedAt ?? batch.at)) - filterStart : null);
    return {
      commitMs: filterCommit,
      visibleMs: paintOf(batches.filter((batch) => batch.targets.some(onScreen))),
      allMs: paintOf(batches),
    };
  });
}

/** The page's HTML without its module scripts (and their preloads): what the HTML and CSS alone cost a browser. */
function withoutModuleScripts(html) {
  return html.replace(/<script type="module"[^>]*><\/script>/g, '').replace(/<link rel="modulepreload"[^>]*>/g, '');
}

/**
 * One landing page, cold, CPU 4×: when its first content, chart and map were painted, what blocked and what was
 * downloaded before. `withoutScripts`: the same page served without its app scripts, the floor that no work on
 * the app's JavaScript can go under (the build's drawing painted by HTML and CSS alone).
 */
async function measureLanding(browser, base, landing, { withoutScripts = false } = {}) {
  const { context, page, errors } = await newPage(browser, { cpu: CPU_SLOWDOWN });
  const url = `${base}${landing.path}`;
  if (withoutScripts) {
    await page.route(url, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: withoutModuleScripts(await response.text()) });
    });
  }
  await page.goto(url, { waitUntil: 'load' });
  await settle(page);
  const result = await page.evaluate(() => {
    const bench = window.__bench;
    const ecChart = bench.firstChart > 0 ? bench.firstChart : null;
    const chartDrawing = bench.drawings['chart-drawing'] ?? null;
    const mapDrawing = bench.drawings['map-drawing'] ?? null;
    const candidates = [ecChart, chartDrawing, mapDrawing].filter((value) => value !== null);
    const chart = candidates.length ? Math.min(...candidates) : null;
    const map = mapDrawing ?? bench.mapReady ?? null;
    const blockedBefore = (until) =>
      until === null ? null : bench.longTasks.filter((task) => task.start < until).reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
    const navigation = performance.getEntriesByType('navigation')[0];
    const responses = [
      { name: navigation.name, end: navigation.responseEnd },
      ...performance.getEntriesByType('resource').map((entry) => ({ name: entry.name, end: entry.responseEnd })),
    ];
    return {
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      chart,
      map,
      blocking: blockedBefore(chart),
      mapBlocking: blockedBefore(map),
      before: chart === null ? [] : responses.filter((entry) => entry.end <= chart).map((entry) => entry.name),
    };
  });
  await context.close();
  return {
    fcpMs: result.fcp,
    chartMs: result.chart,
    mapMs: landing.map ? result.map : null,
    blockingMs: result.blocking,
    bytesBeforeChart: result.chart === null ? null : result.before.reduce((sum, url) => sum + gzipBytesOf(url), 0),
    errors,
  };
}

async function oneRun(browser, base) {
  const sample = { landings: {} };

  // The front door, cold cache, CPU 4×: bytes before first paint, heap.
  {
    const { context, page, cdp, errors } = await newPage(browser, { cpu: CPU_SLOWDOWN });
    await page.goto(base, { waitUntil: 'load' });
    await settle(page);
    Object.assign(sample, await resourceBytes(page));
    await cdp.send('HeapProfiler.collectGarbage');
    sample.heapBytes = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    sample.pageErrors = errors;
    await context.close();
  }

  for (const landing of LANDINGS) {
    const measured = await measureLanding(browser, base, landing);
    if (landing.charts !== false) measured.chartWithoutScriptsMs = (await measureLanding(browser, base, landing, { withoutScripts: true })).chartMs;
    sample.landings[landing.key] = measured;
    sample.pageErrors.push(...measured.errors.map((error) => `${landing.path}: ${error}`));
  }

  // Filter change, CPU 1× and reduced motion, on the default view and on #recrutements.
  for (const [key, hash] of [
    ['overview', ''],
    ['recruitment', 'recrutements/'],
  ]) {
    const { context, page } = await newPage(browser, { reducedMotion: 'reduce' });
    await page.goto(`${base}${hash}`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, { timeout: SETTLE_TIMEOUT_MS });
    if (hash) {
      // "Once interactive": the user has reached for the map, so MapLibre has taken over from the drawing.
      await page.hover(`${MAP_SELECTOR} .rmap-stage`).catch(() => {});
      await page.waitForSelector(`${MAP_SELECTOR}[data-map-ready="true"]`, { timeout: SETTLE_TIMEOUT_MS }).catch(() => {});
    }
    await settle(page);
    const change = await measureFilterChange(page);
    sample[`filterCommit_${key}`] = change?.commitMs ?? null;
    sample[`filterUpdated_${key}`] = change?.visibleMs ?? null;
    sample[`filterUpdatedAll_${key}`] = change?.allMs ?? null;
    await context.close();
  }
  const updates = [sample.filterUpdated_overview, sample.filterUpdated_recruitment].filter((value) => value !== null);
  sample.filterChangeMs = updates.length ? Math.max(...updates) : null;
  return sample;
}

async function lighthouseRun(url) {
  const [{ default: lighthouse }, chromeLauncher] = await Promise.all([import('lighthouse'), import('chrome-launcher')]);
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`${runtimeError.code}: ${runtimeError.message}`);
    const score = (id) => (categories[id]?.score == null ? null : Math.round(categories[id].score * 100));
    const failing = (id) =>
      (categories[id]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && audits[ref.id]?.score < 1).map((ref) => ref.id);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      lcpMs: audits['largest-contentful-paint']?.numericValue ?? null,
      tbtMs: audits['total-blocking-time']?.numericValue ?? null,
      cls: audits['cumulative-layout-shift']?.numericValue ?? null,
      fcpMs: audits['first-contentful-paint']?.numericValue ?? null,
      failingAudits: { accessibility: failing('accessibility'), bestPractices: failing('best-practices') },
    };
  } finally {
    await chrome.kill();
  }
}

// ---------------------------------------------------------------------------
// Statistics and report
// ---------------------------------------------------------------------------

function stats(values) {
  const numbers = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  if (numbers.length === 0) return null;
  const middle = Math.floor(numbers.length / 2);
  const median = numbers.length % 2 ? numbers[middle] : (numbers[middle - 1] + numbers[middle]) / 2;
  return { median, min: numbers[0], max: numbers.at(-1), n: numbers.length };
}

const KIB = 1024;
const ROWS = [
  { metric: 'bytes.jsBeforePaintKiB', label: 'JS before first paint (gzip)', unit: 'KiB', from: (s) => s.jsBeforePaint / KIB },
  { metric: 'bytes.cssBeforePaintKiB', label: 'CSS before first paint (gzip)', unit: 'KiB', from: (s) => s.cssBeforePaint / KIB },
  { metric: 'bytes.jsTotalKiB', label: 'JS total, default view (gzip)', unit: 'KiB', from: (s) => s.jsTotal / KIB },
  { metric: 'bytes.cssTotalKiB', label: 'CSS total, default view (gzip)', unit: 'KiB', from: (s) => s.cssTotal / KIB },
  { metric: 'timing.fcpMs', label: 'First contentful paint (CPU 4×)', unit: 'ms', from: (s) => s.fcpMs },
  { metric: 'timing.filterCommitOverviewMs', label: 'Basin change → React commit, default view', unit: 'ms', from: (s) => s.filterCommit_overview },
  { metric: 'timing.filterUpdatedOverviewMs', label: 'Basin change → visible views painted, default view', unit: 'ms', from: (s) => s.filterUpdated_overview },
  { metric: 'timing.filterCommitRecruitmentMs', label: 'Basin change → React commit, recrutements/', unit: 'ms', from: (s) => s.filterCommit_recruitment },
  {
    metric: 'timing.filterUpdatedRecruitmentMs',
    label: 'Basin change → visible views painted, recrutements/',
    unit: 'ms',
    from: (s) => s.filterUpdated_recruitment,
  },
  {
    metric: 'timing.filterUpdatedAllRecruitmentMs',
    label: 'Basin change → every DOM change painted, off-screen too, recrutements/',
    unit: 'ms',
    from: (s) => s.filterUpdatedAll_recruitment,
  },
  { metric: 'timing.filterChangeMs', label: 'Filter change → every visible view updated (worst)', unit: 'ms', from: (s) => s.filterChangeMs },
  { metric: 'memory.heapMiB', label: 'JS heap after load (after GC)', unit: 'MiB', from: (s) => s.heapBytes / KIB / KIB },
];
/** Per landing page: `landing.<key>.<measure>` and `lighthouse.<key>.<measure>`; budgets may use `*` for the key. */
const LANDING_ROWS = [
  { measure: 'chartMs', label: 'chart painted (CPU 4×)', unit: 'ms', from: (s) => s.chartMs, when: (landing) => landing.charts !== false },
  { measure: 'mapMs', label: 'map painted (CPU 4×)', unit: 'ms', from: (s) => s.mapMs, when: (landing) => landing.map },
  { measure: 'fcpMs', label: 'first contentful paint (CPU 4×)', unit: 'ms', from: (s) => s.fcpMs, when: () => true },
  {
    measure: 'chartWithoutScriptsMs',
    label: 'chart painted, same page without its scripts: the floor (CPU 4×)',
    unit: 'ms',
    from: (s) => s.chartWithoutScriptsMs,
    when: (landing) => landing.charts !== false,
  },
  {
    measure: 'blockingMs',
    label: 'main-thread blocking before the chart (CPU 4×)',
    unit: 'ms',
    from: (s) => s.blockingMs,
    when: (landing) => landing.charts !== false,
  },
  {
    measure: 'bytesBeforeChartKiB',
    label: 'bytes until the chart is painted (gzip)',
    unit: 'KiB',
    from: (s) => (s.bytesBeforeChart === null ? null : s.bytesBeforeChart / KIB),
    when: (landing) => landing.charts !== false,
  },
];
const LIGHTHOUSE_ROWS = [
  { measure: 'performance', label: 'Lighthouse performance (mobile)', unit: '', from: (s) => s.performance },
  { measure: 'accessibility', label: 'Lighthouse accessibility (mobile)', unit: '', from: (s) => s.accessibility },
  { measure: 'lcpMs', label: 'LCP (Lighthouse mobile)', unit: 'ms', from: (s) => s.lcpMs },
  { measure: 'tbtMs', label: 'TBT (Lighthouse mobile)', unit: 'ms', from: (s) => s.tbtMs },
  { measure: 'cls', label: 'CLS (Lighthouse mobile)', unit: '', from: (s) => s.cls },
];

/** A budget for `metric`: exact, or with `*` standing for one landing page's key (`landing.*.chartMs`). */
function budgetFor(budgets, metric, landing) {
  return (
    budgets.find((entry) => entry.metric === metric) ??
    budgets.find((entry) => {
      if (!entry.metric.includes('*')) return false;
      if (entry.only && !entry.only.some((flagName) => landing?.[flagName])) return false;
      const pattern = new RegExp(`^${entry.metric.replace(/\./g, '\\.').replace('*', '[^.]+')}$`);
      return pattern.test(metric);
    })
  );
}

function format(value, unit) {
  if (value === null || value === undefined) return 'n/a';
  if (unit === 'KiB' || unit === 'MiB') return `${value.toFixed(1)} ${unit}`;
  if (unit === 'ms') return `${Math.round(value)} ms`;
  return Number.isInteger(value) ? String(value) : value.toFixed(3);
}

function verdict(budget, median) {
  if (!budget) return '';
  if (median === null) return 'n/a (not measured)';
  const ok = (budget.max === null || median <= budget.max) && (budget.min === null || median >= budget.min);
  const limit = budget.max !== null ? `≤ ${budget.max}` : `≥ ${budget.min}`;
  return `${ok ? 'pass' : 'FAIL'} (${limit})`;
}

function buildTable(samples, lighthouseSamples, budgets, dataSamples = []) {
  const rows = [];
  const add = (row, list, landing) => {
    const summary = stats(list.map(row.from));
    const budget = budgetFor(budgets, row.metric, landing);
    rows.push({
      metric: row.metric,
      page: landing?.label ?? null,
      label: row.label,
      median: summary?.median ?? null,
      min: summary?.min ?? null,
      max: summary?.max ?? null,
      n: summary?.n ?? 0,
      unit: row.unit,
      budget: budget ?? null,
      verdict: verdict(budget, summary?.median ?? null),
    });
  };
  for (const row of ROWS) add(row, samples);
  for (const row of DATA_ROWS) if (dataSamples.length) add(row, dataSamples, { label: 'data pipeline' });
  for (const landing of LANDINGS) {
    for (const row of LANDING_ROWS.filter((candidate) => candidate.when(landing))) {
      add({ ...row, metric: `landing.${landing.key}.${row.measure}` }, samples.map((sample) => sample.landings[landing.key]).filter(Boolean), landing);
    }
    for (const row of LIGHTHOUSE_ROWS) {
      add({ ...row, metric: `lighthouse.${landing.key}.${row.measure}` }, lighthouseSamples.map((sample) => sample[landing.key]).filter(Boolean), landing);
    }
  }
  return rows;
}

function markdown(rows, meta) {
  const lines = [
    '| Page | Measure | Median | Spread (min – max) | Runs | Budget |',
    '| --- | --- | ---: | ---: | ---: | --- |',
    ...rows.map(
      (row) =>
        `| ${row.page ? `\`${row.page}\`` : 'front door / filters'} | ${row.label} | ${format(row.median, row.unit)} | ${row.n ? `${format(row.min, row.unit)} – ${format(row.max, row.unit)}` : 'n/a'} | ${row.n} | ${row.verdict || '—'} |`,
    ),
  ];
  return [
    '# Performance benchmark',
    '',
    `Measured by \`npm run bench\` (scripts/bench.mjs) on ${meta.date}, commit \`${meta.commit}\`${meta.dirty ? ' (with uncommitted changes)' : ''}: ` +
      `${meta.runs} runs of the production build served on 127.0.0.1, headless ${meta.chromium}, ${meta.cpus} CPU cores, ${meta.memGiB} GiB. ` +
      `Pages drawn at build time: ${meta.prerendered ? 'yes' : 'no'}. Budgets: \`bench/budgets.json\`; medians are compared with them.`,
    '',
    ...lines,
    '',
    `JS requested before first paint: ${meta.jsFilesBeforePaint.join(', ') || 'none'}.`,
    '',
    'Definitions are at the top of `scripts/bench.mjs`. Timings depend on the machine; bytes do not.',
    '',
  ].join('\n');
}

function printTable(rows) {
  const name = (row) => (row.page ? `${row.page} ${row.label}` : row.label);
  const width = Math.max(...rows.map((row) => name(row).length));
  console.log(`\n${'Measure'.padEnd(width)}  ${'Median'.padStart(10)}  ${'Spread'.padStart(22)}  Budget`);
  for (const row of rows) {
    const spread = row.n ? `${format(row.min, row.unit)} – ${format(row.max, row.unit)}` : 'n/a';
    console.log(`${name(row).padEnd(width)}  ${format(row.median, row.unit).padStart(10)}  ${spread.padStart(22)}  ${row.verdict}`);
  }
}

function gitInfo() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim().length > 0;
    return { commit, dirty };
  } catch {
    return { commit: 'unknown', dirty: false };
  }
}

async function main() {
  if (!flag('--no-build')) {
    console.log('Building (npm run build)…');
    const built = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('npm run build failed');
  }
  const indexHtml = readFileSync(join(DIST, 'index.html'), 'utf8');
  const prerendered = !indexHtml.includes('<div id="root"></div>') && existsSync(join(DIST, 'ia/index.html'));
  const { budgets } = JSON.parse(readFileSync(BUDGETS_FILE, 'utf8'));
  const server = await startPreview();
  console.log(`Serving dist/ at ${server.url}; ${RUNS} runs${flag('--no-lighthouse') ? ', no Lighthouse' : ''}.`);
  const samples = [];
  const lighthouseSamples = [];
  let chromium;
  try {
    const browser = await launchBrowser();
    chromium = `Chromium ${browser.version()}`;
    try {
      for (let run = 1; run <= RUNS; run += 1) {
        const sample = await oneRun(browser, server.url);
        samples.push(sample);
        console.log(
          `run ${run}/${RUNS}: JS before paint ${(sample.jsBeforePaint / KIB).toFixed(1)} KiB, FCP ${format(sample.fcpMs, 'ms')}, ` +
            LANDINGS.map((landing) => `${landing.label} ${format(sample.landings[landing.key][landing.map ? 'mapMs' : 'chartMs'], 'ms')}`).join(', ') +
            ', ' +
            `filter ${format(sample.filterChangeMs, 'ms')}` +
            (sample.pageErrors.length ? `, page errors: ${sample.pageErrors.join(' | ')}` : ''),
        );
      }
    } finally {
      await browser.close();
    }
    if (!flag('--no-lighthouse')) {
      for (let run = 1; run <= RUNS; run += 1) {
        const sample = {};
        for (const landing of LANDINGS) {
          try {
            sample[landing.key] = await lighthouseRun(`${server.url}${landing.path}`);
            const result = sample[landing.key];
            console.log(
              `lighthouse ${run}/${RUNS} ${landing.label}: perf ${result.performance}, a11y ${result.accessibility}, ` +
                `LCP ${format(result.lcpMs, 'ms')}, TBT ${format(result.tbtMs, 'ms')}, CLS ${format(result.cls, '')}`,
            );
          } catch (error) {
            console.warn(`lighthouse ${run}/${RUNS} ${landing.label} failed: ${error instanceof Error ? error.message : error}`);
          }
        }
        lighthouseSamples.push(sample);
      }
    }
  } finally {
    await server.close();
  }

  let dataSamples = [];
  if (!flag('--no-data')) {
    try {
      dataSamples = measureDataPipeline({ runs: RUNS });
      console.log(`data:bmo national: ${dataSamples.map((sample) => `${Math.round(sample.wallMs)} ms / ${sample.maxRssMiB.toFixed(0)} MiB`).join(', ')}`);
    } catch (error) {
      console.warn(`data pipeline not measured: ${error instanceof Error ? error.message : error}`);
    }
  }
  const rows = buildTable(samples, lighthouseSamples, budgets, dataSamples);
  printTable(rows);
  const failures = rows.filter((row) => row.verdict.startsWith('FAIL') || row.verdict.startsWith('n/a'));
  for (const landing of LANDINGS) {
    const issues = lighthouseSamples.at(-1)?.[landing.key]?.failingAudits;
    if (issues && (issues.accessibility.length || issues.bestPractices.length)) {
      console.log(
        `Lighthouse audits not passing on ${landing.label} (last run): accessibility [${issues.accessibility.join(', ')}], best practices [${issues.bestPractices.join(', ')}]`,
      );
    }
  }

  const meta = {
    date: new Date().toISOString().slice(0, 10),
    ...gitInfo(),
    runs: RUNS,
    chromium,
    cpus: cpus().length,
    memGiB: Math.round(totalmem() / 1024 ** 3),
    prerendered,
    jsFilesBeforePaint: samples[0]?.jsFilesBeforePaint ?? [],
  };
  mkdirSync(resolve(RESULTS_JSON, '..'), { recursive: true });
  writeFileSync(RESULTS_JSON, `${JSON.stringify({ meta, rows, samples, lighthouse: lighthouseSamples }, null, 2)}\n`);
  // A partial run (`--only`) is a look into some pages: it does not replace the committed table of every page.
  if (ONLY) console.log(`\nWrote ${RESULTS_JSON} (--only: ${RESULTS_MD} left as it was).`);
  else {
    writeFileSync(RESULTS_MD, markdown(rows, meta));
    console.log(`\nWrote ${RESULTS_JSON} and ${RESULTS_MD}.`);
  }

  if (failures.length) {
    console.log(`\nBudgets not met (${failures.length}):`);
    for (const row of failures) console.log(`  ✗ ${row.label}: ${format(row.median, row.unit)} — ${row.verdict}`);
    if (flag('--strict')) process.exitCode = 1;
  } else {
    console.log('\nAll budgets met.');
  }
}

await main();

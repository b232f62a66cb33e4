/**
 * Share and present: embed view, auto-height helper across origins, CSV and
 * PNG exports, presentation keys and URL, offline reload.
 *
 *   npm run build && npm run test:browser -- share
 *
 * SHARE_DIST may point at another build of the app (served like dist/) for
 * the offline test, which needs a server it can shut down.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Papa from 'papaparse';
import { chartDrawn, chartFigure, hydrated, launchBrowser, liveMap, nextSlide, openPage, ROOT, SCREENSHOTS, screenshot } from './harness.mjs';

const BASE = process.env.PREVIEW_URL;
const DIST = process.env.SHARE_DIST ?? resolve(ROOT, 'dist');
const CHART = 'employment-growth';
const SECTION = 'emploi';

/** The words an exported SVG draws around its chart (its top-level `<text>` lines), joined with spaces and unescaped. */
function svgWords(svg) {
  const unescape = (text) =>
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return [...svg.matchAll(/<text x="[^"]*" y="[^"]*" style="font:[^"]*" fill="[^"]*">([^<]*)<\/text>/g)].map((match) => unescape(match[1])).join(' ');
}

const MESSAGE_TYPE = 'observatoire-data-ia:height';

/** The app-relative path of the page shown (`emploi/`, `present/<id>/`…). */
const pathWithinApp = (page) => new URL(page.url()).pathname.slice(new URL(BASE).pathname.length);
/** The slide of a presentation page: `present/<chart-id>/`. */
const slideOf = (page) => /^present\/([^/]+)\/$/.exec(pathWithinApp(page))?.[1] ?? null;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};

/** A plain static server on a free port: a second origin, or a host we can switch off. */
async function serve(handler) {
  const server = createServer(handler);
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${server.address().port}/`;
  return {
    url,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(done);
      }),
  };
}

function staticFiles(dir) {
  return (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    let file = join(dir, path);
    if (!file.startsWith(dir)) return res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    res.end(readFileSync(file));
  };
}

/** Waits for a condition that depends on several frames (which waitForFunction cannot see at once). */
async function until(condition, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** The selected basin's outline colour (MAP_COLORS.selected, #c2410c). */
const SELECTION_RGB = [0xc2, 0x41, 0x0c];

/**
 * Decodes a PNG in the page: how many distinct colours a sample of its pixels
 * has (a blank image has one or two), and how many pixels are within a small
 * distance of `rgb`.
 */
async function pngPixels(page, bytes, rgb = [0, 0, 0]) {
  return page.evaluate(
    async ({ base64, rgb: [r, g, b] }) => {
      // Decoded from bytes, not fetched: the page's CSP allows no data: URLs.
      const blob = new Blob([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))], { type: 'image/png' });
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      const sampled = new Set();
      let near = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (i % (4 * 97) === 0) sampled.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
        if (Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) < 30) near += 1;
      }
      return { colours: sampled.size, near };
    },
    { base64: bytes.toString('base64'), rgb },
  );
}

async function downloadFrom(page, figure, label) {
  await figure.getByRole('button', { name: /^Exporter/ }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: label }).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

describe('share and present', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => browser?.close());

  it('an embed URL shows only that chart, its source and a link back, with no app chrome', async () => {
    const { page, problems, context } = await openPage(browser, { width: 800, height: 700 });
    await page.goto(`${BASE}embed/${CHART}/?lang=fr`);
    const figure = await chartDrawn(chartFigure(page, CHART));
    assert.equal(await page.locator('figure.chart').count(), 1);
    for (const chrome of ['.app-header', '.nav', '.filter-bar', '.app-footer', '.share-actions']) {
      assert.equal(await page.locator(chrome).count(), 0, `${chrome} must not be in an embed`);
    }
    assert.match(await figure.locator('.chart-source').innerText(), /^Source\s?:/);
    assert.ok((await figure.locator('.chart-title').innerText()).length > 0);
    const back = page.getByRole('link', { name: 'Voir dans l’Observatoire' });
    // Relative (right under any sub-path), to the chart's section page, with the embed's filters.
    const href = new URL(await back.getAttribute('href'), page.url());
    assert.equal(href.pathname, new URL(`${BASE}${SECTION}/`).pathname);
    assert.equal(href.hash, '');
    assert.equal(href.searchParams.has('embed'), false);
    assert.equal(await back.getAttribute('target'), '_blank');
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgba(0, 0, 0, 0)');
    await screenshot(page, 'share-embed');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('an old link to a chart that does not exist, or to a slide by its number, still starts the app and says so', async () => {
    const { page, problems, context } = await openPage(browser, { serviceWorkers: 'block' });
    // (A path the build wrote no page for, typed by hand, is the host's 404: docs/sharing.md.)
    for (const address of ['?embed=no-such-chart', '?embed=%3Cb%3E', 'embed/unknown/']) {
      await page.goto(`${BASE}${address}`);
      await page.getByRole('heading', { name: 'Graphique introuvable' }).waitFor({ timeout: 10_000 });
      assert.ok(await page.getByRole('link', { name: /Ouvrir l’Observatoire/ }).isVisible(), address);
    }
    // A slide by its number, as old links had it.
    await page.goto(`${BASE}?present=1&slide=2`);
    await page.waitForFunction(() => document.querySelector('.present-counter')?.textContent.startsWith('2 '), null, { timeout: 10_000 });
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const { label, src, shot } of [
    {
      label: 'the snippet’s embed/<id>/ address',
      src: (app) => `${app.href}embed/${CHART}/`,
      shot: 'share-embed-host',
    },
    { label: 'an old ?embed= address (reports published before)', src: (app) => `${app.href}?embed=${CHART}`, shot: 'share-embed-host-old-address' },
  ]) {
    it(`the auto-height helper sizes its iframe on another origin and ignores other origins and frames (${label})`, async () => {
      const app = new URL(BASE);
      const template = readFileSync(resolve(import.meta.dirname, 'fixtures/embed-host.html'), 'utf8');
      const host = await serve((req, res) => {
        if (req.url === '/rogue.html') return res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>x</title>');
        const html = template.replaceAll('__APP_ORIGIN__', app.origin).replaceAll('__SRC__', src(app)).replaceAll('__APP__', app.href);
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
      });
      const { page, context } = await openPage(browser, { width: 900, height: 800 });
      try {
        await page.goto(host.url);
        const iframe = page.locator('#managed');
        const embed = page.frameLocator('#managed');
        await chartDrawn(embed.locator(`figure[data-chart-id="${CHART}"]`));
        const frameOf = async (selector) => (await page.$(selector)).contentFrame();
        const managed = await frameOf('#managed');
        const contentHeight = () => managed.evaluate(() => Math.ceil(document.querySelector('main.embed').getBoundingClientRect().height));
        // The iframe's viewport: the host's strict policy blocks the snippet's inline border:0, so the box has a border.
        const frameHeight = () => iframe.evaluate((element) => element.clientHeight);
        // The helper follows the embed's own height (150 px in the snippet); it may take a couple of
        // rounds while a scrollbar comes and goes, so wait for the two to agree.
        await until(async () => (await frameHeight()) > 200 && (await frameHeight()) === (await contentHeight()));
        const expected = await contentHeight();
        assert.equal(await frameHeight(), expected);

        // Record every message the host receives; embed.js listens first, so once a message is
        // recorded here, embed.js has already decided on it.
        await page.evaluate(() => {
          window.seen = 0;
          window.addEventListener('message', () => (window.seen += 1));
        });
        const forged = { type: MESSAGE_TYPE, chartId: CHART, height: 1234 };
        const unmanaged = await frameOf('#unmanaged');
        const hostFrame = await frameOf('#host-frame');
        await unmanaged.evaluate((message) => parent.postMessage(message, '*'), forged);
        await hostFrame.evaluate((message) => parent.postMessage(message, '*'), forged);
        await page.evaluate((message) => window.postMessage(message, '*'), forged);
        await managed.evaluate((message) => parent.postMessage({ ...message, chartId: 'other-chart' }, '*'), forged);
        await managed.evaluate((message) => parent.postMessage({ ...message, type: 'height' }, '*'), forged);
        await managed.evaluate((message) => parent.postMessage({ ...message, height: '1234' }, '*'), forged);
        await page.waitForFunction(() => window.seen >= 6);
        assert.equal(await frameHeight(), expected, 'a forged message changed the height');

        // Control: the same message from the managed frame is applied, so the checks above can fail.
        await managed.evaluate((message) => parent.postMessage(message, '*'), { ...forged, height: 777 });
        await page.waitForFunction(() => window.seen >= 7);
        assert.equal(await frameHeight(), 777);
        await screenshot(page, shot);
      } finally {
        await context.close();
        await host.close();
      }
    });
  }

  it('CSV export equals the chart’s table, with a BOM, ; separators, accents and metadata', async () => {
    const { page, problems, context } = await openPage(browser, { acceptDownloads: true });
    await page.goto(`${BASE}${SECTION}/`);
    const figure = await chartDrawn(chartFigure(page, CHART));
    const { name, bytes } = await downloadFrom(page, figure, 'Tableau CSV');
    assert.match(name, new RegExp(`^observatoire-data-ia_${CHART}_\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
    const text = bytes.toString('utf8').slice(1);
    const rows = Papa.parse(text, { delimiter: ';' }).data;
    assert.deepEqual(rows[0], ['Titre', await figure.locator('.chart-title').innerText()]);
    assert.deepEqual(rows[2], ['Source', await figure.locator('.chart-source').innerText()]);
    assert.equal(rows[3][0], 'Adresse');
    assert.equal(rows[3][1], page.url(), 'the address of the page the table comes from');
    assert.match(rows[3][1], /\/emploi\/$/);

    await figure.getByRole('button', { name: 'Données' }).click();
    const table = await figure
      .locator('table.data-table')
      .evaluate((element) => [
        [...element.querySelectorAll('thead th')].map((th) => th.querySelector('button').firstChild.textContent),
        ...[...element.querySelectorAll('tbody tr')].map((tr) =>
          [...tr.children].map((cell) => (cell.classList.contains('flag-lower-bound') ? `au moins ${cell.textContent}` : cell.textContent)),
        ),
      ]);
    // The table after the 7 metadata lines: one CSV row per table row, the first (label) column as shown,
    // every figure column split into value / lower bound / status with raw numbers (decimal comma).
    const csvTable = rows.slice(7).filter((row) => row.length > 1 || row[0] !== '');
    assert.ok(table.length > 1, 'the table has rows');
    assert.equal(csvTable.length, table.length);
    assert.equal(csvTable[0][0], table[0][0]);
    assert.deepEqual(
      csvTable.slice(1).map((row) => row[0]),
      table.slice(1).map((row) => row[0]),
    );
    const header = csvTable[0];
    for (const label of table[0].slice(1))
      assert.ok(
        header.some((column) => column.startsWith(label)),
        `a CSV column for ${label}`,
      );
    const numeric = header.flatMap((column, index) => (column.endsWith('— statut') ? [index - 2, index - 1] : []));
    assert.ok(numeric.length > 0, 'figure columns');
    for (const row of csvTable.slice(1)) for (const index of numeric) assert.match(row[index], /^(-?\d+(,\d+)?)?$/, `raw number in ${header[index]}`);
    assert.match(text, /[éèàô’]/, 'accents survive');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('PNG export is a non-empty 2× image with the chart drawn in it', async () => {
    const { page, problems, context } = await openPage(browser, { acceptDownloads: true });
    await page.goto(`${BASE}${SECTION}/`);
    // Straight to "Exporter", whichever drawing is shown: the export draws with ECharts.
    const figure = await chartDrawn(chartFigure(page, CHART));
    const chartWidth = (await figure.locator('.chart-box').boundingBox()).width;
    const { name, bytes } = await downloadFrom(page, figure, 'Image PNG');
    assert.match(name, /\.png$/);
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(resolve(SCREENSHOTS, 'share-export-png.png'), bytes);
    assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
    assert.equal(bytes.subarray(12, 16).toString('ascii'), 'IHDR');
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    assert.ok(width >= 2 * chartWidth, `PNG ${width}px wide for a ${chartWidth}px chart`);
    assert.ok(height > 400, `PNG ${height}px high`);
    const { colours } = await pngPixels(page, bytes);
    assert.ok(colours > 20, `only ${colours} colours: the image looks empty`);

    const svg = await downloadFrom(page, figure, 'Image SVG');
    const svgText = svg.bytes.toString('utf8');
    assert.match(svgText, /^<\?xml/);
    assert.ok(svgText.includes((await figure.locator('.chart-title').innerText()).replace(/&/g, '&amp;')));
    // The chart's caveats travel with the image (wrapped over lines: its first words are enough to find it).
    const notes = await figure.locator('.chart-notes li').allInnerTexts();
    assert.ok(notes.length > 0, 'this chart has caveats to carry');
    const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;').replace(/"/g, '&quot;');
    for (const note of notes) assert.ok(svgText.includes(escape(note.split(/\s+/).slice(0, 3).join(' '))), `note missing from the SVG: ${note}`);
    // Issue #13: the frame's evidence line travels with the image too, whole (read back across its wrapped lines).
    assert.equal(await figure.locator('.chart-evidence').count(), 1, 'this chart has an evidence line');
    const evidence = await figure.locator('.chart-evidence').innerText();
    assert.match(evidence, /^Sur quoi repose ce graphique/);
    assert.ok(svgWords(svgText).includes(evidence.replace(/\s+/g, ' ')), `evidence line missing from the SVG: ${evidence}`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('the recruitment map embeds alone and exports as PNG too', async () => {
    const { page, problems, context } = await openPage(browser, { acceptDownloads: true, width: 900, height: 800 });
    await page.goto(`${BASE}embed/recruitment-map/`);
    const figure = await chartDrawn(chartFigure(page, 'recruitment-map'));
    assert.equal(await page.locator('figure.chart').count(), 1);
    assert.match(await figure.locator('.chart-source').innerText(), /^Source\s?:/);
    assert.equal(await page.locator('.nav, .filter-bar').count(), 0);

    // With a basin selected: its outline is drawn over the map canvas, and the export must carry it too.
    await page.goto(`${BASE}recrutements/?basin=2817`);
    // The export reads the map's canvas: wait until MapLibre (loaded lazily) has drawn it.
    await liveMap(page);
    const dashboardMap = page.locator('figure[data-chart-id="recruitment-map"][data-map-ready="true"]');
    const { name, bytes } = await downloadFrom(page, dashboardMap, 'Image PNG');
    assert.match(name, /recruitment-map.*\.png$/);
    assert.deepEqual([...bytes.subarray(1, 4)], [0x50, 0x4e, 0x47]);
    assert.ok(bytes.readUInt32BE(16) >= 960, 'PNG at 2×');
    const outlined = (await pngPixels(page, bytes, SELECTION_RGB)).near;
    assert.ok(outlined > 200, `${outlined} pixels of the selection colour in the exported map`);

    await page.getByRole('button', { name: 'Tout effacer' }).click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('basin'));
    const cleared = await downloadFrom(page, dashboardMap, 'Image PNG');
    assert.ok((await pngPixels(page, cleared.bytes, SELECTION_RGB)).near < outlined / 10, 'no outline once the selection is cleared');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('the map exports as PNG and SVG with its names, legend and selected basin, with or without WebGL (issue #12 item 5)', async () => {
    for (const webgl of [true, false]) {
      const engine = webgl ? browser : await launchBrowser({ webgl: false });
      const { page, problems, context } = await openPage(engine, { acceptDownloads: true, width: 1280, height: 900 });
      try {
        await page.goto(`${BASE}recrutements/?basin=2817`);
        await liveMap(page);
        assert.equal(await page.locator('.rmap').getAttribute('data-map-mode'), webgl ? 'webgl' : 'fallback');
        const map = page.locator('figure[data-chart-id="recruitment-map"][data-map-ready="true"]');
        const svg = (await downloadFrom(page, map, 'Image SVG')).bytes.toString('utf8');
        // The names (ranked by the measure: the basins with the most projects are named), the legend and its unit.
        for (const name of ['Rouen', 'Caen', 'Le Havre']) assert.ok(svg.includes(`>${name}<`), `the exported map names ${name}`);
        assert.match(svg, /projets de recrutement/i, 'the legend says its unit');
        assert.match(svg, /Secret statistique/, 'the legend lists the secret basins');
        // Its swatch is hatched as on the map (src/charts/map/legend.ts), not a plain grey.
        assert.match(svg, /stroke="(#4b5563|rgb\(75,\s?85,\s?99\))"/i, 'the secret swatch of the exported legend is hatched');
        assert.match(svg, /Projets de recrutement par bassin/, 'the title is drawn in');
        assert.equal(await map.locator('.chart-evidence').count(), 1, 'the map has an evidence line');
        const evidence = await map.locator('.chart-evidence').innerText();
        assert.ok(svgWords(svg).includes(evidence.replace(/\s+/g, ' ')), `the map's evidence line is drawn in: ${evidence}`);
        assert.match(svg, /stroke="(#c2410c|rgb\(194,\s?65,\s?12\))"/i, 'the selected basin is outlined');
        const png = await downloadFrom(page, map, 'Image PNG');
        assert.deepEqual([...png.bytes.subarray(1, 4)], [0x50, 0x4e, 0x47]);
        assert.ok((await pngPixels(page, png.bytes, SELECTION_RGB)).near > 200, 'the selection shows in the PNG');
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
        if (!webgl) await engine.close();
      }
    }
  });

  it('presentation: large type, keys move between slides, each slide its own page and history entry, Esc goes back', async () => {
    const { page, problems, context } = await openPage(browser, { width: 1920, height: 1080 });
    await page.goto(`${BASE}${SECTION}/?dep=14`);
    await page.locator(`figure[data-chart-id="${CHART}"]`).waitFor();
    await hydrated(page);
    await page.getByRole('button', { name: 'Présenter' }).click();
    const counter = page.locator('.present-counter');
    await counter.waitFor();
    const total = Number((await counter.innerText()).split('/')[1]);
    assert.ok(total >= 2, `${total} slides`);
    assert.equal(await page.locator('.nav, .filter-bar, .app-header').count(), 0);
    assert.match(page.url(), /dep=14/, 'filters kept');
    await page.waitForFunction(() => /\/present\/[^/]+\/$/.test(location.pathname));
    assert.equal(slideOf(page), CHART, 'starts on the section’s first chart');
    const start = Number((await counter.innerText()).split('/')[0]);

    const body = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.present')).fontSize));
    assert.ok(body >= 24, `body text ${body}px at 1920×1080`);
    await page.locator('.present figure.chart').waitFor();
    await screenshot(page, 'share-present-1920');

    const slideId = () => page.locator('.present figure.chart').first().getAttribute('data-chart-id');
    const onSlide = (id) => page.waitForFunction((path) => location.pathname.endsWith(path), `/present/${id}/`);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((n) => document.querySelector('.present-counter').textContent.startsWith(`${n} `), start + 1);
    const second = slideOf(page);
    assert.notEqual(second, CHART);
    assert.match(page.url(), /dep=14/, 'filters kept from slide to slide');
    await page.locator(`.present figure[data-chart-id="${second}"]`).waitFor();
    // Each slide is a history entry: Back returns to the previous slide, Forward comes back.
    await page.goBack();
    await onSlide(CHART);
    await page.locator(`.present figure[data-chart-id="${CHART}"]`).waitFor();
    await page.goForward();
    await onSlide(second);
    await page.locator(`.present figure[data-chart-id="${second}"]`).waitFor();
    await page.keyboard.press('ArrowLeft');
    await onSlide(CHART);
    await page.keyboard.press('End');
    await page.waitForFunction((n) => document.querySelector('.present-counter').textContent.startsWith(`${n} `), total);
    await page.keyboard.press('Home');
    await page.waitForFunction(() => document.querySelector('.present-counter').textContent.startsWith('1 '));
    // A clicker's PageDown and the space bar move on, through the parts of a long chart (parts: #12).
    await nextSlide(page, 'PageDown');
    await nextSlide(page, ' ');
    await page.waitForFunction(() => document.querySelector('.present-counter').textContent.startsWith('3 '));
    const third = slideOf(page);

    await page.reload();
    await page.locator('.present-counter').waitFor();
    assert.match(await page.locator('.present-counter').innerText(), /^3 \//);
    await page.locator('.present figure.chart').first().waitFor();
    assert.equal(await slideId(), third);

    await hydrated(page);
    // The slide's keys answer once the deck itself has hydrated (it waits for the chart registry): its chart is checked then.
    await page.locator('.present figure.chart[data-checked]').first().waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('navigation', { name: 'Sections du tableau de bord' }).waitFor();
    assert.doesNotMatch(pathWithinApp(page), /^present\//, 'back on a dashboard page');
    assert.match(page.url(), /dep=14/, 'filters kept on the way out');
    assert.deepEqual(problems, []);
    await context.close();
  });

  /** A first visit of the front page (the service worker installs), then the host goes away and the network off. */
  async function visitThenGoOffline(page, context, origin) {
    await page.goto(origin.url);
    await page.locator('main h2').waitFor();
    // Activation follows installation, which fails unless every precache entry was fetched.
    await page.evaluate(() => navigator.serviceWorker.ready);
    // The worker fills its data cache itself once registered (public/sw-data.js): a moment after `ready`.
    const files = [
      'index.html',
      `${SECTION}/index.html`,
      `embed/${CHART}/index.html`,
      'data/study/employment-growth.json',
      'data/geo/departements.geojson',
      'embed.js',
    ];
    let cached = 0;
    for (let attempt = 0; attempt < 50 && cached < files.length; attempt += 1) {
      if (attempt) await page.waitForTimeout(200);
      cached = await page.evaluate(async (list) => {
        const results = await Promise.all(list.map((file) => caches.match(new URL(file, location.href).href, { ignoreSearch: true })));
        return results.filter(Boolean).length;
      }, files);
    }
    assert.equal(cached, files.length);
    await origin.close();
    await context.setOffline(true);
  }

  it('after a first visit, the dashboard reloads with the network off', async () => {
    const origin = await serve(staticFiles(DIST));
    const { page, context } = await openPage(browser);
    try {
      await visitThenGoOffline(page, context, origin);
      await page.reload();
      await page.locator('main h2').waitFor();
      assert.ok(await page.getByRole('navigation', { name: 'Sections du tableau de bord' }).isVisible());
      await hydrated(page);
      // In the app, to the section: its chart is drawn.
      await page.getByRole('navigation', { name: 'Sections du tableau de bord' }).getByRole('link', { name: 'Emploi', exact: true }).click();
      await chartDrawn(chartFigure(page, CHART));
      assert.equal(await page.locator('.error-card').count(), 0, 'a view failed to load offline');
      await screenshot(page, 'share-offline');
      // The section's own page, the embed and a slide load offline too, and the app starts on each.
      for (const path of [`${SECTION}/`, `embed/${CHART}/`, `present/${CHART}/`]) {
        await page.goto(`${origin.url}${path}`);
        await hydrated(page);
        await chartFigure(page, CHART).waitFor();
        assert.equal(await page.locator('.error-card').count(), 0, `${path} failed to load offline`);
      }
    } finally {
      await context.close();
      await origin.close().catch(() => undefined);
    }
  });

  it('offline, a page whose drawings were never seen draws its chart with ECharts', async () => {
    const origin = await serve(staticFiles(DIST));
    const { page, context } = await openPage(browser);
    try {
      await visitThenGoOffline(page, context, origin);
      for (const path of [`${SECTION}/`, `embed/${CHART}/`]) {
        await page.goto(`${origin.url}${path}`);
        await hydrated(page);
        await chartDrawn(chartFigure(page, CHART), { timeout: 10_000 });
      }
    } finally {
      await context.close();
      await origin.close().catch(() => undefined);
    }
  });
});

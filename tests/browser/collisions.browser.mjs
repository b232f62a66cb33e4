/**
 * No chart text drawn over other chart text, none cut by the chart's edge
 * (issue #12 item 3), at 375, 768, 1280 and 1920 px, in French and English,
 * on every section page, the map included.
 *
 * Real geometry, not pixels: every chart is measured as the reader sees it.
 * A build-time drawing (an <img> of an SVG file) is fetched and laid out
 * inline at the image's own size and position (the same file, the same
 * `xMinYMin meet` scaling), a chart ECharts has drawn is read in place, and
 * the MapLibre map's names are HTML labels read where they are. Each text
 * box comes from getBoundingClientRect (transforms applied); two boxes of
 * one chart that intersect, or a box that leaves its chart's drawing, fail.
 *
 *   npm run build && node tests/browser/run.mjs collisions
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { hydrated, launchBrowser, liveMap, openPage } from './harness.mjs';

const BASE = process.env.PREVIEW_URL;
const SECTIONS = ['', 'ia/', 'emploi/', 'recrutements/', 'competences/', 'formations/', 'metiers/'];
const WIDTHS = (process.env.COLLISIONS_WIDTHS ?? '375,768,1280,1920').split(',').map(Number);
const LANGS = ['fr', 'en'];

/**
 * Runs in the page: the text boxes of every chart of the page, and the
 * collisions among them. A glyph box is the font's full height (ascent and
 * descent) while lines of a label are set closer than that: a box counts from
 * 15 % below its top to 15 % above its bottom, and two boxes collide when
 * they share more than 1 px each way.
 */
async function measurePage(page) {
  return page.evaluate(async () => {
    const SHRINK = 0.15;
    const core = (rect) => {
      const inset = rect.height * SHRINK;
      return { left: rect.left, right: rect.right, top: rect.top + inset, bottom: rect.bottom - inset };
    };
    const visibleText = (element) => {
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) return false;
      if (element instanceof SVGElement && (style.fill === 'none' || element.getAttribute('fill-opacity') === '0')) return false;
      return (element.textContent ?? '').trim().length > 0;
    };
    const collide = (boxes, frame) => {
      const overlaps = [];
      const cut = [];
      for (const box of boxes) {
        const sides = [
          ['left', frame.left - box.rect.left],
          ['right', box.rect.right - frame.right],
          ['top', frame.top - box.rect.top],
          ['bottom', box.rect.bottom - frame.bottom],
        ].filter(([, by]) => by > 1);
        if (sides.length > 0) cut.push(`« ${box.text} » cut by the edge (${sides.map(([side, by]) => `${side} ${Math.round(by)} px`).join(', ')})`);
      }
      for (let i = 0; i < boxes.length; i += 1)
        for (let j = i + 1; j < boxes.length; j += 1) {
          const a = core(boxes[i].rect);
          const b = core(boxes[j].rect);
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          // ECharts draws a label's halo as a second text at the same place: one text, not two.
          const same = boxes[i].text === boxes[j].text && Math.abs(a.left - b.left) < 0.5 && Math.abs(a.top - b.top) < 0.5;
          if (w > 1 && h > 1 && !same) overlaps.push(`« ${boxes[i].text} » × « ${boxes[j].text} »`);
        }
      return { overlaps, cut };
    };
    const svgBoxes = (svg) =>
      [...svg.querySelectorAll('text')].filter(visibleText).map((text) => ({ text: text.textContent.trim(), rect: text.getBoundingClientRect() }));

    const results = [];
    for (const figure of document.querySelectorAll('figure[data-chart-id]')) {
      const chart = figure.getAttribute('data-chart-id');
      const live = figure.querySelector('.chart-box .echart svg, .rmap-stage .echart svg');
      const img = figure.querySelector('.chart-static img');
      const labels = figure.querySelector('.rmap-labels');
      if (labels && figure.getAttribute('data-map-ready') === 'true') {
        // MapLibre: names are HTML over the canvas, hidden when they would collide.
        const stage = figure.querySelector('.rmap-stage').getBoundingClientRect();
        const boxes = [...labels.querySelectorAll('[data-basin-label]')]
          .filter(visibleText)
          .map((element) => ({ text: element.textContent.trim(), rect: element.getBoundingClientRect() }));
        // The zoom buttons sit on the map too: a name under them is as unreadable as a name under a name.
        const buttons = [...figure.querySelectorAll('.maplibregl-ctrl-top-right .maplibregl-ctrl')].map((element) => ({
          text: '[zoom buttons]',
          rect: element.getBoundingClientRect(),
        }));
        results.push({ chart, drawing: 'maplibre', texts: boxes.map((box) => box.text), ...collide([...boxes, ...buttons], stage) });
      } else if (live && !(img && figure.querySelector('.chart-static:not([data-covered])'))) {
        const boxes = svgBoxes(live);
        results.push({ chart, drawing: 'echarts', texts: boxes.map((box) => box.text), ...collide(boxes, live.getBoundingClientRect()) });
      } else if (img) {
        // The file the <picture> picks at this width.
        const picture = img.closest('picture');
        const source = [...picture.querySelectorAll('source')].find((candidate) => matchMedia(candidate.media).matches);
        const url = source ? new URL(source.srcset, document.baseURI).href : img.src;
        const response = await fetch(url);
        const markup = await response.text();
        const svg = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
        const box = img.getBoundingClientRect();
        const host = document.createElement('div');
        host.style.cssText = `position:absolute;left:${box.left + scrollX}px;top:${box.top + scrollY}px;width:${box.width}px;height:${box.height}px;opacity:0;pointer-events:none`;
        const placed = document.importNode(svg, true);
        const [, , vbWidth, vbHeight] = (placed.getAttribute('viewBox') ?? `0 0 ${placed.getAttribute('width')} ${placed.getAttribute('height')}`)
          .split(/[\s,]+/)
          .map(Number);
        placed.setAttribute('viewBox', `0 0 ${vbWidth} ${vbHeight}`);
        // The file's own alignment (cards left-aligned, the map centred), as the <img> shows it.
        const centred = (placed.getAttribute('preserveAspectRatio') ?? '').startsWith('xMidYMid');
        placed.setAttribute('width', String(box.width));
        placed.setAttribute('height', String(box.height));
        host.append(placed);
        document.body.append(host);
        const scale = Math.min(box.width / vbWidth, box.height / vbHeight);
        const left = box.left + (centred ? (box.width - vbWidth * scale) / 2 : 0);
        const top = box.top + (centred ? (box.height - vbHeight * scale) / 2 : 0);
        const frame = { left, top, right: left + vbWidth * scale, bottom: top + vbHeight * scale };
        const boxes = svgBoxes(placed);
        host.remove();
        results.push({ chart, drawing: url.split('/').pop(), texts: boxes.map((entry) => entry.text), ...collide(boxes, frame) });
      }
    }
    return results;
  });
}

/** Every chart of the page checked against the address (scrolled to, as a reader would), then measured. */
const FIGURES = {};
async function measure(page, section, lang) {
  await page.goto(`${BASE}${section}${lang === 'en' ? '?lang=en' : ''}`);
  await hydrated(page);
  // In English the page arrives in French and redraws once its words and data are read: as many charts as in French.
  if (FIGURES[section])
    await page.waitForFunction((expected) => document.querySelectorAll('figure[data-chart-id]').length >= expected, FIGURES[section], { timeout: 15_000 });
  const figures = page.locator('figure[data-chart-id]');
  const count = await figures.count();
  FIGURES[section] ??= count;
  for (let index = 0; index < count; index += 1) {
    const figure = figures.nth(index);
    await figure.scrollIntoViewIfNeeded().catch(() => undefined);
    // A list or a table (the job directory, the RNCP table) is HTML, not a drawing.
    if (!(await figure.evaluate((element) => element.querySelector('.chart-static, .echart, .rmap-stage') !== null))) continue;
    // Views hydrate as they near the screen; the drawing shown is then the one for the address (language, filters).
    await figure
      .and(page.locator('[data-checked]'))
      .waitFor({ timeout: 5_000 })
      .catch(() => undefined);
  }
  return measurePage(page);
}

const report = (results) =>
  results.flatMap(({ chart, drawing, overlaps, cut }) => [
    ...overlaps.map((pair) => `${chart} (${drawing}): ${pair}`),
    ...cut.map((text) => `${chart} (${drawing}): ${text}`),
  ]);

describe('chart text never collides', { concurrency: 2 }, () => {
  let browser;
  const counts = {};
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    console.log(`collisions per width: ${JSON.stringify(counts)}`);
    await browser?.close();
  });

  for (const width of WIDTHS)
    it(`${width} px, fr and en, every section`, async () => {
      const { context, page } = await openPage(browser, { width, height: 900 });
      const problems = [];
      let measured = 0;
      try {
        for (const lang of LANGS)
          for (const section of SECTIONS) {
            const results = await measure(page, section, lang);
            measured += results.filter((result) => result.texts.length > 0).length;
            if (process.env.COLLISIONS_DEBUG)
              console.log(width, lang, section, results.map((result) => `${result.chart}:${result.drawing}:${result.texts.length}`).join(' '));
            problems.push(...report(results).map((line) => `${lang} /${section} ${line}`));
            const map = results.find((result) => result.chart === 'recruitment-map');
            if (map)
              for (const name of ['Rouen', 'Caen', 'Le Havre']) assert.ok(map.texts.includes(name), `the map's drawing names ${name}: ${map.texts.join(', ')}`);
          }
        // The live map (MapLibre) names the basins itself.
        await page.goto(`${BASE}recrutements/`);
        await hydrated(page);
        await liveMap(page);
        await page.waitForTimeout(300);
        const live = (await measurePage(page)).filter((result) => result.drawing === 'maplibre');
        assert.equal(live.length, 1, 'the live map is measured');
        // The basins with the most projects keep their names (issue #12: a phone used to drop Rouen, Caen, Le Havre).
        for (const name of ['Rouen', 'Caen', 'Le Havre']) assert.ok(live[0].texts.includes(name), `the live map names ${name}: ${live[0].texts.join(', ')}`);
        problems.push(...report(live).map((line) => `fr /recrutements/ ${line}`));
      } finally {
        await context.close();
      }
      counts[width] = problems.length;
      assert.ok(measured >= 30, `${measured} charts measured`);
      // No collision is known and tolerated (issue #12: the last ones, at 375 px in English, were fixed in the chart layer).
      assert.deepEqual(problems, [], `${problems.length} text collisions at ${width} px:\n${problems.join('\n')}`);
    });
});

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
import { chartTextCollisions as measurePage, hydrated, launchBrowser, liveMap, openPage } from './harness.mjs';

const BASE = process.env.PREVIEW_URL;
const SECTIONS = ['', 'ia/', 'emploi/', 'recrutements/', 'competences/', 'formations/', 'metiers/'];
const WIDTHS = (process.env.COLLISIONS_WIDTHS ?? '375,768,1280,1920').split(',').map(Number);
const LANGS = ['fr', 'en'];

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

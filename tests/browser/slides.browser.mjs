/**
 * Presentation slides at 1920×1080 (issue #12): every slide and every part of
 * a long one fits the screen with its controls in view, every chart text is
 * at least 24 px as rendered (ECharts' SVG text, the build-time drawing's text
 * at the size it is shown, HTML text of lists, tables and the map), no chart
 * text over another or over a bar (text boxes measured, harness.mjs
 * `chartTextCollisions`), the bar-panel charts the same once ECharts draws
 * them; on a phone a slide's chart takes the slide's height; the presenter's
 * keys move the deck even after a click in the map, and an unknown slide says so.
 *
 *   npm run build && node tests/browser/run.mjs slides
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chartTextCollisions, hydrated, launchBrowser, openPage, screenshot } from './harness.mjs';

const BASE = process.env.PREVIEW_URL;
const SCREEN = { width: 1920, height: 1080 };
const MIN_TEXT = 24;
/** ECharts' transition from one part's bars to the next (its default animation is 1 s). */
const ANIMATION = 1200;
/** Charts whose values are written inside their cells (the heatmap): text over a shape is their design. */
const CELL_TEXT = ['skills-matrix'];

/** What a slide shows, measured in the page: overflow, the controls' box, the smallest chart text and where. */
async function measureSlide(page) {
  return page.evaluate(async () => {
    const slide = document.querySelector('.present-slide');
    const bar = document.querySelector('.present-bar').getBoundingClientRect();
    const sizes = [];
    const note = (size, where) => sizes.push({ size: Math.round(size * 10) / 10, where });
    // ECharts' live drawing: SVG text at its own pixel size.
    for (const text of document.querySelectorAll('.present .chart-box .echart svg text')) {
      if (text.textContent.trim()) note(parseFloat(getComputedStyle(text).fontSize), `svg: ${text.textContent.trim().slice(0, 30)}`);
    }
    // The build-time drawing, while shown: its text sizes times the scale it is drawn at.
    for (const img of document.querySelectorAll('.present .chart-box .chart-static img')) {
      if (!img.complete || !img.naturalWidth) continue;
      const svg = await (await fetch(img.currentSrc || img.src)).text();
      const scale = Math.min(img.clientWidth / img.naturalWidth, img.clientHeight / img.naturalHeight);
      for (const match of svg.matchAll(/font-size:\s*([\d.]+)px/g)) note(Number(match[1]) * scale, 'build-time drawing');
    }
    // HTML text inside the chart (lists, the RNCP table, the map's names, legend and basin list), not the map's own buttons.
    for (const element of document.querySelectorAll('.present .chart-box *, .present .rncp-table *')) {
      if (element.closest('svg, .maplibregl-ctrl, .sr-only, [hidden]') || element.getClientRects().length === 0) continue;
      const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim());
      if (ownText && getComputedStyle(element).visibility !== 'hidden')
        note(
          parseFloat(getComputedStyle(element).fontSize),
          `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent.trim().slice(0, 30)}`,
        );
    }
    const min = sizes.reduce((smallest, entry) => (entry.size < smallest.size ? entry : smallest), { size: Infinity, where: 'none' });
    const title = document.querySelector('.present .chart-title');
    return {
      overflow: slide.scrollHeight - slide.clientHeight,
      pageOverflow: document.documentElement.scrollHeight - innerHeight,
      barInView: bar.top >= 0 && bar.bottom <= innerHeight,
      texts: sizes.length,
      min,
      title: title ? parseFloat(getComputedStyle(title).fontSize) : null,
      part: document.querySelector('.present-counter').dataset.part,
    };
  });
}

/** Waits until the slide's chart is drawn (its build-time drawing, ECharts' SVG, the map, or an HTML chart hydrated). */
async function slideDrawn(page) {
  await page.locator('.present figure.chart[data-checked], .present figure[data-chart-id="rncp-certifications"]').first().waitFor({ timeout: 20_000 });
  await page.waitForFunction(
    () => {
      const box = document.querySelector('.present .chart-box');
      if (!box) return document.querySelector('.present figure') !== null; // the RNCP table has no chart box
      if (box.querySelector('.rmap'))
        return document.querySelector('.present figure[data-map-ready="true"]') !== null || box.querySelector('.chart-static img')?.complete;
      // ECharts' drawing, or the build-time drawing a slide keeps until the presenter points at its chart.
      const drawing = box.querySelector('.chart-static img');
      if (drawing) return (drawing.complete && drawing.naturalWidth > 0) || box.querySelector('.echart svg text') !== null;
      if (box.querySelector('.echart')) return box.querySelector('.echart svg text') !== null;
      return true;
    },
    null,
    { timeout: 20_000 },
  );
  // ECharts lays out on the next frame after a resize.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

describe('presentation slides at 1920×1080', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  for (const lang of ['fr', 'en']) {
    it(`every slide and every part fits the screen, its controls in view, its chart text at least 24 px (${lang})`, async () => {
      const { context, page, problems } = await openPage(browser, { ...SCREEN });
      try {
        const query = lang === 'en' ? '?lang=en' : '';
        await page.goto(`${BASE}present/${query}`);
        await hydrated(page);
        const total = Number(/\/\s*(\d+)/.exec(await page.locator('.present-counter').innerText())[1]);
        assert.ok(total >= 20, `${total} slides`);
        const failures = [];
        let measured = 0;
        for (let slide = 1; slide <= total; slide += 1) {
          await page.waitForFunction((n) => document.querySelector('.present-counter')?.dataset.slide === String(n), slide);
          for (let part = 1; ; part += 1) {
            await page.waitForFunction((p) => document.querySelector('.present-counter')?.dataset.part === String(p), part);
            await slideDrawn(page);
            const id = await page.locator('.present figure').first().getAttribute('data-chart-id');
            let result = await measureSlide(page);
            // Just after hydration React may swap the chart's drawing: measure once it shows text.
            for (let retry = 0; retry < 20 && result.texts === 0; retry += 1) {
              await page.waitForTimeout(250);
              result = await measureSlide(page);
            }
            measured += 1;
            const where = `${id} part ${part}`;
            if (result.overflow > 0 || result.pageOverflow > 0) failures.push(`${where}: ${result.overflow} px taller than the screen`);
            if (!result.barInView) failures.push(`${where}: the slide controls are off screen`);
            if (result.texts === 0) failures.push(`${where}: no chart text found to measure`);
            if (result.min.size < MIN_TEXT) failures.push(`${where}: ${result.min.size} px text (${result.min.where})`);
            if (result.title !== null && result.title < 32) failures.push(`${where}: title ${result.title} px`);
            // Text over text, text over a bar (a panel heading over a plot), text cut by the drawing's edge. A part
            // after the first is drawn by ECharts, which moves its bars from the previous part's places: measured once still.
            if (await page.locator('.present .chart-box .echart').count()) await page.waitForTimeout(ANIMATION);
            const shapes = !CELL_TEXT.includes(id);
            for (const chart of await chartTextCollisions(page, '.present figure[data-chart-id]', { shapes }))
              for (const problem of [...chart.overlaps, ...chart.cut]) failures.push(`${where} (${chart.drawing}): ${problem}`);
            if (part === 1) await screenshot(page, `slide-${lang}-${String(slide).padStart(2, '0')}-${id}`);
            const more = await page.locator('.present-rows').count();
            const rows = more ? await page.locator('.present-rows').innerText() : '';
            if (!/→/.test(rows)) break;
            await page.keyboard.press('ArrowRight');
          }
          if (slide < total) await page.keyboard.press('ArrowRight');
        }
        assert.deepEqual(failures, [], `${measured} slides and parts measured`);
        assert.ok(measured > total, 'long charts and tables are shown in several parts');
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }

  it('a slide’s layout comes from the stylesheet: nothing moves once it is drawn (cumulative layout shift)', async () => {
    const shifts = {};
    const phoneShifts = {};
    // A slide link opened on a phone too: its page is drawn at desktop width, the phone's slide is shorter.
    for (const [screen, into] of [
      [SCREEN, shifts],
      [{ width: 412, height: 823 }, phoneShifts],
    ])
      for (const id of ['employment-growth', 'skills-matrix', 'recruitment-map']) {
        const { context, page } = await openPage(browser, { ...screen });
        try {
          await context.addInitScript(() => {
            window.__shift = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
            }).observe({ type: 'layout-shift', buffered: true });
          });
          await page.goto(`${BASE}present/${id}/`);
          await hydrated(page);
          await slideDrawn(page);
          await page.waitForTimeout(1500);
          into[id] = await page.evaluate(() => window.__shift);
        } finally {
          await context.close();
        }
      }
    // Was 0.121 when the chart's height was set by script after hydration.
    for (const [id, shift] of Object.entries(shifts)) assert.ok(shift < 0.05, `${id}: CLS ${shift.toFixed(3)}`);
    // The CLS budget (bench/budgets.json), on a phone: was 0.025 for a bar chart's slide when the page kept the
    // desktop slide's height until the app had run (0 now; the map's slide moves 0.010).
    for (const [id, shift] of Object.entries(phoneShifts)) assert.ok(shift <= 0.02, `${id} on a phone: CLS ${shift.toFixed(3)}`);
    assert.ok(phoneShifts['employment-growth'] < 0.005, `employment-growth on a phone: CLS ${phoneShifts['employment-growth'].toFixed(3)}`);
  });

  it('bar-panel slides drawn by ECharts: every part in room-sized type, no heading over a plot, no text over text (fr, en)', async () => {
    const failures = [];
    for (const lang of ['fr', 'en'])
      for (const id of ['recruitment-normandy-france', 'recruitment-territory-comparison', 'training-demand', 'labour-market-paradox']) {
        const { context, page, problems } = await openPage(browser, { ...SCREEN });
        try {
          await page.goto(`${BASE}present/${id}/${lang === 'en' ? '?lang=en' : ''}`);
          await hydrated(page);
          await slideDrawn(page);
          for (let part = 1; ; part += 1) {
            await page.waitForFunction((p) => document.querySelector('.present-counter')?.dataset.part === String(p), part);
            // The presenter points at the chart: ECharts draws it in place of its build-time drawing.
            await page.locator('.present .chart-title').hover();
            await page.locator('.present .chart-box .echart svg text').first().waitFor({ timeout: 20_000 });
            await page.locator('.present .chart-static').waitFor({ state: 'detached', timeout: 20_000 });
            // Its bars grow in, or move from the previous part's places: measured once still.
            await page.waitForTimeout(ANIMATION);
            const [chart] = await chartTextCollisions(page, '.present figure[data-chart-id]', { shapes: true });
            const where = `${lang} ${id} part ${part}`;
            if (chart?.drawing !== 'echarts') failures.push(`${where}: not drawn by ECharts (${chart?.drawing})`);
            else if (chart.shapes === 0) failures.push(`${where}: no bar found to measure`);
            for (const problem of [...(chart?.overlaps ?? []), ...(chart?.cut ?? [])]) failures.push(`${where}: ${problem}`);
            const measured = await measureSlide(page);
            if (measured.min.size < MIN_TEXT) failures.push(`${where}: ${measured.min.size} px text (${measured.min.where})`);
            if (measured.overflow > 0 || !measured.barInView) failures.push(`${where}: does not fit the screen`);
            if (lang === 'fr') await screenshot(page, `slide-live-${id}-${part}`);
            const rows = (await page.locator('.present-rows').count()) ? await page.locator('.present-rows').innerText() : '';
            if (!/→/.test(rows)) break;
            await page.keyboard.press('ArrowRight');
          }
          assert.deepEqual(problems, []);
        } finally {
          await context.close();
        }
      }
    assert.deepEqual(failures, []);
  });

  for (const phone of [
    { width: 375, height: 667 },
    { width: 390, height: 844 },
  ])
    it(`on a phone (${phone.width}×${phone.height}) a slide's chart takes the slide's height, its buttons in view, no text over text`, async () => {
      const failures = [];
      const { context, page } = await openPage(browser, { ...phone, isMobile: true, hasTouch: true });
      try {
        for (const id of ['employment-growth', 'recruitment-basin-profile', 'training-demand', 'ai-adoption-by-sector', 'skills-matrix']) {
          await page.goto(`${BASE}present/${id}/`);
          await hydrated(page);
          await slideDrawn(page);
          const [chart] = await chartTextCollisions(page, '.present figure[data-chart-id]', { shapes: !CELL_TEXT.includes(id) });
          for (const problem of [...chart.overlaps, ...chart.cut]) failures.push(`${id}: ${problem}`);
          const room = await page.evaluate(() => {
            const box = document.querySelector('.present .chart-box').getBoundingClientRect();
            const bar = document.querySelector('.present-bar').getBoundingClientRect();
            const buttons = [...document.querySelectorAll('.present-bar .button')].map((button) => button.getBoundingClientRect());
            return {
              top: box.top,
              barTop: bar.top,
              buttonsInView: buttons.every((rect) => rect.top >= 0 && rect.bottom <= innerHeight && rect.right <= innerWidth),
            };
          });
          // The screen between the chart's top and the slide's buttons, and how much of it the chart's drawing covers.
          const screen = room.barTop - room.top;
          const used = (chart.extent.bottom - chart.extent.top) / Math.min(screen, 400);
          if (used < 0.8) failures.push(`${id}: the chart uses ${Math.round(used * 100)} % of the ${Math.round(screen)} px the slide gives it`);
          if (!room.buttonsInView) failures.push(`${id}: the slide's buttons are not all in view`);
          await screenshot(page, `slide-phone-${phone.width}-${id}`);
        }
      } finally {
        await context.close();
      }
      assert.deepEqual(failures, []);
    });

  it('← → Space PageUp PageDown move the deck and Esc leaves it, even after a click in the map', async () => {
    const { context, page, problems } = await openPage(browser, { ...SCREEN });
    try {
      await page.goto(`${BASE}present/recruitment-map/`);
      await hydrated(page);
      const figure = page.locator('figure[data-chart-id="recruitment-map"]');
      const stage = figure.locator('.rmap-stage');
      await stage.hover({ position: { x: 10, y: 10 } });
      await page.locator('figure[data-chart-id="recruitment-map"][data-map-ready="true"]').waitFor({ timeout: 60_000 });
      const counter = () => page.locator('.present-counter').getAttribute('data-slide');
      const start = Number(await counter());
      const clickMap = async () => {
        await page.locator('figure[data-chart-id="recruitment-map"][data-map-ready="true"]').waitFor({ timeout: 60_000 });
        // A corner of the map (no basin there): MapLibre's canvas takes the focus and its keyboard handlers listen.
        await page.locator('.present .rmap-stage canvas').click({ position: { x: 30, y: 30 } });
      };
      await clickMap();
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((n) => document.querySelector('.present-counter')?.dataset.slide === String(n), start + 1);
      await page.keyboard.press('PageUp');
      await page.waitForFunction((n) => document.querySelector('.present-counter')?.dataset.slide === String(n), start);
      await clickMap();
      // A clicker's "next" is PageDown.
      await page.keyboard.press('PageDown');
      await page.waitForFunction((n) => document.querySelector('.present-counter')?.dataset.slide === String(n), start + 1);
      await page.keyboard.press('ArrowLeft');
      await page.waitForFunction((n) => document.querySelector('.present-counter')?.dataset.slide === String(n), start);
      await clickMap();
      await page.keyboard.press(' ');
      await page.waitForFunction((n) => document.querySelector('.present-counter')?.dataset.slide === String(n), start + 1);
      await page.goBack();
      await page.waitForFunction((n) => document.querySelector('.present-counter')?.dataset.slide === String(n), start);
      assert.match(new URL(page.url()).pathname, /\/present\/recruitment-map\/$/, 'Back returns to the previous slide');
      await clickMap();
      const url = page.url();
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !/\/present\//.test(location.pathname));
      assert.notEqual(page.url(), url);
      assert.match(new URL(page.url()).pathname, /\/recrutements\/$/, 'Esc leaves the deck for the chart’s section, even from the map');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('an unknown slide, by its page or by an old link, says so and offers the first slide', async () => {
    const { context, page } = await openPage(browser, { ...SCREEN });
    try {
      await page.goto(`${BASE}?present=1&slide=repertoire-des-metiers`);
      await hydrated(page);
      const alert = page.locator('.present-unknown[role="alert"]');
      await alert.waitFor();
      assert.match(await alert.innerText(), /Diapositive introuvable[\s\S]*« repertoire-des-metiers »/);
      await screenshot(page, 'slide-unknown-fr');
      await alert.getByRole('button', { name: 'Commencer à la première diapositive' }).click();
      await page.waitForFunction(() => document.querySelector('.present-counter')?.dataset.slide === '1');
      await page.locator('.present figure.chart').first().waitFor();

      // A slide named in the query (what an address typed by hand or an old link keeps), in English.
      await page.goto(`${BASE}present/?slide=no-such-chart&lang=en`);
      await hydrated(page);
      await page.locator('.present-unknown').waitFor({ timeout: 20_000 });
      assert.match(await page.locator('.present-unknown').innerText(), /Slide not found[\s\S]*“no-such-chart”/);
      // → from the notice starts the deck too.
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => document.querySelector('.present-counter')?.dataset.slide === '1');
    } finally {
      await context.close();
    }
  });
});

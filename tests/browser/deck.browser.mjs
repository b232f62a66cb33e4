/**
 * Decks that facilitators build (issue #12 item 2): « Ajouter à la
 * présentation » under charts of several sections, each with its own filters;
 * the deck reordered, captioned and pruned from the keyboard; its link shared,
 * opened elsewhere and played offline once visited, each slide with its
 * filters and caption, each a history entry.
 *
 *   npm run build && node tests/browser/run.mjs deck
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chartFigure, chartTextCollisions, hydrated, launchBrowser, lookAt, nextSlide, openPage, SCREENSHOTS, screenshot } from './harness.mjs';

const BASE = process.env.PREVIEW_URL;

const counter = (page) => page.locator('.present-counter').innerText();

/** A deck's address, encoded as the app does (src/features/deck/deck.ts `encodeDeck`): [chart, filters, title, caption] per slide. */
function deckLink(slides) {
  const hash = Buffer.from(JSON.stringify(slides)).toString('base64url');
  const [chart, query] = slides[0];
  return `${BASE}present/${chart}/${query ? `?${query}` : ''}#deck=${hash}`;
}
/** The deck's slide `n` of `total` is on screen and answers keys (the deck hydrates once the chart registry is loaded). */
async function onDeckSlide(page, n, total) {
  await page.waitForFunction(([n, total]) => document.querySelector('.present-counter')?.textContent.startsWith(`${n} / ${total}`), [n, total], {
    timeout: 20_000,
  });
  await page.locator('.present figure.chart[data-checked]').first().waitFor({ timeout: 20_000 });
}

async function addFrom(page, path, chartId, count) {
  await page.goto(`${BASE}${path}`);
  await hydrated(page);
  const figure = chartFigure(page, chartId);
  // Seen first, as a user sees it: a view far below the first screen hydrates as it is approached (src/ui/viewGate.tsx).
  await lookAt(figure);
  await page.locator(`figure[data-chart-id="${chartId}"][data-checked]`).waitFor();
  const add = figure.getByRole('button', { name: 'Ajouter à la présentation' });
  // From the keyboard: focus the button, press Enter.
  await add.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: `Ma présentation (${count})` }).waitFor();
}

describe('decks facilitators build', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('adds charts with their filters from several sections, reorders, captions, removes, shares, and plays the deck offline', async () => {
    const { context, page, problems } = await openPage(browser, { width: 1280, height: 900 });
    try {
      await addFrom(page, 'emploi/', 'employment-growth', 1);
      await addFrom(page, 'recrutements/?dep=14', 'recruitment-by-department', 2);
      await addFrom(page, 'recrutements/?measure=difficiles', 'recruitment-basin-ranking', 3);
      await addFrom(page, 'ia/', 'ai-uses', 4);

      // The deck, from the keyboard.
      const open = page.getByRole('button', { name: 'Ma présentation (4)' });
      await open.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Ma présentation' });
      await dialog.waitFor();
      const items = dialog.locator('.deck-item');
      assert.equal(await items.count(), 4);
      assert.match(await items.nth(1).innerText(), /dep=14/, 'the slide keeps the filters it was added with');
      assert.match(await items.nth(2).innerText(), /measure=difficiles/);
      // Remove the first slide (employment), move the ranking up, caption the department chart.
      await items
        .nth(0)
        .getByRole('button', { name: /^Retirer/ })
        .focus();
      await page.keyboard.press('Enter');
      await dialog.getByRole('status').filter({ hasText: 'retiré' }).waitFor();
      assert.equal(await items.count(), 3);
      await items
        .nth(1)
        .getByRole('button', { name: /^Monter/ })
        .focus();
      await page.keyboard.press('Enter');
      await dialog.getByRole('status').filter({ hasText: 'est maintenant la diapositive 1' }).waitFor();
      assert.match(await items.nth(0).innerText(), /measure=difficiles/, 'the ranking is first now');
      // The focus followed the moved slide.
      assert.equal(await page.evaluate(() => document.activeElement?.closest('[data-slide-index]')?.getAttribute('data-slide-index')), '0');
      const note = items.nth(1).getByLabel('Légende ou note');
      await note.focus();
      await page.keyboard.type('Calvados : la moitié des projets de la Manche ?');
      await page.keyboard.press('Tab');
      // The dialog opens from the header (white buttons on blue): its own buttons must read on its white background.
      const colors = await dialog
        .locator('button:not(:disabled)')
        .evaluateAll((buttons) => buttons.map((button) => [getComputedStyle(button).color, getComputedStyle(button).backgroundColor]));
      assert.ok(
        colors.every(([color, background]) => (color !== background && color !== 'rgb(255, 255, 255)') || background !== 'rgb(255, 255, 255)'),
        JSON.stringify(colors),
      );
      await dialog.screenshot({ path: `${SCREENSHOTS}/deck-dialog-fr.png` });

      // The link: copied, or shown to copy by hand.
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await dialog.getByRole('button', { name: 'Copier le lien de la présentation' }).click();
      await dialog.getByRole('status').filter({ hasText: /copi/ }).waitFor();
      const manual = dialog.locator('.share-manual-link');
      const link = (await manual.count()) ? await manual.inputValue() : await page.evaluate(() => navigator.clipboard.readText());
      assert.match(link, /\/present\/recruitment-basin-ranking\/\?measure=difficiles#deck=/);

      // Present: each slide with its own filters and caption, → and Back between them.
      await dialog.getByRole('button', { name: 'Présenter' }).click();
      await page.waitForFunction(() => /\/present\/recruitment-basin-ranking\/$/.test(location.pathname) && location.search.includes('measure=difficiles'));
      await page.locator('.present figure[data-chart-id="recruitment-basin-ranking"]').waitFor();
      await onDeckSlide(page, 1, 3);
      // → through the ranking's parts (16 basins: more rows than a slide holds at 24 px), then to the next slide.
      await nextSlide(page);
      await page.waitForFunction(() => /\/present\/recruitment-by-department\/$/.test(location.pathname));
      assert.match(page.url(), /\?dep=14#deck=/, 'the second slide brings its own filters');
      assert.doesNotMatch(page.url(), /measure=/, 'and not the first one’s');
      await page.locator('.present figure[data-chart-id="recruitment-by-department"]').waitFor();
      assert.equal(await page.locator('.present-caption').innerText(), 'Calvados : la moitié des projets de la Manche ?');
      assert.match(await counter(page), /^2 \/ 3/);
      await screenshot(page, 'deck-slide-caption-fr');
      await page.goBack();
      await page.waitForFunction(() => /\/present\/recruitment-basin-ranking\/$/.test(location.pathname) && location.search.includes('measure=difficiles'));
      assert.equal(await page.locator('.present-caption').count(), 0);

      // The shared link, in another browser: the same deck, in order, offline once visited.
      const other = await openPage(browser, { width: 1920, height: 1080 });
      try {
        await other.page.goto(link);
        await hydrated(other.page);
        await other.page.locator('.present figure[data-chart-id="recruitment-basin-ranking"]').waitFor();
        await onDeckSlide(other.page, 1, 3);
        await other.page.evaluate(() => navigator.serviceWorker.ready);
        // The service worker caches pages as they are visited: visit the deck once, then go offline.
        for (const id of ['recruitment-by-department', 'ai-uses']) {
          await nextSlide(other.page);
          await other.page.locator(`.present figure[data-chart-id="${id}"]`).waitFor();
          await other.page.locator('.present figure.chart[data-checked]').first().waitFor();
        }
        await other.context.setOffline(true);
        await other.page.goto(link);
        await other.page.locator('.present figure[data-chart-id="recruitment-basin-ranking"]').waitFor({ timeout: 20_000 });
        await hydrated(other.page);
        await onDeckSlide(other.page, 1, 3);
        await nextSlide(other.page, 'PageDown');
        await other.page.locator('.present figure[data-chart-id="recruitment-by-department"]').waitFor({ timeout: 20_000 });
        assert.match(await other.page.locator('.present-caption').innerText(), /Calvados/);
        assert.equal(await other.page.locator('.error-card').count(), 0, 'a slide failed offline');
        await screenshot(other.page, 'deck-offline-1920');
      } finally {
        await other.context.close();
      }
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('a 5-slide deck from four sections, each with its filters and a caption, read from the back of a room at 1920×1080', async () => {
    const slides = [
      ['employment-growth', '', 'Emploi', 'Les métiers de l’informatique ont gagné des emplois depuis 2015.'],
      ['recruitment-normandy-france', '', 'Normandie et France', 'Projets jugés difficiles : la Normandie sous la moyenne nationale.'],
      [
        'recruitment-basin-ranking',
        'measure=difficiles',
        'Bassins',
        'Où les employeurs disent avoir du mal à recruter : les bassins classés par part de projets difficiles, avec les secrets statistiques en toutes lettres.',
      ],
      ['ai-uses', '', 'Usages de l’IA', 'Ce que les TPE-PME font de l’IA.'],
      ['training-demand', 'dep=14', 'Formations', 'Calvados : les formations face aux projets de recrutement, par bassin.'],
    ];
    const { context, page, problems } = await openPage(browser, { width: 1920, height: 1080 });
    const failures = [];
    try {
      await page.goto(deckLink(slides));
      await hydrated(page);
      let lastParts = 0;
      for (let slide = 1; slide <= slides.length; slide += 1) {
        await onDeckSlide(page, slide, slides.length);
        for (let part = 1; ; part += 1) {
          lastParts = part;
          await page.waitForFunction((p) => document.querySelector('.present-counter')?.dataset.part === String(p), part);
          await page.locator('.present figure.chart[data-checked]').first().waitFor();
          // A captioned or filtered slide is drawn by ECharts (its build-time drawing is the built-in deck's): once still.
          await page.waitForTimeout(1200);
          const where = `slide ${slide} (${slides[slide - 1][0]}) part ${part}`;
          const fit = await page.evaluate(() => {
            const box = document.querySelector('.present-slide');
            const bar = document.querySelector('.present-bar').getBoundingClientRect();
            const caption = document.querySelector('.present-caption')?.getBoundingClientRect();
            const title = parseFloat(getComputedStyle(document.querySelector('.present .chart-title')).fontSize);
            const sizes = [...document.querySelectorAll('.present .chart-box .echart svg text')]
              .filter((text) => text.textContent.trim())
              .map((text) => parseFloat(getComputedStyle(text).fontSize));
            return {
              overflow: box.scrollHeight - box.clientHeight,
              barInView: bar.bottom <= innerHeight,
              captionInView: caption ? caption.bottom <= bar.top + 1 && caption.top >= 0 : false,
              title,
              smallest: sizes.length ? Math.min(...sizes) : null,
            };
          });
          if (fit.overflow > 0) failures.push(`${where}: ${fit.overflow} px taller than the screen`);
          if (!fit.barInView) failures.push(`${where}: the controls are off screen`);
          if (!fit.captionInView) failures.push(`${where}: the caption is not on screen`);
          if (fit.title < 32) failures.push(`${where}: title ${fit.title} px`);
          if (fit.smallest !== null && fit.smallest < 24) failures.push(`${where}: ${fit.smallest} px chart text`);
          for (const chart of await chartTextCollisions(page, '.present figure[data-chart-id]', { shapes: true }))
            for (const problem of [...chart.overlaps, ...chart.cut]) failures.push(`${where}: ${problem}`);
          if (part === 1) await screenshot(page, `deck-room-${slide}-${slides[slide - 1][0]}`);
          const rows = (await page.locator('.present-rows').count()) ? await page.locator('.present-rows').innerText() : '';
          if (!/→/.test(rows)) break;
          // A clicker's Space moves through the parts of a long chart.
          await page.keyboard.press(' ');
        }
        if (slide < slides.length) await page.keyboard.press('ArrowRight');
      }
      // ← back through the last slide's parts, then to the slide before it.
      for (let part = 0; part < lastParts; part += 1) await page.keyboard.press('ArrowLeft');
      await onDeckSlide(page, slides.length - 1, slides.length);
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !/\/present\//.test(location.pathname));
      assert.deepEqual(failures, []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});

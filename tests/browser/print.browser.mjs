/**
 * Printing Recrutements on A4 (issue #12 item 3, first part): the map's zoom
 * buttons do not print, the basin list prints whole (27 basins, none clipped
 * by its on-screen scroll box), and a PDF comes out.
 *
 *   npm run build && node tests/browser/run.mjs print
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { hydrated, launchBrowser, liveMap, openPage } from './harness.mjs';

const BASE = process.env.PREVIEW_URL;

describe('print (A4)', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('Recrutements prints the whole basin list and no map buttons', async () => {
    const { context, page } = await openPage(browser, { width: 1280, height: 900 });
    try {
      await page.goto(`${BASE}recrutements/`);
      await hydrated(page);
      await liveMap(page);
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => {
        const list = document.querySelector('.rmap-list ul');
        const visible = (element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
        return {
          basins: [...document.querySelectorAll('.rmap-option')].filter(visible).length,
          clipped: list.scrollHeight - list.clientHeight,
          buttons: [...document.querySelectorAll('.maplibregl-ctrl button, .chart-actions button')].filter(visible).length,
        };
      });
      assert.equal(printed.basins, 27, 'every basin of the list prints');
      assert.ok(printed.clipped <= 1, `the list is clipped by ${printed.clipped} px`);
      assert.equal(printed.buttons, 0, 'no zoom or action buttons on paper');
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      assert.ok(pages >= 2 && pages <= 12, `${pages} pages`);
    } finally {
      await context.close();
    }
  });
});

/**
 * Issue #12 item 4: every section printed to PDF by Chromium (A4 portrait), read back with poppler's
 * pdftotext page by page: no empty page, the page address and date on every page, every card's title
 * and source line on one page (a card never split), the map whole with its names, legend and the 27
 * basins of its list, and no buttons.
 */
const SECTIONS = ['', 'ia/', 'emploi/', 'recrutements/', 'competences/', 'formations/', 'metiers/'];

function pdfPages(pdf) {
  const dir = mkdtempSync(join(tmpdir(), 'print-'));
  try {
    const file = join(dir, 'page.pdf');
    writeFileSync(file, pdf);
    const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    return Array.from({ length: count }, (_, index) =>
      execFileSync('pdftotext', ['-f', String(index + 1), '-l', String(index + 1), '-layout', file, '-'], { encoding: 'utf8' }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Spaces and line breaks as one space: pdftotext lays a wrapped line out on two. */
const flat = (text) => text.replace(/\s+/g, ' ').trim();

describe('print to PDF (A4), every section', () => {
  let browser;
  const counts = {};
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    console.log(`PDF pages per section: ${JSON.stringify(counts)}`);
    await browser?.close();
  });

  for (const section of SECTIONS)
    it(`${section || 'vue d’ensemble'} prints whole`, async () => {
      const { context, page } = await openPage(browser, { width: 1280, height: 900 });
      try {
        await page.goto(`${BASE}${section}`);
        await hydrated(page);
        // Every view of the page reached, as a reader scrolling down would (views hydrate as they near the screen).
        await page.evaluate(async () => {
          for (let y = 0; y < document.body.scrollHeight; y += 500) {
            scrollTo(0, y);
            await new Promise((resolveWait) => setTimeout(resolveWait, 120));
          }
          scrollTo(0, 0);
        });
        // The live map (WebGL canvas) is what used to print cropped: print it after the reader has used it.
        if (section === 'recrutements/') await liveMap(page);
        await page.emulateMedia({ media: 'print' });
        // Chromium's PDF export does not fire `beforeprint`, which Ctrl+P does: the app writes the address line then.
        await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
        await page.waitForTimeout(300);
        // Laid out at the A4 content width (210 − 2 × 12 mm ≈ 703 px) to tell which cards are taller than a page (269 mm ≈ 1017 px).
        await page.setViewportSize({ width: 703, height: 1017 });
        const cards = await page.evaluate(() =>
          [...document.querySelectorAll('figure.chart')].map((figure) => ({
            title: figure.querySelector('.chart-title')?.textContent?.trim() ?? '',
            source: figure.querySelector('.chart-source')?.textContent?.trim() ?? '',
            tall: figure.getBoundingClientRect().height > 1000,
          })),
        );
        // The whole map as drawn at build time, names included, instead of the live canvas.
        const drawing = await page.evaluate(() => {
          const image = document.querySelector('.rmap[data-print-drawing="build"] .rmap-stage .chart-static img');
          const canvas = document.querySelector('.rmap-stage canvas');
          return { shown: !!image && image.getClientRects().length > 0 && image.naturalWidth > 0, canvas: !!canvas && canvas.getClientRects().length > 0 };
        });
        if (section === 'recrutements/') assert.deepEqual(drawing, { shown: true, canvas: false });
        const address = await page.evaluate(() => location.href);
        const pages = pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true })).map(flat);
        counts[section || '/'] = pages.length;
        assert.ok(pages.length >= 1 && pages.length <= 12, `${pages.length} pages`);
        pages.forEach((text, index) => {
          const body = text
            .split(address)
            .join('')
            .replace(/Imprimé depuis|le \d+ \w+ \d{4}/g, '')
            .trim();
          assert.ok(body.length > 80, `page ${index + 1} is empty: « ${text} »`);
          assert.ok(text.includes(address), `page ${index + 1} gives the address ${address}`);
        });
        // A card is never split: its title and its source line are on one page (a list or table longer than a
        // page goes on, its header row repeated).
        for (const card of cards.filter((entry) => entry.title && entry.source)) {
          const title = flat(card.title);
          const source = flat(card.source).slice(0, 60);
          assert.ok(
            pages.some((text) => text.includes(title)),
            `« ${title} » is printed`,
          );
          assert.ok(
            pages.some((text) => text.includes(source)),
            `the source of « ${title} » is printed`,
          );
          if (!card.tall)
            assert.ok(
              pages.some((text) => text.includes(title) && text.includes(source)),
              `« ${title} » is split across pages`,
            );
        }
        if (section === 'recrutements/') {
          const first = pages[0];
          assert.ok(first.includes('Projets de recrutement par bassin'), 'the map is on the first page, under the heading');
          const names = await page.evaluate(() => [...document.querySelectorAll('.rmap-option .rmap-name')].map((name) => name.textContent.trim()));
          assert.equal(names.length, 27);
          // Whole names, never cut short (a name may wrap in its column, and the columns' lines interleave in the text).
          for (const name of names) for (const word of name.split(/\s+/)) assert.ok(first.includes(word), `the printed list names ${name} (${word})`);
          assert.ok(first.includes('Légende'), 'the legend prints');
          assert.ok(!first.includes('Toute la Normandie'), 'no department buttons on paper');
          for (const name of ['Rouen', 'Caen', 'Le Havre']) assert.ok(first.includes(name), `the printed map names ${name}`);
        }
      } finally {
        await context.close();
      }
    });
});

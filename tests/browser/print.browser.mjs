/**
 * Printing Recrutements on A4 (issue #12 item 3, first part): the map's zoom
 * buttons do not print, the basin list prints whole (27 basins, none clipped
 * by its on-screen scroll box), and a PDF comes out.
 *
 *   npm run build && node tests/browser/run.mjs print
 */
import assert from 'node:assert/strict';
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

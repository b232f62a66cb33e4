/**
 * Every dataset the app reads, broken three ways on a copy of the build
 * (missing, invalid JSON, a schema failure): each shows an error card naming
 * the file (and the field), in every view that reads it, the prerendered
 * default view included; every other view keeps working. The rest of the
 * fault matrix is in faults.browser.mjs (this part is its own file so each
 * stays well under the runner's per-file time limit).
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_SECTION, SECTIONS, alerts, openSection, settled } from './faultHelpers.mjs';
import { launchBrowser, openPage, screenshot } from './harness.mjs';
import { copyDist, serveStatic } from './staticServer.mjs';

/**
 * Files the filter bar also reads, on every page, without suspending: broken, it shows codes instead of labels
 * and keeps working (no card there); the views that read them show the card.
 */
// Read by the filter bar without a card of its own (it falls back to codes, or to names without synonyms); their cards show in the views (occupation-synonyms: the Métiers « Méthode et sources » panel).
const FILTER_BAR_FILES = new Set(['bmo/bmo-2024-occupations.json', 'jobs/occupation-synonyms.json']);
/** Where the card of a filter-bar file shows, when it is not in every view reading it: waited for there. */
const CARD_SECTIONS = new Map([['jobs/occupation-synonyms.json', new Set(['metiers'])]]);

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

describe('faults: broken data files', () => {
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
            const expected = broken.filter(
              (item) => sectionsOf.get(item.file).has(id) && (!FILTER_BAR_FILES.has(item.file) || CARD_SECTIONS.get(item.file)?.has(id)),
            );
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
});

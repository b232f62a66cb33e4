/**
 * The English version shows no French: every section at 1280 px with
 * `?lang=en`, every chart drawn by ECharts and every data table open; the
 * page's text and the charts' own SVG text are searched for French labels the
 * data and the dictionary carry (a list of known leaks, each one a bug once).
 */
import assert from 'node:assert/strict';
import { writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { hydrated, launchBrowser, liveChart, openPage, screenshot, SCREENSHOTS } from './harness.mjs';

const BASE = process.env.PREVIEW_URL;
const SECTIONS = ['', 'emploi', 'ia', 'recrutements', 'competences', 'formations', 'metiers'];

/** French category names and words the app itself writes; each was seen leaking into the English page once. */
export const FRENCH_LEAKS = [
  // France Num sectors
  /Ensemble des TPE-PME/u,
  /\bNumérique\b/u,
  /Services spécialisés/u,
  /Activités financières/u,
  /\bIndustrie\b/u,
  /Transport, logistique/u,
  /Commerce \(détail/u,
  /Hébergement, restauration/u,
  /Services à la personne/u,
  // BMO occupation families
  /Fonctions administratives/u,
  /Fonctions d'encadrement/u,
  /Ouvriers des secteurs/u,
  /Ouvriers de la construction et du bâtiment/u,
  /Fonctions sociales/u,
  /Autres techniciens et employés/u,
  /Fonctions liées à la vente/u,
  /Autres métiers/u,
  // The study's groups, skill categories, job-sheet families
  /Ingénieurs de l'informatique/u,
  /Techniciens de l'informatique/u,
  /Informatique et télécommunication/u,
  /Compétences (techniques|analytiques|comportementales|en gestion de projet)/u,
  /Programmation et développement/u,
  /Métiers de l’intelligence/u,
  /Interfaces utilisateurs et/u,
  /Expertise et conseil/u,
  /Direction, management et/u,
  // Words the app writes
  /Sans fiche/u,
  /non daté/u,
  /\bplus de \d/u,
  /secret statistique/u,
  /non publié/u,
  /\bau moins\b/u,
  /\bSecteur\b/u,
  /\bDonnées\b/u,
  /\bAucun(e)?\b/u,
];

/** French spacing before a colon, searched where the app joins a label and its value (chips, job lines, notes). */
const FRENCH_COLON = /\S : /u;
const COLON_SCOPES = '.chips, .job-meta, .chart-ignored-filters';

/** Lines of `text` that match a French leak, with the pattern. */
export function frenchLines(text) {
  const hits = [];
  for (const line of text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    // A source line is a citation, quoted as the source words it (the footer says so).
    if (/^Sources? :/u.test(line)) continue;
    const pattern = FRENCH_LEAKS.find((leak) => leak.test(line));
    if (pattern) hits.push(`${line}   [${pattern}]`);
  }
  return [...new Set(hits)];
}

describe('English version', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => browser?.close());

  for (const section of SECTIONS) {
    it(`${section || 'vue-ensemble'}/?lang=en&sector=numerique shows no French label`, async () => {
      const { page, context } = await openPage(browser, { locale: 'en-GB' });
      await page.goto(`${BASE}${section ? `${section}/` : ''}?lang=en&sector=numerique`);
      await hydrated(page);
      const ids = await page.locator('figure[data-chart-id]').evaluateAll((figures) => figures.map((f) => f.getAttribute('data-chart-id')));
      for (const id of ids) {
        if (id === 'recruitment-map') continue;
        const figure = page.locator(`figure[data-chart-id="${id}"]`);
        if ((await figure.locator('.chart-box .chart-static').count()) > 0) await liveChart(page, id).catch(() => {});
        const toggle = figure.getByRole('button', { name: 'Data', exact: true });
        if ((await toggle.count()) > 0 && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
      }
      await page.waitForTimeout(300);
      const text = await page.evaluate(() => {
        const svgText = [...document.querySelectorAll('svg text')].map((node) => node.textContent ?? '').join('\n');
        return `${document.body.innerText}\n${svgText}`;
      });
      mkdirSync(SCREENSHOTS, { recursive: true });
      writeFileSync(resolve(SCREENSHOTS, `english-${section || 'vue-ensemble'}.txt`), text);
      await screenshot(page, `english-${section || 'vue-ensemble'}-1280`);
      const joined = await page.locator(COLON_SCOPES).evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));
      const hits = [...frenchLines(text), ...joined.filter((line) => FRENCH_COLON.test(line)).map((line) => `${line}   [French colon]`)];
      assert.deepEqual(hits, [], `${section || 'vue-ensemble'} in English shows French:\n${hits.join('\n')}`);
      await context.close();
    });
  }

  it('the AI sector slide in English names sectors and the filter chip in English', async () => {
    const { page, context } = await openPage(browser, { width: 1920, height: 1080, locale: 'en-GB' });
    await page.goto(`${BASE}present/ai-adoption-by-sector/?lang=en&sector=numerique`);
    await hydrated(page);
    await liveChart(page, 'ai-adoption-by-sector');
    const text = await page.evaluate(
      () => `${document.body.innerText}\n${[...document.querySelectorAll('svg text')].map((node) => node.textContent ?? '').join('\n')}`,
    );
    await screenshot(page, 'english-slide-ai-adoption-1920');
    assert.match(text, /Digital/u);
    assert.deepEqual(frenchLines(text), []);
    await context.close();
  });
});

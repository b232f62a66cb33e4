import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chartDrawn, chartFigure, launchBrowser, liveChart, openPage, screenshot } from './harness.mjs';

const BASE = process.env.PREVIEW_URL;
const AI_CHARTS = ['ai-adoption-by-sector', 'ai-data-exchange-by-sector', 'ai-decision-analytics-by-sector', 'ai-uses', 'ai-benefits'];
const SKILLS_CHARTS = ['skills-matrix', 'skills-job-activities', 'skills-article-domains'];
const DRAWN_WITH_ECHARTS = new Set([...AI_CHARTS, 'skills-matrix']);

/** Waits until every chart of the list has drawn: a drawing (build-time or ECharts') for the charts, content for the text cards. */
async function waitForCharts(page, ids) {
  for (const id of ids) {
    const figure = chartFigure(page, id);
    await figure.waitFor();
    if (DRAWN_WITH_ECHARTS.has(id)) await chartDrawn(figure);
    else await figure.locator('.chart-box li').first().waitFor();
    assert.equal(await figure.locator('.chart-empty').count(), 0, `${id} shows "Aucune donnée"`);
    assert.match(await figure.locator('.chart-source').innerText(), /\S{3,}.*(Carif-Oref|Global Work Hub)/, `${id} has no source line`);
  }
}

async function noHorizontalScroll(page, label) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${label} scrolls horizontally by ${overflow}px`);
}

describe('IA dans les entreprises and Compétences', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => browser?.close());

  it('ia/ draws its five charts; a sector picked with the keyboard goes to the URL and is highlighted in the other charts', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${BASE}ia/`);
    await waitForCharts(page, AI_CHARTS);
    await screenshot(page, 'ai-skills-ia-1280');

    const adoption = page.locator('[data-chart-id="ai-adoption-by-sector"]');
    const picker = adoption.getByRole('combobox', { name: 'Secteur mis en évidence' });
    await picker.focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('sector') === 'numerique');
    assert.match(await adoption.locator('.ai-highlight').innerText(), /^Numérique : Normandie 2023 5,4\s%\* ; Normandie 2024 20,1\s%\*/u);
    // The same sector, highlighted by the data-exchange chart (published for France only there).
    const exchange = page.locator('[data-chart-id="ai-data-exchange-by-sector"]');
    assert.match(await exchange.locator('.ai-highlight').innerText(), /^Numérique : Normandie 2023 non publié ; France 2023 31,3\s%/u);
    assert.equal(await exchange.getByRole('combobox', { name: 'Secteur mis en évidence' }).inputValue(), 'numerique');
    await screenshot(page, 'ai-skills-ia-sector-1280');

    // A click on a sector's axis label picks it too; clicking it again clears it.
    await liveChart(page, 'ai-adoption-by-sector');
    await adoption.locator('.chart-box svg text', { hasText: /^Industrie$/ }).click();
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('sector') === 'industrie');
    await adoption.locator('.chart-box svg text', { hasText: /Industrie$/ }).click();
    await page.waitForFunction(() => !new URL(window.location.href).searchParams.has('sector'));

    assert.deepEqual(problems, []);
    await context.close();
  });

  it('ia/ opens with the sector from a shared link and shows the data table of what is plotted', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${BASE}ia/?sector=transport-logistique`);
    await waitForCharts(page, AI_CHARTS);
    const adoption = page.locator('[data-chart-id="ai-adoption-by-sector"]');
    assert.match(await adoption.locator('.ai-highlight').innerText(), /^Transport, logistique :/);
    await adoption.getByRole('button', { name: 'Données' }).click();
    const table = adoption.getByRole('table');
    await table.waitFor();
    assert.match(await table.locator('tbody tr').first().innerText(), /Ensemble des TPE-PME\s+3,5\s%\s+11,6\s%\s+4,8\s%\*\s+12,8\s%\*/u);
    const uses = page.locator('[data-chart-id="ai-uses"]');
    await uses.getByRole('button', { name: 'Données' }).click();
    assert.match(await uses.getByRole('table').innerText(), /valeur incertaine \(2,7\s% ; 2\s% ; 1,2\s%\)/u);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('competences/ draws the skills matrix and marks the blog article as a secondary source', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${BASE}competences/`);
    await waitForCharts(page, SKILLS_CHARTS);
    const article = page.locator('[data-chart-id="skills-article-domains"]');
    assert.equal(await article.getByText('Source secondaire : article de blog d’un recruteur, sans sources citées').isVisible(), true);
    const matrix = await liveChart(page, 'skills-matrix');
    assert.ok((await matrix.locator('.chart-box svg text', { hasText: 'Compétences techniques' }).count()) > 0);
    await screenshot(page, 'ai-skills-competences-1280');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('both sections fit a 375 px phone', async () => {
    const { page, problems, context } = await openPage(browser, { width: 375, height: 812, isMobile: true, hasTouch: true });
    await page.goto(`${BASE}ia/`);
    await waitForCharts(page, AI_CHARTS);
    await noHorizontalScroll(page, 'ia/');
    await screenshot(page, 'ai-skills-ia-375');
    await page.goto(`${BASE}competences/`);
    await waitForCharts(page, SKILLS_CHARTS);
    await noHorizontalScroll(page, 'competences/');
    await screenshot(page, 'ai-skills-competences-375');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

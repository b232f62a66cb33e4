import { describe, expect, it } from 'vitest';
import { CHART_INDEX, chartSection } from './chartIndex';
import { loadCharts, loadChartsOf } from './charts';

const isLazy = (component: unknown) => (component as { $$typeof?: symbol }).$$typeof === Symbol.for('react.lazy');

describe('chart index', () => {
  it('lists every chart the sections register, in the presentation order, with its section', async () => {
    const registered = (await loadCharts()).map((chart) => ({ id: chart.id, section: chart.section }));
    expect(CHART_INDEX).toEqual(registered);
    expect(chartSection('recruitment-map')).toBe('recrutements');
    expect(chartSection('inconnu')).toBeNull();
  });

  it('gives an embed or a slide its own section’s charts loaded, the others loading with their first showing', async () => {
    const charts = await loadChartsOf(['emploi']);
    expect(charts.map((chart) => chart.id)).toEqual(CHART_INDEX.map((place) => place.id));
    for (const chart of charts) expect(isLazy(chart.Component), chart.id).toBe(chart.section !== 'emploi');
    expect(await loadChartsOf(['emploi'])).toBe(charts);
  });
});

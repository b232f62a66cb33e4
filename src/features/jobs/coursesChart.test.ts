import { buildJobsCoursesChart } from './coursesChart';
import { sheetsData } from './fixtures.test-data';

import { barValueText } from '../../charts/bars';

describe('buildJobsCoursesChart', () => {
  const model = buildJobsCoursesChart(sheetsData, null, 'fr');
  const description = model.description!;

  it('ranks the jobs that have a number, most courses first', () => {
    expect(description.categories.map((category) => category.label)).toEqual([
      'Directeur artistique',
      'Développeur web mobile',
      'Architecte logiciel',
      'Ergonome',
    ]);
    expect(description.series[0]!.values.map((value) => (value?.kind === 'number' || value?.kind === 'lower-bound' ? value.value : null))).toEqual([
      1000, 95, 2, 2,
    ]);
  });

  it('draws "plus de 1 000" and "plusieurs" hatched at their lower bound and labels them in the sheet’s words', () => {
    const values = description.series[0]!.values;
    // Lower bounds (hatched by the chart layer), a plain count (solid).
    expect(values.map((value) => value?.kind)).toEqual(['lower-bound', 'number', 'number', 'lower-bound']);
    expect([0, 1, 3].map((index) => barValueText(description, values[index]!))).toEqual(['plus de 1\u202f000', '95', 'plusieurs']);
    expect(description.tooltip!(0)).toBe('Directeur artistique : plus de 1\u202f000 formations recensées (France entière) — borne basse');
  });

  it('tables exactly what is plotted, lower bounds flagged', () => {
    expect(model.table.rows.map((row) => [row.job!.text, row.wording!.text, row.plotted!.text, row.plotted!.flag])).toEqual([
      ['Directeur artistique', 'plus de 1\u202f000', '1\u202f000', 'lower-bound'],
      ['Développeur web mobile', '95', '95', undefined],
      ['Architecte logiciel', '2', '2', undefined],
      ['Ergonome', 'plusieurs', '2', 'lower-bound'],
    ]);
  });

  it('says the counts are national and undated, and names what is not plotted', () => {
    expect(model.subtitle).toContain('France entière');
    expect(model.subtitle).toContain('non daté');
    expect(model.notes[0]).toBe('Chiffres nationaux (France entière) et non datés : ce ne sont ni des chiffres normands, ni des chiffres actuels.');
    expect(model.notes).toContain('Fiche sans nombre de formations continues, non tracée : Ingénieur avant-vente.');
    expect(model.notes).toContain('Métiers sans fiche, non tracés : Ingénieur commercial.');
    expect(model.notes).toContain('Ergonome : « plusieurs » : borne basse conventionnelle de 2.');
    expect(model.source).toBe('Source : Réseau des Carif-Oref, Les fiches métiers : formation, compétences et emploi');
  });

  it('reserves a height that grows with the number of bars, and no less on a phone (labels wrap narrower)', () => {
    expect(model.height).toBeGreaterThan(buildJobsCoursesChart(sheetsData, 'interfaces-creations-numeriques', 'fr').height - 1);
    expect(buildJobsCoursesChart(sheetsData, null, 'fr', { compact: true }).height).toBeGreaterThanOrEqual(model.height);
  });

  it('follows the family picker and gives no option when nothing in it has a number', () => {
    const design = buildJobsCoursesChart(sheetsData, 'interfaces-creations-numeriques', 'fr');
    expect(design.description!.categories.map((category) => category.label)).toEqual(['Directeur artistique', 'Ergonome']);
    const commerce = buildJobsCoursesChart(sheetsData, 'commerce', 'fr');
    expect(commerce.option).toBeNull();
    expect(commerce.table.rows).toEqual([]);
  });

  it('summarises the extremes in English when asked', () => {
    const english = buildJobsCoursesChart(sheetsData, null, 'en');
    expect(english.summary).toBe('4 jobs plotted. Most courses: Directeur artistique (more than 1,000); fewest: Ergonome (several).');
  });
});

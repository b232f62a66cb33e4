import { buildJobsCoursesChart } from './coursesChart';
import { sheetsData } from './fixtures.test-data';

type Bar = { value: number; itemStyle: { decal?: unknown } };
type Option = {
  yAxis: { data: string[] };
  series: { data: Bar[]; label: { formatter: (p: unknown) => string } }[];
  tooltip: { formatter: (p: unknown) => string; renderMode: string };
  media: unknown[];
};

describe('buildJobsCoursesChart', () => {
  const model = buildJobsCoursesChart(sheetsData, null, 'fr');
  const option = model.option as unknown as Option;

  it('ranks the jobs that have a number, most courses first', () => {
    expect(option.yAxis.data).toEqual(['Directeur artistique', 'Développeur web mobile', 'Architecte logiciel', 'Ergonome']);
    expect(option.series[0]!.data.map((bar) => bar.value)).toEqual([1000, 95, 2, 2]);
  });

  it('draws "plus de 1 000" and "plusieurs" hatched at their lower bound and labels them in the sheet’s words', () => {
    const bars = option.series[0]!.data;
    expect(bars[0]!.itemStyle.decal).toBeDefined();
    expect(bars[3]!.itemStyle.decal).toBeDefined();
    expect(bars[1]!.itemStyle.decal).toBeUndefined();
    const label = option.series[0]!.label.formatter;
    expect([0, 1, 3].map((dataIndex) => label({ dataIndex }))).toEqual(['plus de 1\u202f000', '95', 'plusieurs']);
    expect(option.tooltip.formatter({ dataIndex: 0 })).toBe('Directeur artistique : plus de 1\u202f000 formations recensées (France entière) — borne basse');
    expect(option.tooltip.renderMode).toBe('richText');
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

  it('reserves a height that grows with the number of bars and narrows labels on phones', () => {
    expect(model.height).toBeGreaterThan(buildJobsCoursesChart(sheetsData, 'interfaces-creations-numeriques', 'fr').height - 1);
    expect(option.media).toHaveLength(1);
  });

  it('follows the family picker and gives no option when nothing in it has a number', () => {
    const design = buildJobsCoursesChart(sheetsData, 'interfaces-creations-numeriques', 'fr');
    expect((design.option as unknown as Option).yAxis.data).toEqual(['Directeur artistique', 'Ergonome']);
    const commerce = buildJobsCoursesChart(sheetsData, 'commerce', 'fr');
    expect(commerce.option).toBeNull();
    expect(commerce.table.rows).toEqual([]);
  });

  it('summarises the extremes in English when asked', () => {
    const english = buildJobsCoursesChart(sheetsData, null, 'en');
    expect(english.summary).toBe('4 jobs plotted. Most courses: Directeur artistique (more than 1,000); fewest: Ergonome (several).');
  });
});

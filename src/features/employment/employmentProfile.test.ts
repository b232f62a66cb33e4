import type { BarSeriesOption, EChartsOption } from 'echarts';
import { buildEmploymentProfile } from './employmentProfile';
import { profileFixture } from './testing/fixtures';

const NBSP = '\u00a0';

type Item = { value: number | '-'; label?: { formatter?: string; show?: boolean }; itemStyle?: Record<string, unknown> };
function series(option: EChartsOption | null): BarSeriesOption[] {
  return (option?.series ?? []) as BarSeriesOption[];
}
function items(option: EChartsOption | null, index: number): Item[] {
  return (series(option)[index]?.data ?? []) as Item[];
}

describe('buildEmploymentProfile', () => {
  it('shows the selected sub-family alone, categories in the study order', () => {
    const model = buildEmploymentProfile(profileFixture, { occupation: 'M2X90' }, 'fr', 'diplome');
    expect(model.id).toBe('employment-profile');
    expect(model.subtitle).toBe('Part des actifs en emploi par diplôme, en %, Normandie, 2021');
    const axis = model.option!.yAxis as { data: string[] };
    expect(axis.data).toEqual(['Aucun diplôme', "Diplôme d'études supérieures"]);
    expect(series(model.option).map((entry) => entry.name)).toEqual(["Ingénieurs de l'informatique", "Ingénieurs de l'informatique"]);
    expect(items(model.option, 0).map((item) => item.value)).toEqual([2.2, 89.1]);
    expect(items(model.option, 0)[1]!.label?.formatter).toBe(`89,1${NBSP}%`);
    expect(model.table.columns.map((column) => column.label)).toEqual(['Catégorie', "Ingénieurs de l'informatique"]);
  });

  it('for the study pair, shows both sub-families and the family where the study publishes it', () => {
    const model = buildEmploymentProfile(profileFixture, { occupation: 'informatique' }, 'fr', 'diplome');
    expect((model.option!.legend as { data: string[] }).data).toEqual([
      "Ingénieurs de l'informatique",
      "Techniciens de l'informatique",
      'Informatique et télécommunication',
    ]);
    expect(items(model.option, 4).map((item) => item.value)).toEqual(['-', 73.6]);
    expect(model.notes.join(' ')).toMatch(/ne publie que la part des hommes/);
  });

  it('draws an ambiguous share as a hatched band between its candidates, never as one bar', () => {
    const model = buildEmploymentProfile(profileFixture, { occupation: 'M2X90' }, 'fr', 'sexe');
    const [offset, band] = [items(model.option, 0), items(model.option, 1)];
    expect(offset[0]).toMatchObject({ value: 17.7, itemStyle: { color: 'transparent' }, label: { show: false } });
    expect(band[0]!.value).toBeCloseTo(0.5);
    expect(band[0]!.label?.formatter).toBe(`17,7–18,2${NBSP}% ?`);
    expect(series(model.option)[1]!.itemStyle).toHaveProperty('decal');
    expect(model.table.rows[0]!['ingenieurs']).toMatchObject({ text: `entre 17,7${NBSP}% et 18,2${NBSP}% (valeur incertaine)`, sort: null, flag: 'ambiguous' });
    expect(model.notes.join(' ')).toMatch(/Barres hachurées/);
    expect(model.summary).toContain(`Femmes entre 17,7${NBSP}% et 18,2${NBSP}%`);
  });

  it('says there is no data for a group without figures in that dimension', () => {
    const technicians = buildEmploymentProfile(profileFixture, { occupation: 'M1X80' }, 'fr', 'sexe');
    expect(technicians.option).toBeNull();
    const outside = buildEmploymentProfile(profileFixture, { occupation: 'A0X40' }, 'fr', 'diplome');
    expect(outside.option).toBeNull();
    expect(outside.notes.join(' ')).toMatch(/n’est pas couvert/);
  });

  it('formats axis and tooltip in English when asked', () => {
    const model = buildEmploymentProfile(profileFixture, { occupation: 'M2X90' }, 'en', 'diplome');
    const axis = model.option!.xAxis as { axisLabel: { formatter: (value: number) => string } };
    expect(axis.axisLabel.formatter(50)).toBe('50%');
    const tooltip = model.option!.tooltip as { formatter: (params: unknown) => string };
    expect(tooltip.formatter({ seriesIndex: 0, dataIndex: 1 })).toBe("Ingénieurs de l'informatique\nDiplôme d'études supérieures: 89.1%");
  });
});

import type { BarSeriesOption, EChartsOption } from 'echarts';
import { buildEmploymentGrowth } from './employmentGrowth';
import { CITATION, growthFixture } from './testing/fixtures';

/** fr-FR thousands separator: a narrow no-break space. */
const NNBSP = '\u202f';
/** …and a no-break space before %. */
const NBSP = '\u00a0';

function series(option: EChartsOption | null): BarSeriesOption[] {
  return (option?.series ?? []) as BarSeriesOption[];
}
type Item = { value: number | '-'; label?: { formatter?: string }; itemStyle?: Record<string, unknown> };
function items(option: EChartsOption | null, index: number): Item[] {
  return (series(option)[index]?.data ?? []) as Item[];
}
function categories(option: EChartsOption | null): { value: string; textStyle?: { fontWeight?: string } }[] {
  const axis = option?.yAxis as { data: { value: string; textStyle?: { fontWeight?: string } }[] };
  return axis.data;
}

describe('buildEmploymentGrowth', () => {
  it('draws engineers, technicians then the family, with 2021 headcounts in French format', () => {
    const model = buildEmploymentGrowth(growthFixture, { occupation: 'informatique' }, 'fr');
    expect(model.id).toBe('employment-growth');
    expect(model.source).toBe(CITATION);
    expect(categories(model.option).map((category) => category.value.split('\n')[0])).toEqual([
      "Ingénieurs de l'informatique",
      "Techniciens de l'informatique",
      'Informatique et télécommunication',
    ]);
    expect(items(model.option, 1).map((item) => item.value)).toEqual([6205, 6211, 13358]);
    expect(items(model.option, 1).map((item) => item.label?.formatter)).toEqual([`6${NNBSP}205`, `6${NNBSP}211`, `13${NNBSP}358`]);
    expect(categories(model.option)[0]!.value).toContain(`+41,6${NBSP}% depuis 2015`);
  });

  it('hatches 2015 estimates and prefixes them with ≈, but draws a published 2015 figure solid', () => {
    const model = buildEmploymentGrowth(growthFixture, { occupation: 'informatique' }, 'fr');
    const previous = items(model.option, 0);
    expect(previous.map((item) => item.value)).toEqual([4382, 5590, 11085]);
    expect(previous[0]!.label?.formatter).toBe(`≈ 4${NNBSP}382`);
    expect(previous[0]!.itemStyle?.decal).toMatchObject({ symbol: 'rect' });
    expect(previous[1]!.label?.formatter).toBe(`5${NNBSP}590`);
    expect(previous[1]!.itemStyle?.decal).toBe('none');
    expect(model.notes.join(' ')).toMatch(/non publiés/);
    const engineersRow = model.table.rows[0]!;
    expect(engineersRow.employed2015).toMatchObject({ text: `≈ 4${NNBSP}382`, flag: 'ambiguous' });
  });

  it('puts growth and share of regional jobs in the table, and an ambiguous share as uncertain, never as a number', () => {
    const model = buildEmploymentGrowth(growthFixture, { occupation: 'informatique' }, 'fr');
    expect(model.table.columns.map((column) => column.key)).toEqual(['group', 'employed2015', 'employed2021', 'rate', 'share']);
    const [engineers, technicians, family] = model.table.rows;
    expect(family!.rate).toEqual({ text: `+20,5${NBSP}%`, sort: 20.5 });
    expect(technicians!.share).toEqual({ text: `0,5${NBSP}%`, sort: 0.5 });
    // Never a confident number: the table names both readings the text allows.
    expect(engineers!.share).toMatchObject({ sort: null, flag: 'ambiguous' });
    expect(engineers!.share!.text.replace(/[\u202f\u00a0]/g, ' ')).toBe('valeur incertaine (0,4 % ; 0,5 %)');
  });

  it('highlights the group the occupation filter points at, and only that one', () => {
    const engineers = buildEmploymentGrowth(growthFixture, { occupation: 'M2X90' }, 'fr');
    expect(categories(engineers.option).map((category) => category.textStyle?.fontWeight ?? null)).toEqual(['bold', null, null]);
    expect(items(engineers.option, 1)[0]!.itemStyle).toMatchObject({ borderWidth: 2 });
    expect(items(engineers.option, 1)[1]!.itemStyle).not.toHaveProperty('borderWidth');
    expect(engineers.summary).toContain("Groupe mis en avant : Ingénieurs de l'informatique.");

    const technicians = buildEmploymentGrowth(growthFixture, { occupation: 'M1X80' }, 'fr');
    expect(categories(technicians.option).map((category) => category.textStyle?.fontWeight ?? null)).toEqual([null, 'bold', null]);
  });

  it('highlights nothing and says so for an occupation the study does not cover', () => {
    const model = buildEmploymentGrowth(growthFixture, { occupation: 'A0X40' }, 'fr');
    expect(categories(model.option).every((category) => !category.textStyle)).toBe(true);
    expect(model.notes.join(' ')).toMatch(/n’est pas couvert/);
  });

  it('formats tooltips and axis labels the French way', () => {
    const model = buildEmploymentGrowth(growthFixture, { occupation: 'informatique' }, 'fr');
    const tooltip = model.option!.tooltip as { renderMode: string; formatter: (params: unknown) => string };
    expect(tooltip.renderMode).toBe('richText');
    expect(tooltip.formatter({ seriesIndex: 1, dataIndex: 2 })).toBe(
      `Informatique et télécommunication\n2021 : 13${NNBSP}358 actifs\nÉvolution 2015-2021 : +20,5${NBSP}%\nPart des emplois normands : 1${NBSP}%`,
    );
    expect(tooltip.formatter({ seriesIndex: 0, dataIndex: 0 })).toContain(`environ 4${NNBSP}382 actifs (estimation, non publiée)`);
    const axis = model.option!.xAxis as { axisLabel: { formatter: (value: number) => string } };
    expect(axis.axisLabel.formatter(12000)).toBe(`12${NNBSP}000`);
  });

  it('speaks English when asked', () => {
    const model = buildEmploymentGrowth(growthFixture, { occupation: 'informatique' }, 'en');
    expect(model.title).toBe('People in work in 2015 and 2021');
    expect(items(model.option, 1)[2]!.label?.formatter).toBe('13,358');
  });

  it('gives no option (so the frame says "Aucune donnée") when the file has no rows', () => {
    const model = buildEmploymentGrowth({ ...growthFixture, rows: [] }, { occupation: 'informatique' }, 'fr');
    expect(model.option).toBeNull();
    expect(model.table.rows).toEqual([]);
  });
});

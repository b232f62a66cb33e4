import { barValueText } from '../../charts/bars';
import type { ChartModel } from '../../charts/model';
import { buildEmploymentGrowth } from './employmentGrowth';
import { CITATION, growthFixture } from './testing/fixtures';

/** fr-FR thousands separator: a narrow no-break space. */
const NNBSP = '\u202f';
/** …and a no-break space before %. */
const NBSP = '\u00a0';

/** The value labels of one series (2015 = 0, 2021 = 1), as the chart prints them. */
function labels(model: ChartModel, index: number): string[] {
  const description = model.description!;
  return description.series[index]!.values.map((value) => barValueText(description, value));
}

describe('buildEmploymentGrowth', () => {
  it('draws engineers, technicians then the family, with 2021 headcounts in French format', () => {
    const model = buildEmploymentGrowth(growthFixture, { occupation: 'informatique' }, 'fr');
    expect(model.id).toBe('employment-growth');
    expect(model.source).toBe(CITATION);
    const description = model.description!;
    expect(description.categories.map((category) => category.key)).toEqual(['ingenieurs', 'techniciens', 'famille']);
    expect(description.categories.map((category) => category.label.split(' (')[0])).toEqual([
      "Ingénieurs de l'informatique",
      "Techniciens de l'informatique",
      'Informatique et télécommunication',
    ]);
    expect(description.series[1]!.values).toEqual([6205, 6211, 13358].map((value) => ({ kind: 'number', value })));
    expect(labels(model, 1)).toEqual([`6${NNBSP}205`, `6${NNBSP}211`, `13${NNBSP}358`]);
    expect(description.categories[0]!.label).toContain(`+41,6${NBSP}% depuis 2015`);
  });

  it('hatches 2015 estimates and prefixes them with ≈, but draws a published 2015 figure solid', () => {
    const model = buildEmploymentGrowth(growthFixture, { occupation: 'informatique' }, 'fr');
    // An approximation is hatched by the chart layer; a published figure is a plain number (solid).
    expect(model.description!.series[0]!.values).toEqual([
      { kind: 'approximate', value: 4382 },
      { kind: 'number', value: 5590 },
      { kind: 'approximate', value: 11085 },
    ]);
    expect(labels(model, 0).slice(0, 2)).toEqual([`≈ 4${NNBSP}382`, `5${NNBSP}590`]);
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
    expect(engineers.description!.emphasis).toEqual({ picked: 'ingenieurs', fadeOthers: false });
    expect(engineers.summary).toContain("Groupe mis en avant : Ingénieurs de l'informatique.");

    const technicians = buildEmploymentGrowth(growthFixture, { occupation: 'M1X80' }, 'fr');
    expect(technicians.description!.emphasis?.picked).toBe('techniciens');
  });

  it('highlights nothing and says so for an occupation the study does not cover', () => {
    const model = buildEmploymentGrowth(growthFixture, { occupation: 'A0X40' }, 'fr');
    expect(model.description!.emphasis?.picked).toBeNull();
    expect(model.notes.join(' ')).toMatch(/n’est pas couvert/);
  });

  it('formats tooltips and axis labels the French way', () => {
    const model = buildEmploymentGrowth(growthFixture, { occupation: 'informatique' }, 'fr');
    const tooltip = model.description!.tooltip!;
    expect(tooltip(2)).toBe(
      `Informatique et télécommunication\n2015 : environ 11${NNBSP}085 actifs (estimation, non publiée)\n2021 : 13${NNBSP}358 actifs\nÉvolution 2015-2021 : +20,5${NBSP}%\nPart des emplois normands : 1${NBSP}%`,
    );
    expect(tooltip(1)).toContain(`\n2015 : 5${NNBSP}590\n`);
    expect(model.description!.unit).toBe('count');
  });

  it('speaks English when asked', () => {
    const model = buildEmploymentGrowth(growthFixture, { occupation: 'informatique' }, 'en');
    expect(model.title).toBe('People in work in 2015 and 2021');
    expect(labels(model, 1)[2]).toBe('13,358');
  });

  it('gives no option (so the frame says "Aucune donnée") when the file has no rows', () => {
    const model = buildEmploymentGrowth({ ...growthFixture, rows: [] }, { occupation: 'informatique' }, 'fr');
    expect(model.option).toBeNull();
    expect(model.table.rows).toEqual([]);
  });
});

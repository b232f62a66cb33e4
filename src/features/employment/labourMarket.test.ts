import type { BarSeriesOption, EChartsOption } from 'echarts';
import { buildLabourMarket } from './labourMarket';
import { labourFixture } from './testing/fixtures';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

type Item = { value: number; label?: { formatter?: string }; itemStyle?: Record<string, unknown> };
function series(option: EChartsOption | null): BarSeriesOption[] {
  return (option?.series ?? []) as BarSeriesOption[];
}
function items(option: EChartsOption | null, index: number): Item[] {
  return (series(option)[index]?.data ?? []) as Item[];
}

describe('buildLabourMarket', () => {
  it('puts jobseekers and offers side by side, as numbers in one panel and growth in the other', () => {
    const model = buildLabourMarket(labourFixture, { occupation: 'informatique' }, 'fr');
    expect(model.id).toBe('labour-market-paradox');
    const all = series(model.option);
    expect(all.map((entry) => [entry.name, entry.xAxisIndex])).toEqual([
      ['Demandeurs d’emploi', 0],
      ['Offres d’emploi', 0],
      ['Demandeurs d’emploi', 1],
      ['Offres d’emploi', 1],
    ]);
    // Groups in display order: engineers, technicians, family.
    expect(items(model.option, 0).map((item) => item.value)).toEqual([580, 2420, 3000]);
    expect(items(model.option, 1).map((item) => item.label?.formatter)).toEqual([`3${NNBSP}598`, `6${NNBSP}352`, `9${NNBSP}950`]);
    expect(items(model.option, 3).map((item) => item.label?.formatter)).toEqual([`+252,6${NBSP}%`, `+117,6${NBSP}%`, `+153,3${NBSP}%`]);
  });

  it('marks a growth rate the study does not publish as such instead of drawing 0', () => {
    const model = buildLabourMarket(labourFixture, { occupation: 'informatique' }, 'fr');
    const familyGrowth = items(model.option, 2)[2]!;
    expect(familyGrowth.label?.formatter).toBe('non publié');
    expect(familyGrowth.itemStyle).toMatchObject({ color: 'transparent' });
    expect(model.table.rows[2]!.jobseekersGrowth).toMatchObject({ text: 'non disponible', sort: null, flag: 'not-in-source' });
    expect(model.notes).toContain('Informatique et télécommunication : Évolution des demandeurs d’emploi non publiée par l’étude.');
  });

  it('states the paradox only because every group with both rates shows it', () => {
    const model = buildLabourMarket(labourFixture, { occupation: 'informatique' }, 'fr');
    expect(model.summary).toContain('Les offres d’emploi ont augmenté plus vite que les demandeurs d’emploi');
    expect(model.summary).toContain(`Ingénieurs de l'informatique : offres +252,6${NBSP}%, demandeurs d’emploi +38,1${NBSP}%`);

    const reversed = {
      ...labourFixture,
      rows: labourFixture.rows.map((row) =>
        row.group === 'techniciens' && row.indicator === 'evolution-demandeurs-emploi' ? { ...row, value: 300 } : row,
      ),
    };
    expect(buildLabourMarket(reversed, { occupation: 'informatique' }, 'fr').summary).not.toContain('plus vite');
  });

  it('warns that a quarter’s jobseekers and five years of offers are not like for like', () => {
    const model = buildLabourMarket(labourFixture, { occupation: 'M1X80' }, 'fr');
    expect(model.notes[0]).toMatch(/ne se comparent pas terme à terme/);
    const axis = model.option!.yAxis as { data: { textStyle?: unknown }[] }[];
    expect(axis[0]!.data.map((category) => Boolean(category.textStyle))).toEqual([false, true, false]);
    expect(axis[1]!.data.map((category) => Boolean(category.textStyle))).toEqual([false, true, false]);
  });

  it('tooltips name the series and period in French', () => {
    const model = buildLabourMarket(labourFixture, { occupation: 'informatique' }, 'fr');
    const tooltip = model.option!.tooltip as { formatter: (params: unknown) => string };
    expect(tooltip.formatter({ seriesIndex: 0, dataIndex: 1 })).toBe(`Techniciens de l'informatique\nDemandeurs d’emploi (T1 2024) : 2${NNBSP}420`);
    expect(tooltip.formatter({ seriesIndex: 2, dataIndex: 2 })).toBe(
      'Informatique et télécommunication\nÉvolution des demandeurs d’emploi : non disponible entre le T1 2019 et le T1 2024',
    );
  });

  it('gives no option when nothing is left to draw', () => {
    expect(buildLabourMarket({ ...labourFixture, rows: [] }, { occupation: 'informatique' }, 'fr').option).toBeNull();
  });

  it('breaks group labels between words only, in the chart and so in its exports (never « télécommunicat/ion »)', () => {
    const model = buildLabourMarket(labourFixture, { occupation: 'informatique' }, 'fr');
    const axis = (model.option!.yAxis as { data: { value: string }[]; axisLabel: { formatter: (value: string) => string; overflow?: string } }[])[0]!;
    expect(axis.axisLabel.overflow).toBeUndefined();
    for (const { value } of axis.data) {
      const drawn = axis.axisLabel.formatter(value).split('\n');
      expect(drawn.join(' ')).toBe(value);
      for (const word of value.split(' ')) expect(drawn.some((line) => line.split(' ').includes(word))).toBe(true);
    }
    expect(axis.axisLabel.formatter('Informatique et télécommunication')).toMatch(/télécommunication$/u);
  });
});

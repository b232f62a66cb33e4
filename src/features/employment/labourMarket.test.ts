import { barTooltipText, barValueText, type BarPanelsDescription } from '../../charts/bars';
import type { ChartModel } from '../../charts/model';
import { buildLabourMarket } from './labourMarket';
import { labourFixture } from './testing/fixtures';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

/** The two panels (levels, growth) the builder describes. */
function panels(model: ChartModel): BarPanelsDescription['panels'] {
  const description = model.panels;
  if (!description) throw new Error('no panels description');
  return description.panels;
}

describe('buildLabourMarket', () => {
  it('puts jobseekers and offers side by side, as numbers in one panel and growth in the other', () => {
    const model = buildLabourMarket(labourFixture, { occupation: 'informatique' }, 'fr');
    expect(model.id).toBe('labour-market-paradox');
    const [levels, growth] = panels(model);
    expect(panels(model).map((panel) => panel.chart.series.map((entry) => entry.name))).toEqual([
      ['Demandeurs d’emploi', 'Offres d’emploi'],
      ['Demandeurs d’emploi', 'Offres d’emploi'],
    ]);
    expect([levels!.chart.unit, growth!.chart.unit]).toEqual(['count', 'rate']);
    // Groups in display order: engineers, technicians, family.
    expect(levels!.chart.series[0]!.values).toEqual([580, 2420, 3000].map((value) => ({ kind: 'number', value })));
    expect(levels!.chart.series[1]!.values.map((value) => barValueText(levels!.chart, value))).toEqual([`3${NNBSP}598`, `6${NNBSP}352`, `9${NNBSP}950`]);
    expect(growth!.chart.series[1]!.values.map((value) => barValueText(growth!.chart, value))).toEqual([`+252,6${NBSP}%`, `+117,6${NBSP}%`, `+153,3${NBSP}%`]);
  });

  it('marks a growth rate the study does not publish as such instead of drawing 0', () => {
    const model = buildLabourMarket(labourFixture, { occupation: 'informatique' }, 'fr');
    const growth = panels(model)[1]!.chart;
    expect(growth.series[0]!.values[2]).toEqual({ kind: 'not-in-source' });
    expect(barValueText(growth, growth.series[0]!.values[2]!)).toBe('non publié');
    expect(model.table.rows[2]!.jobseekersGrowth).toMatchObject({ text: 'non disponible', sort: null, flag: 'not-in-source' });
    expect(model.notes).toContain('Informatique et télécommunication : Évolution des demandeurs d’emploi non publiée par l’étude.');
  });

  it('states the paradox only because every group with both rates shows it', () => {
    const model = buildLabourMarket(labourFixture, { occupation: 'informatique' }, 'fr');
    expect(model.summary).toContain('Les offres d’emploi ont augmenté plus vite que les demandeurs d’emploi');
    expect(model.summary).toContain(`Ingénieurs de l'informatique : offres +252,6${NBSP}%, demandeurs d’emploi +38,1${NBSP}%`);

    const reversed = {
      ...labourFixture,
      rows: labourFixture.rows.map((row) => (row.group === 'techniciens' && row.indicator === 'evolution-demandeurs-emploi' ? { ...row, value: 300 } : row)),
    };
    expect(buildLabourMarket(reversed, { occupation: 'informatique' }, 'fr').summary).not.toContain('plus vite');
  });

  it('warns that a quarter’s jobseekers and five years of offers are not like for like', () => {
    const model = buildLabourMarket(labourFixture, { occupation: 'M1X80' }, 'fr');
    expect(model.notes[0]).toMatch(/ne se comparent pas terme à terme/);
    // The selected group is picked in both panels (outlined, « ▶ » on the axis).
    expect(panels(model).map((panel) => panel.chart.emphasis)).toEqual([
      { picked: 'techniciens', fadeOthers: false },
      { picked: 'techniciens', fadeOthers: false },
    ]);
  });

  it('tooltips name the series and period in French', () => {
    const model = buildLabourMarket(labourFixture, { occupation: 'informatique' }, 'fr');
    const [levels, growth] = panels(model);
    expect(barTooltipText(levels!.chart, 1, 0)).toBe(`Techniciens de l'informatique\nDemandeurs d’emploi (T1 2024) : 2${NNBSP}420`);
    expect(barTooltipText(growth!.chart, 2, 0)).toBe(
      'Informatique et télécommunication\nÉvolution des demandeurs d’emploi : non disponible entre le T1 2019 et le T1 2024',
    );
  });

  it('gives no option when nothing is left to draw', () => {
    expect(buildLabourMarket({ ...labourFixture, rows: [] }, { occupation: 'informatique' }, 'fr').option).toBeNull();
  });

  it('breaks group labels between words only, in the chart and so in its exports (never « télécommunicat/ion »)', () => {
    const model = buildLabourMarket(labourFixture, { occupation: 'informatique' }, 'fr');
    const axis = (model.option!.yAxis as { data: string[]; axisLabel: { formatter: (key: string) => string; overflow?: string } }[])[0]!;
    expect(axis.axisLabel.overflow).toBeUndefined();
    const labels = panels(model)[0]!.chart.categories;
    for (const { key, label } of labels) {
      const drawn = axis.axisLabel
        .formatter(key)
        .replace(/\{picked\|(?:▶ )?|\}/gu, '')
        .split('\n');
      expect(drawn.join(' ')).toBe(label);
    }
    expect(labels.map((category) => category.label)).toContain('Informatique et télécommunication');
  });
});

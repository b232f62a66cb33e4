import { classLabel } from '../../../charts/map/legend';
import { formatNumber } from '../../../i18n/format';
import { recruitmentLegend } from './choropleth';

const NNBSP = '\u202f';

describe('the recruitment map legend (description)', () => {
  it('labels classes in French with fr-FR numbers, then secret and no-project entries with their counts', () => {
    const legend = recruitmentLegend(
      [
        { min: 5, max: 20 },
        { min: 1200, max: 1234 },
      ],
      ['#aaaaaa', '#111111'],
      { perClass: [3, 1], secret: 2, none: 4 },
      'projets',
      'fr',
    );
    expect(legend.title).toBe('Légende');
    expect(legend.unit).toBe('nombre de projets de recrutement');
    expect(legend.items.map((item) => item.label)).toEqual([
      '5 – 20',
      `1${NNBSP}200 – 1${NNBSP}234`,
      'Secret statistique (moins de 5 projets)',
      'Aucun projet',
    ]);
    expect(legend.items.map((item) => [item.kind, item.pattern, item.count, item.countLabel])).toEqual([
      ['class', null, 3, '3 bassins'],
      ['class', null, 1, '1 bassin'],
      ['secret', 'hatch', 2, '2 bassins'],
      ['none', 'dots', 4, '4 bassins'],
    ]);
  });

  it('leaves out secret / none entries nobody uses, and formats shares as percentages', () => {
    const legend = recruitmentLegend([{ min: 12.5, max: 40 }], ['#aaaaaa'], { perClass: [5], secret: 0, none: 0 }, 'difficiles', 'fr');
    expect(legend.items.map((item) => item.label)).toEqual([`12,5\u00a0% – 40\u00a0%`]);
  });

  it('shows a one-value class as one number, in English too', () => {
    expect(classLabel({ min: 1234, max: 1234 }, (value) => formatNumber(value, 'en'))).toBe('1,234');
    const legend = recruitmentLegend([], [], { perClass: [], secret: 1, none: 0 }, 'projets', 'en');
    expect(legend.items[0]!.label).toBe('Confidential (fewer than 5 projects)');
    expect(legend.items[0]!.countLabel).toBe('1 basin');
  });
});

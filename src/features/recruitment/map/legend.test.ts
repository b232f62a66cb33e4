import { classLabel, legendModel } from './legend';

const NNBSP = '\u202f';

describe('legend', () => {
  it('labels classes in French with fr-FR numbers, then secret and no-project entries with their counts', () => {
    const items = legendModel(
      [
        { min: 5, max: 20 },
        { min: 1200, max: 1234 },
      ],
      ['#aaaaaa', '#111111'],
      { perClass: [3, 1], secret: 2, none: 4 },
      'projets',
      'fr',
    );
    expect(items.map((item) => item.label)).toEqual(['5 – 20', `1${NNBSP}200 – 1${NNBSP}234`, 'Secret statistique (moins de 5 projets)', 'Aucun projet']);
    expect(items.map((item) => [item.kind, item.pattern, item.count])).toEqual([
      ['class', null, 3],
      ['class', null, 1],
      ['secret', 'hatch', 2],
      ['none', 'dots', 4],
    ]);
  });

  it('leaves out secret / none entries nobody uses, and formats shares as percentages', () => {
    const items = legendModel([{ min: 12.5, max: 40 }], ['#aaaaaa'], { perClass: [5], secret: 0, none: 0 }, 'difficiles', 'fr');
    expect(items.map((item) => item.label)).toEqual([`12,5\u00a0% – 40\u00a0%`]);
  });

  it('shows a one-value class as one number, in English too', () => {
    expect(classLabel({ min: 1234, max: 1234 }, 'projets', 'en')).toBe('1,234');
    expect(legendModel([], [], { perClass: [], secret: 1, none: 0 }, 'projets', 'en')[0]!.label).toBe('Confidential (fewer than 5 projects)');
  });
});

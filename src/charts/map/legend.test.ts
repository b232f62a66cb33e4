import { MAP_COLORS } from './colors';
import { dotCenters, hatchLines, legendGraphics, legendItems, SWATCH, type MapLegend } from './legend';

const words = { bound: String, secret: 'secret', none: 'none', count: (count: number) => `${count} areas` };

describe('the map-legend kind', () => {
  it('describes classes in order, then secret (hatched) and no-value (dotted) entries only when used', () => {
    const items = legendItems(
      [
        { min: 1, max: 4 },
        { min: 9, max: 9 },
      ],
      ['#aaa', '#111'],
      { perClass: [2, 1], secret: 3, none: 0 },
      words,
    );
    expect(items.map((item) => [item.kind, item.label, item.pattern, item.count, item.countLabel])).toEqual([
      ['class', '1 – 4', null, 2, '2 areas'],
      ['class', '9', null, 1, '1 areas'],
      ['secret', 'secret', 'hatch', 3, '3 areas'],
    ]);
  });

  it('hatches a swatch with 45° segments that stay inside it, and dots it inside too', () => {
    const lines = hatchLines(10, 20);
    expect(lines.length).toBeGreaterThan(3);
    for (const [x1, y1, x2, y2] of lines) {
      for (const [x, y] of [
        [x1, y1],
        [x2, y2],
      ] as const) {
        expect(x).toBeGreaterThanOrEqual(10);
        expect(x).toBeLessThanOrEqual(10 + SWATCH.width);
        expect(y).toBeGreaterThanOrEqual(20);
        expect(y).toBeLessThanOrEqual(20 + SWATCH.height);
      }
      // 45°: as far across as up.
      expect(Math.abs(x2 - x1)).toBeCloseTo(Math.abs(y2 - y1));
    }
    const dots = dotCenters(0, 0);
    expect(dots.every(([x, y]) => x > 0 && x < SWATCH.width && y > 0 && y < SWATCH.height)).toBe(true);
  });

  it('draws the description into an image (one snapshot of the graphic elements)', () => {
    const legend: MapLegend = {
      title: 'Légende',
      unit: 'projets',
      items: legendItems([{ min: 5, max: 20 }], [MAP_COLORS.selected], { perClass: [4], secret: 2, none: 1 }, words),
    };
    const { elements, height } = legendGraphics(legend, { top: 100, width: 400 });
    expect(height).toBe(44);
    expect(elements).toMatchSnapshot();
  });
});

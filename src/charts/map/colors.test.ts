import { classColors, contrastRatio, inkOn, luminance, MAP_COLORS, patternPixels, toHex } from './colors';

describe('classColors', () => {
  it('returns hex colours that get darker class after class', () => {
    const colors = classColors(5);
    expect(colors).toHaveLength(5);
    for (const color of colors) expect(color).toMatch(/^#[0-9a-f]{6}$/);
    const lightness = colors.map(luminance);
    expect([...lightness].sort((a, b) => b - a)).toEqual(lightness);
  });

  it('keeps the lightest class distinguishable from the "aucun projet" white and the darkest readable', () => {
    const [lightest] = classColors(5);
    expect(contrastRatio(lightest!, MAP_COLORS.none)).toBeGreaterThan(1.25);
    expect(contrastRatio(classColors(5)[4]!, '#ffffff')).toBeGreaterThan(7);
    expect(inkOn(classColors(5)[4]!)).toBe('#ffffff');
    expect(inkOn(lightest!)).toBe('#1f2937');
  });

  it('handles 0 and 1 classes', () => {
    expect(classColors(0)).toEqual([]);
    expect(classColors(1)).toHaveLength(1);
  });

  it('converts d3 rgb() strings', () => {
    expect(toHex('rgb(8, 48, 107)')).toBe('#08306b');
  });
});

describe('patternPixels', () => {
  it('draws an opaque hatch with two colours and a dotted pattern with fewer ink pixels', () => {
    const hatch = patternPixels('hatch', 8);
    const dots = patternPixels('dots', 8);
    expect(hatch).toHaveLength(8 * 8 * 4);
    const ink = (pixels: Uint8ClampedArray, hex: string) => {
      const [r] = [Number.parseInt(hex.slice(1, 3), 16)];
      let count = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i] === r) count += 1;
      return count;
    };
    expect(ink(hatch, MAP_COLORS.secretInk)).toBe(16);
    expect(ink(dots, MAP_COLORS.noneInk)).toBe(4);
    expect(hatch.filter((_, i) => i % 4 === 3).every((alpha) => alpha === 255)).toBe(true);
  });
});

import { drawingFingerprint } from './fingerprint';

describe('drawingFingerprint', () => {
  const option = { yAxis: { data: ['Industrie', 'Commerce'] }, series: [{ type: 'bar', data: [3.5, 11.6] }] };

  it('is the same for the same drawing, whatever its formatters', () => {
    const one = { ...option, tooltip: { formatter: () => 'x' } };
    const other = { ...option, tooltip: { formatter: (value: number) => `${value} %` } };
    expect(drawingFingerprint(one, 300)).toBe(drawingFingerprint(other, 300));
  });

  it('changes when a figure, a label, the layout or the height changes', () => {
    const base = drawingFingerprint(option, 300);
    const figure = { ...option, series: [{ type: 'bar', data: [3.5, 11.7] }] };
    const label = { ...option, yAxis: { data: ['Industrie', 'Services'] } };
    expect(
      new Set([
        base,
        drawingFingerprint(figure, 300),
        drawingFingerprint(label, 300),
        drawingFingerprint(option, 301),
        drawingFingerprint({ ...option, grid: { left: 8 } }, 300),
      ]).size,
    ).toBe(5);
  });

  it('is a short file-name-safe word', () => {
    expect(drawingFingerprint(option, 300)).toMatch(/^[0-9a-z]{14}$/);
  });
});

import { formatMeasure, formatNumber, formatPercent, formatSignedPercent, formatTotal } from './format';

// French separates thousands with a narrow no-break space (U+202F) and puts a no-break space before %.
const normalise = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('French number formatting', () => {
  it('formats counts with French thousands separators', () => {
    expect(normalise(formatNumber(13358))).toBe('13 358');
  });

  it('formats shares stored in percent the French way', () => {
    expect(normalise(formatPercent(11.6))).toBe('11,6 %');
    expect(normalise(formatPercent(37))).toBe('37 %');
  });

  it('shows the sign of a change', () => {
    expect(normalise(formatSignedPercent(12.3))).toBe('+12,3 %');
    expect(normalise(formatSignedPercent(-4))).toBe('-4 %');
  });

  it('formats English when asked', () => {
    expect(formatNumber(13358, 'en')).toBe('13,358');
    expect(formatPercent(11.6, 'en')).toBe('11.6%');
  });

  it('never prints a secret or ambiguous value as a number', () => {
    expect(formatMeasure({ missing: 'secret' }, 'count')).toBe('secret statistique');
    expect(formatMeasure({ missing: 'ambiguous', candidates: [3.5, 4.1] }, 'percent')).toBe('valeur incertaine');
  });

  it('marks a sum that includes secret cells as a lower bound', () => {
    expect(normalise(formatTotal({ value: 1230, lowerBound: true }))).toBe('au moins 1 230');
    expect(normalise(formatTotal({ value: 1230, lowerBound: false }))).toBe('1 230');
  });
});

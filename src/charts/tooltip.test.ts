import { categoryTooltip, indexedTooltip } from './tooltip';

describe('indexedTooltip', () => {
  it('shows the text of the hovered data index as plain text', () => {
    const tooltip = indexedTooltip(['Caen\n198 projets', 'Rouen\n295 projets']);
    expect(tooltip.renderMode).toBe('richText');
    const format = tooltip.formatter as (params: unknown) => string;
    expect(format({ dataIndex: 1 })).toBe('Rouen\n295 projets');
    expect(format({ dataIndex: 7 })).toBe('');
  });
});

describe('categoryTooltip', () => {
  it('describes the hovered category once, whichever series the pointer is over', () => {
    const tooltip = categoryTooltip((index) => ['Industrie\nNormandie : 3,5 %', 'Commerce\nNormandie : 4,1 %'][index] ?? '');
    expect(tooltip).toMatchObject({ trigger: 'axis', renderMode: 'richText' });
    const format = tooltip.formatter as (params: unknown) => string;
    expect(
      format([
        { dataIndex: 1, seriesIndex: 0 },
        { dataIndex: 1, seriesIndex: 1 },
      ]),
    ).toBe('Commerce\nNormandie : 4,1 %');
    expect(format([])).toBe('');
  });
});

import { indexedTooltip } from './tooltip';

describe('indexedTooltip', () => {
  it('shows the text of the hovered data index as plain text', () => {
    const tooltip = indexedTooltip(['Caen\n198 projets', 'Rouen\n295 projets']);
    expect(tooltip.renderMode).toBe('richText');
    const format = tooltip.formatter as (params: unknown) => string;
    expect(format({ dataIndex: 1 })).toBe('Rouen\n295 projets');
    expect(format({ dataIndex: 7 })).toBe('');
  });
});

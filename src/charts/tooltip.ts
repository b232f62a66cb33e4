import type { TooltipComponentOption } from 'echarts';

/**
 * A tooltip showing one precomputed plain-text block per data index. Plain
 * text (`richText`) because tooltip text comes from data files and must never
 * be parsed as HTML; precomputed so builders format numbers the French way.
 */
export function indexedTooltip(lines: readonly string[]): TooltipComponentOption {
  return {
    trigger: 'item',
    renderMode: 'richText',
    formatter: (params) => lines[(params as { dataIndex: number }).dataIndex] ?? '',
  };
}

/**
 * A tooltip for a whole category (every series of a bar group at once), in
 * plain text. `textAt` describes the category at a data index; the builder
 * formats its numbers.
 */
export function categoryTooltip(textAt: (dataIndex: number) => string): TooltipComponentOption {
  return {
    trigger: 'axis',
    renderMode: 'richText',
    axisPointer: { type: 'shadow' },
    formatter: (params) => {
      const first = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number } | undefined;
      return typeof first?.dataIndex === 'number' ? textAt(first.dataIndex) : '';
    },
  };
}

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

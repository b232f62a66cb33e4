/**
 * Option pieces shared by this section's builders: how the selected group is
 * marked on a category axis, and the plain-text tooltip every chart uses.
 */
import type { TooltipComponentOption } from 'echarts';
import { wrappedAxisLabel } from '../../charts/labels';
import { GRID_LINE_COLOR, MUTED_TEXT_COLOR, TEXT_COLOR, UNCERTAIN_DECAL } from '../../charts/theme';

/** The theme's hatching for uncertain values. */
export const HATCH = UNCERTAIN_DECAL;

/** Background of the selected group's axis label: dark text on it stays above 12:1. */
const SELECTED_LABEL_BACKGROUND = '#fde68a';

/** A category of a category axis; the selected one is bold on a yellow band, so the mark does not rely on colour alone. */
export function categoryItem(label: string, selected: boolean) {
  return selected
    ? {
        value: label,
        textStyle: { fontWeight: 'bold' as const, backgroundColor: SELECTED_LABEL_BACKGROUND, padding: [2, 4], borderRadius: 3, color: TEXT_COLOR },
      }
    : { value: label };
}

/** Outline for the selected group's bars. */
export const SELECTED_BAR_BORDER = { borderColor: TEXT_COLOR, borderWidth: 2 } as const;

/**
 * Tooltips are drawn as rich text, never HTML: labels come from data files.
 * `text` maps a hovered item to its French (or English) description.
 */
export function itemTooltip(text: (seriesIndex: number, dataIndex: number) => string): TooltipComponentOption {
  return {
    trigger: 'item',
    renderMode: 'richText',
    confine: true,
    formatter: (params) => {
      const item = Array.isArray(params) ? params[0] : params;
      if (!item) return '';
      return text(item.seriesIndex ?? 0, item.dataIndex ?? 0);
    },
  };
}

export const axisStyle = {
  axisLabel: { color: MUTED_TEXT_COLOR },
  splitLine: { lineStyle: { color: GRID_LINE_COLOR } },
} as const;

/** Category labels break onto several lines, between words only (the chart layer's rule), rather than overflow at 375 px. */
export function categoryAxisLabel(width: number) {
  return { ...wrappedAxisLabel(width), color: TEXT_COLOR, lineHeight: 16 };
}

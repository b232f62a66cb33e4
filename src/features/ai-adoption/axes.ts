/**
 * Axes shared by the section's horizontal bar charts: percent values across,
 * wrapped category labels down (narrower on a phone), sectors marked when picked.
 */
import { GRID_LINE_COLOR } from '../../charts/theme';
import { formatPercent } from '../../i18n/format';
import type { Language } from '../../state/filters';
import { SECTOR_AXIS_RICH, sectorAxisLabel } from './sectors';

export function percentValueAxis(lang: Language) {
  return {
    type: 'value' as const,
    axisLabel: { hideOverlap: true, formatter: (value: number) => formatPercent(value, lang, 0) },
    splitLine: { lineStyle: { color: GRID_LINE_COLOR } },
  };
}

export function categoryLabelStyle(compact: boolean) {
  return { width: compact ? 90 : 130, fontSize: compact ? 11 : 12, overflow: 'break' as const, lineHeight: 14 };
}

/** Sector codes down the axis; clicking a label picks the sector (`triggerEvent`). */
export function sectorCategoryAxis(sectors: readonly string[], picked: string | null, compact: boolean, lang: Language = 'fr') {
  return {
    type: 'category' as const,
    inverse: true,
    data: [...sectors],
    triggerEvent: true,
    axisTick: { show: false },
    axisLabel: { ...categoryLabelStyle(compact), formatter: (code: string) => sectorAxisLabel(code, picked, lang), rich: SECTOR_AXIS_RICH },
  };
}

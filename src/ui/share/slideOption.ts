import type { EChartsOption } from 'echarts';
import { FONT_FAMILY, TEXT_COLOR } from '../../charts/theme';

/** ECharts' 12 px default becomes 21 px; sizes a builder set explicitly grow by the same factor. */
export const SLIDE_TEXT_SCALE = 1.75;

/**
 * The option as shown on a slide: every text readable from the back of a
 * room. Walks the whole option because builders set `fontSize` on axis
 * labels, rich-text styles and labels, which the global default does not reach.
 */
export function slideOption(option: EChartsOption, scale = SLIDE_TEXT_SCALE): EChartsOption {
  const grow = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(grow);
    if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [
        key,
        (key === 'fontSize' || key === 'lineHeight') && typeof entry === 'number' ? Math.round(entry * scale) : grow(entry),
      ]),
    );
  };
  const grown = grow(option) as EChartsOption;
  return { ...grown, textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR, fontSize: Math.round(12 * scale), ...grown.textStyle } };
}

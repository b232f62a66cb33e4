/**
 * The legend of the choropleth: one entry per class (with its range and how
 * many basins it holds), then "secret statistique" and "aucun projet" when
 * some basin is in that state. The same model feeds MapLibre, the ECharts
 * fallback and the HTML legend.
 */
import { formatNumber, formatPercent } from '../../i18n/format';
import { translator } from '../../i18n/i18n';
import type { Language, MeasureId } from '../../state/filters';
import type { ValueClass } from './classes';
import { MAP_COLORS, type FillPattern } from './colors';
import '../../i18n/messages/recruitment';

export interface LegendItem {
  key: string;
  kind: 'class' | 'secret' | 'none';
  label: string;
  color: string;
  pattern: FillPattern | null;
  /** Number of basins drawn with this style. */
  count: number;
}

export function formatClassBound(value: number, measure: MeasureId, lang: Language): string {
  return measure === 'projets' ? formatNumber(value, lang) : formatPercent(value, lang);
}

/** "5 – 20", or "126" for a class holding one value. */
export function classLabel(range: ValueClass, measure: MeasureId, lang: Language): string {
  const min = formatClassBound(range.min, measure, lang);
  return range.min === range.max ? min : `${min} – ${formatClassBound(range.max, measure, lang)}`;
}

export function legendModel(
  classes: readonly ValueClass[],
  colors: readonly string[],
  counts: { perClass: readonly number[]; secret: number; none: number },
  measure: MeasureId,
  lang: Language,
): LegendItem[] {
  const t = translator(lang);
  const items: LegendItem[] = classes.map((range, index) => ({
    key: `class-${index}`,
    kind: 'class',
    label: classLabel(range, measure, lang),
    color: colors[index] ?? MAP_COLORS.secret,
    pattern: null,
    count: counts.perClass[index] ?? 0,
  }));
  if (counts.secret > 0) {
    items.push({ key: 'secret', kind: 'secret', label: t('recruitment.legendSecret'), color: MAP_COLORS.secret, pattern: 'hatch', count: counts.secret });
  }
  if (counts.none > 0) {
    items.push({ key: 'none', kind: 'none', label: t('recruitment.legendNone'), color: MAP_COLORS.none, pattern: 'dots', count: counts.none });
  }
  return items;
}

/**
 * Everything the map draws for one (occupation, measure, language): per-basin
 * fill, pattern and tooltip, the class breaks and the legend. Pure, so the
 * MapLibre view, its ECharts fallback and the tests share one definition.
 */
import type { Total } from '../../../data/contract';
import type { Language, MeasureId } from '../../../state/filters';
import { classBreaks, classify, type ValueClass } from '../../../charts/map/classes';
import { classColors, MAP_COLORS, type FillPattern } from '../../../charts/map/colors';
import { basinTooltipLines } from './format';
import type { BasinDatum, BasinJoin } from './join';
import type { MapArea, MapDrawing } from '../../../charts/map/areas';
import { legendItems, type MapLegend } from '../../../charts/map/legend';
import { formatNumber, formatPercent } from '../../../i18n/format';
import { translator } from '../../../i18n/i18n';
import '../../../i18n/messages/recruitment';

export interface ChoroplethBasin extends BasinDatum, MapArea {
  fill: string;
  pattern: FillPattern | null;
  /** -1 for secret / none basins. */
  classIndex: number;
  /** The lines read on hover or focus: written when first asked for (27 basins' texts cost a map's start-up). */
  tooltip: () => string[];
}

export interface Choropleth extends MapDrawing {
  measure: MeasureId;
  basins: ChoroplethBasin[];
  /** The same basins, as the map layer draws them. */
  areas: ChoroplethBasin[];
  classes: ValueClass[];
  legend: MapLegend;
  region: Total;
  /** No basin has any project of this occupation. */
  empty: boolean;
}

export function buildChoropleth(join: BasinJoin, measure: MeasureId, lang: Language): Choropleth {
  const known = join.basins.flatMap((datum) => (datum.value === null ? [] : [datum.value]));
  const classes = classBreaks(known);
  const colors = classColors(classes.length);
  const perClass = classes.map(() => 0);
  const total = join.basins.length;
  const basins = join.basins.map((datum): ChoroplethBasin => {
    let lines: string[] | null = null;
    const tooltip = () => (lines ??= basinTooltipLines(datum, measure, total, lang));
    if (datum.value === null) {
      const secret = datum.status === 'secret';
      return {
        ...datum,
        fill: secret ? MAP_COLORS.secret : MAP_COLORS.none,
        pattern: secret ? 'hatch' : 'dots',
        classIndex: -1,
        tooltip,
      };
    }
    const classIndex = classify(datum.value, classes);
    perClass[classIndex] = (perClass[classIndex] ?? 0) + 1;
    return { ...datum, fill: colors[classIndex]!, pattern: null, classIndex, tooltip };
  });
  const count = (status: BasinDatum['status']) => basins.filter((datum) => datum.status === status).length;
  return {
    measure,
    basins,
    areas: basins,
    classes,
    legend: recruitmentLegend(classes, colors, { perClass, secret: count('secret'), none: count('none') }, measure, lang),
    region: join.region,
    empty: basins.every((datum) => datum.status === 'none'),
  };
}

/** The map's key in the measure's unit: « Projets de recrutement (projets) », classes, secret, no project. */
export function recruitmentLegend(
  classes: readonly ValueClass[],
  colors: readonly string[],
  counts: { perClass: readonly number[]; secret: number; none: number },
  measure: MeasureId,
  lang: Language,
): MapLegend {
  const t = translator(lang);
  return {
    title: t('recruitment.legendTitle'),
    unit: t(`recruitment.units.${measure}`),
    items: legendItems(classes, colors, counts, {
      bound: (value) => (measure === 'projets' ? formatNumber(value, lang) : formatPercent(value, lang)),
      secret: t('recruitment.legendSecret'),
      none: t('recruitment.legendNone'),
      count: (count) => t('recruitment.basinCount', { count }),
    }),
  };
}

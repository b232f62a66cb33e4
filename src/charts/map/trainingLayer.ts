/**
 * The training layer of the recruitment map (issue #14 item 4): the towns of
 * the study's RNCP establishments as points, sized by how many establishments
 * the town has. One description feeds both engines: {@link withTrainingPlaces}
 * adds it to the no-WebGL / build-time ECharts map, {@link trainingPointsGeoJson}
 * to MapLibre (a circle layer, see MapLibreView). Drawing only: which towns,
 * how many establishments and their table are src/features/training's
 * (`trainingMapLayer.ts`).
 */
import type { EChartsOption } from 'echarts';
import { FALLBACK_MAP_NAME } from './echartsMap';

export interface TrainingPoint {
  town: string;
  /** INSEE code of the commune. */
  commune: string;
  basin: string;
  /** [longitude, latitude]. */
  point: readonly [number, number];
  /** Establishments in the town. */
  count: number;
  /** Plain-text tooltip (never parsed as HTML). */
  tooltip: string;
}

export const TRAINING_POINT_COLOR = '#be185d';
export const TRAINING_POINT_STROKE = '#ffffff';

/** Diameter in pixels: grows with the square root of the number of establishments (1 → 7 px, 6 → 11 px). */
export function trainingPointSize(count: number): number {
  return Math.round(4 + 3 * Math.sqrt(Math.max(1, count)));
}

/** Mercator at Normandy's latitude, as the fallback map's `map` series. */
const ASPECT = Math.cos((49 * Math.PI) / 180);

/**
 * The fallback map's option with the training points on top: an invisible,
 * silent `geo` laid out exactly like the `map` series (same map, aspect,
 * centre and size, so the same projection) carries a scatter series.
 */
export function withTrainingPlaces(option: EChartsOption, points: readonly TrainingPoint[] | null): EChartsOption {
  if (!points || points.length === 0) return option;
  const series = Array.isArray(option.series) ? option.series : option.series ? [option.series] : [];
  return {
    ...option,
    // The map's own coordinate system when it has one (the names' hidden geo, laid out as the map, also in an
    // export that moves the map): the points then sit where the basins are drawn.
    geo: option.geo ?? {
      map: FALLBACK_MAP_NAME,
      aspectScale: ASPECT,
      roam: false,
      silent: true,
      layoutCenter: ['50%', '50%'],
      layoutSize: '98%',
      label: { show: false },
      itemStyle: { areaColor: 'transparent', borderWidth: 0 },
      emphasis: { disabled: true },
      z: 0,
    },
    series: [
      ...series,
      {
        id: 'training-places',
        type: 'scatter',
        coordinateSystem: 'geo',
        geoIndex: 0,
        z: 5,
        symbol: 'circle',
        data: points.map((p) => ({ name: p.town, value: [p.point[0], p.point[1], p.count], symbolSize: trainingPointSize(p.count) })),
        itemStyle: { color: TRAINING_POINT_COLOR, borderColor: TRAINING_POINT_STROKE, borderWidth: 1.5, opacity: 0.95 },
        emphasis: { scale: 1.2 },
        tooltip: {
          trigger: 'item',
          formatter: (params: unknown) => points[(params as { dataIndex: number }).dataIndex]?.tooltip ?? '',
        },
      },
    ],
  } as EChartsOption;
}

/** The same points for MapLibre's GeoJSON source. */
export function trainingPointsGeoJson(points: readonly TrainingPoint[]) {
  return {
    type: 'FeatureCollection' as const,
    features: points.map((p) => ({
      type: 'Feature' as const,
      properties: { town: p.town, commune: p.commune, count: p.count, size: trainingPointSize(p.count) },
      geometry: { type: 'Point' as const, coordinates: [p.point[0], p.point[1]] },
    })),
  };
}

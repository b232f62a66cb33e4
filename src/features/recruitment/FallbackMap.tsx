/**
 * The map without WebGL: an ECharts `map` series on the same GeoJSON (SVG
 * renderer). Loaded lazily with the ECharts chunk the other charts share.
 */
import { useMemo } from 'react';
import EChart, { echarts } from '../../charts/EChart';
import type { Choropleth } from './map/choropleth';
import { fallbackMapOption, FALLBACK_MAP_NAME } from '../../charts/map/echartsMap';
import type { Position } from '../../charts/map/labelPoint';
import type { BasinFeatureCollection } from '../../data/schemas/bmo';
import { withTrainingPlaces, type TrainingPoint } from '../../charts/map/trainingLayer';
import { withComparedBasins } from './map/compareOutline';

export interface FallbackMapProps {
  basinsGeo: BasinFeatureCollection;
  choropleth: Choropleth;
  basin: string | null;
  dep: string | null;
  /** The training layer's points (issue #14), or null when the layer is off. */
  trainingPoints?: readonly TrainingPoint[] | null;
  /** The basins of the `compare` parameter, outlined (issue #14). */
  comparedBasins?: readonly string[];
  /** Where each basin's name goes. */
  labelPoints: ReadonlyMap<string, Position>;
  height: number;
  ariaLabel: string;
  onToggle: (code: string) => void;
  onReady: () => void;
}

const registered = new WeakSet<object>();
const NONE: readonly string[] = [];

export default function FallbackMap({
  basinsGeo,
  choropleth,
  basin,
  dep,
  labelPoints,
  trainingPoints = null,
  comparedBasins = NONE,
  height,
  ariaLabel,
  onToggle,
  onReady,
}: FallbackMapProps) {
  if (!registered.has(basinsGeo)) {
    echarts.registerMap(FALLBACK_MAP_NAME, basinsGeo as unknown as Parameters<typeof echarts.registerMap>[1]);
    registered.add(basinsGeo);
  }
  const option = useMemo(
    () => withTrainingPlaces(withComparedBasins(fallbackMapOption(choropleth, { basin, dep }, labelPoints), comparedBasins, basin), trainingPoints),
    [choropleth, basin, dep, labelPoints, trainingPoints, comparedBasins],
  );
  const onEvents = useMemo(
    () => ({
      click: (params: unknown) => {
        const { name, seriesType } = params as { name?: unknown; seriesType?: unknown };
        // A training point (scatter) names a town, not a basin.
        if (typeof name === 'string' && seriesType === 'map') onToggle(name);
      },
    }),
    [onToggle],
  );
  return <EChart option={option} ariaLabel={ariaLabel} height={height} onEvents={onEvents} onReady={onReady} />;
}

/**
 * The map without WebGL: an ECharts `map` series on the same GeoJSON (SVG
 * renderer). Loaded lazily with the ECharts chunk the other charts share.
 */
import { useMemo } from 'react';
import EChart, { echarts } from '../../charts/EChart';
import type { Choropleth } from '../../charts/map/choropleth';
import { fallbackMapOption, FALLBACK_MAP_NAME } from '../../charts/map/echartsMap';
import type { Position } from '../../charts/map/labelPoint';
import type { BasinFeatureCollection } from '../../data/schemas/bmo';

export interface FallbackMapProps {
  basinsGeo: BasinFeatureCollection;
  choropleth: Choropleth;
  basin: string | null;
  dep: string | null;
  /** Where each basin's name goes. */
  labelPoints: ReadonlyMap<string, Position>;
  height: number;
  ariaLabel: string;
  onToggle: (code: string) => void;
  onReady: () => void;
}

const registered = new WeakSet<object>();

export default function FallbackMap({ basinsGeo, choropleth, basin, dep, labelPoints, height, ariaLabel, onToggle, onReady }: FallbackMapProps) {
  if (!registered.has(basinsGeo)) {
    echarts.registerMap(FALLBACK_MAP_NAME, basinsGeo as unknown as Parameters<typeof echarts.registerMap>[1]);
    registered.add(basinsGeo);
  }
  const option = useMemo(() => fallbackMapOption(choropleth, { basin, dep }, labelPoints), [choropleth, basin, dep, labelPoints]);
  const onEvents = useMemo(
    () => ({
      click: (params: unknown) => {
        const name = (params as { name?: unknown }).name;
        if (typeof name === 'string') onToggle(name);
      },
    }),
    [onToggle],
  );
  return <EChart option={option} ariaLabel={ariaLabel} height={height} onEvents={onEvents} onReady={onReady} />;
}

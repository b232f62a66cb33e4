import { describe, expect, it } from 'vitest';
import type { EChartsOption } from 'echarts';
import { FALLBACK_MAP_NAME } from './echartsMap';
import { trainingPointSize, trainingPointsGeoJson, withTrainingPlaces, type TrainingPoint } from './trainingLayer';

const points: TrainingPoint[] = [
  { town: 'Caen', commune: '14118', basin: '2817', point: [-0.37, 49.19], count: 6, tooltip: 'Caen : 6 établissements de formation RNCP' },
  { town: 'Yvetot', commune: '76758', basin: '2802', point: [0.76, 49.62], count: 1, tooltip: 'Yvetot : 1 établissement de formation RNCP' },
];
const base: EChartsOption = { series: [{ type: 'map', map: FALLBACK_MAP_NAME, layoutCenter: ['50%', '50%'], layoutSize: '98%' }] };

describe('the training layer', () => {
  it('adds a scatter on a silent geo laid out like the map series, and leaves the map series first', () => {
    const option = withTrainingPlaces(base, points) as { geo: Record<string, unknown>; series: Record<string, unknown>[] };
    expect(option.series[0]).toBe((base.series as unknown[])[0]);
    expect(option.geo).toMatchObject({ map: FALLBACK_MAP_NAME, silent: true, layoutCenter: ['50%', '50%'], layoutSize: '98%' });
    const scatter = option.series[1]!;
    expect(scatter).toMatchObject({ type: 'scatter', coordinateSystem: 'geo' });
    expect((scatter.data as { name: string; value: number[] }[]).map((d) => [d.name, d.value])).toEqual([
      ['Caen', [-0.37, 49.19, 6]],
      ['Yvetot', [0.76, 49.62, 1]],
    ]);
    const formatter = (scatter.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter({ dataIndex: 1 })).toBe('Yvetot : 1 établissement de formation RNCP');
  });

  it('leaves the option as it is when the layer is off', () => {
    expect(withTrainingPlaces(base, null)).toBe(base);
  });

  it('sizes points by the number of establishments, the same on both engines', () => {
    expect(trainingPointSize(6)).toBeGreaterThan(trainingPointSize(1));
    expect(trainingPointsGeoJson(points).features[0]).toEqual({
      type: 'Feature',
      properties: { town: 'Caen', commune: '14118', count: 6, size: trainingPointSize(6) },
      geometry: { type: 'Point', coordinates: [-0.37, 49.19] },
    });
  });
});

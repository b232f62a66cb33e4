import { buildChoropleth } from './choropleth';
import { MAP_COLORS } from '../../../charts/map/colors';
import { fallbackMapOption, FALLBACK_DECALS, mapExportOption } from '../../../charts/map/echartsMap';
import { joinBasins } from './join';
import { BASINS_FIXTURE, ROWS_FIXTURE } from './map.fixtures';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { fillColorExpression, LAYERS, mapStyle, patternFilter } from '../../../charts/map/style';
import { withTrainingPlaces, type TrainingPoint } from '../../../charts/map/trainingLayer';

const choropleth = buildChoropleth(joinBasins(ROWS_FIXTURE, BASINS_FIXTURE, ['M2X90', 'M1X80'], 'projets'), 'projets', 'fr');
const byCode = new Map(choropleth.basins.map((basin) => [basin.code, basin]));

describe('buildChoropleth', () => {
  it('colours known values by class, secret basins hatched grey and empty basins dotted white', () => {
    expect(byCode.get('2801')!.classIndex).toBe(1);
    expect(byCode.get('2806')!.classIndex).toBe(0);
    expect(byCode.get('2801')!.fill).not.toBe(byCode.get('2806')!.fill);
    expect(byCode.get('2817')).toMatchObject({ fill: MAP_COLORS.secret, pattern: 'hatch', classIndex: -1 });
    expect(byCode.get('2821')).toMatchObject({ fill: MAP_COLORS.none, pattern: 'dots', classIndex: -1 });
    expect(choropleth.legend.items.map((item) => item.kind)).toEqual(['class', 'class', 'secret', 'none']);
    expect(choropleth.empty).toBe(false);
  });

  it('is empty when no basin has any project', () => {
    expect(buildChoropleth(joinBasins(ROWS_FIXTURE, BASINS_FIXTURE, ['ZZZ99'], 'projets'), 'projets', 'fr').empty).toBe(true);
  });
});

describe('MapLibre style', () => {
  const collection = (codes: string[]) =>
    ({
      type: 'FeatureCollection',
      attribution: 'IGN',
      metadata: {},
      features: codes.map((code) => ({ type: 'Feature', properties: { code }, geometry: { type: 'Polygon', coordinates: [] } })),
    }) as never;

  it('is self-contained: no tiles, sprite, glyphs or any URL', () => {
    const style = mapStyle({ basins: collection(['2801']), departements: collection(['76']), choropleth: choropleth.basins });
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:|tiles/);
  });

  it('is a valid MapLibre style of four layers, with no selection or hover state to repaint', () => {
    const style = mapStyle({ basins: collection(['2801']), departements: collection(['76']), choropleth: choropleth.basins });
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.layers.map((layer) => layer.id)).toEqual(['background', LAYERS.fill, LAYERS.pattern, LAYERS.departments]);
    expect(JSON.stringify(style.layers)).not.toContain('feature-state');
  });

  it('maps basin codes to their fill and keeps only patterned basins in the pattern layer', () => {
    expect(fillColorExpression(choropleth.basins)).toEqual([
      'match',
      ['get', 'code'],
      ...choropleth.basins.flatMap((basin) => [basin.code, basin.fill]),
      MAP_COLORS.none,
    ]);
    expect(patternFilter(choropleth.basins)).toEqual(['in', ['get', 'code'], ['literal', ['2817', '2821']]]);
  });
});

describe('ECharts fallback', () => {
  it('draws its points under the basin names, so a town never hides its basin’s name (Caen, Rouen)', () => {
    const names = new Map(choropleth.basins.map((basin, index) => [basin.code, [index, 49] as [number, number]]));
    const points: TrainingPoint[] = [{ town: 'Caen', commune: '14118', basin: '2817', point: [-0.37, 49.19], count: 6, tooltip: 'Caen : 6' }];
    const option = withTrainingPlaces(fallbackMapOption(choropleth, { basin: null, dep: null }, names), points) as {
      series: { id?: string; type: string; z?: number }[];
    };
    const training = option.series.find((series) => series.id === 'training-places')!;
    const basinNames = option.series.find((series) => series.type === 'scatter' && series.id !== 'training-places')!;
    expect(basinNames.z!).toBeGreaterThan(training.z!);
  });

  it('draws the same fills, hatches secret basins and outlines the selected basin', () => {
    const option = fallbackMapOption(choropleth, { basin: '2801', dep: null }) as {
      series: { data: { name: string; itemStyle: Record<string, unknown> }[] }[];
    };
    const data = new Map(option.series[0]!.data.map((item) => [item.name, item.itemStyle]));
    expect(data.get('2806')!.areaColor).toBe(byCode.get('2806')!.fill);
    expect(data.get('2817')!.decal).toEqual(FALLBACK_DECALS.hatch);
    expect(data.get('2821')!.decal).toEqual(FALLBACK_DECALS.dots);
    expect(data.get('2801')).toMatchObject({ borderColor: MAP_COLORS.selected, borderWidth: 3 });
    expect(data.get('2806')!.borderWidth).toBeLessThan(1);
  });

  it('names the basins on points ranked by the measure, the selected basin first', () => {
    const points = new Map(choropleth.basins.map((basin, index) => [basin.code, [index, 49] as [number, number]]));
    const option = fallbackMapOption(choropleth, { basin: '2817', dep: null }, points) as {
      series: { type: string; labelLayout?: unknown; data: { name: string; symbolSize: number; value: number[] }[] }[];
    };
    const names = option.series[1]!;
    expect(names.type).toBe('scatter');
    expect(names.labelLayout).toEqual({ hideOverlap: true });
    const sizes = names.data.map((item) => item.symbolSize);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    expect(names.data[0]!.name).toBe('2817');
    const ranked = names.data.slice(1).map((item) => byCode.get(item.name)!);
    // Basins with a value first, largest first; no-project basins last.
    const values = ranked.filter((basin) => basin.status === 'value').map((basin) => basin.value!);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(ranked.map((basin) => basin.status).slice(values.length)).toEqual(ranked.filter((basin) => basin.status !== 'value').map((basin) => basin.status));
    expect(ranked.at(-1)!.status).toBe('none');
    expect(names.data.find((item) => item.name === '2806')!.value).toEqual(points.get('2806'));
  });

  it('exports the map with its legend under it: the same description as on screen, patterned swatches, the map keeping its height', () => {
    const points = new Map(choropleth.basins.map((basin, index) => [basin.code, [index, 49] as [number, number]]));
    const { option, height } = mapExportOption(choropleth, { basin: '2801', dep: null }, points, { width: 846, mapHeight: 480 });
    const graphic = (option as { graphic: { elements: { type: string; style: { text?: string; stroke?: string; fill?: string } }[] } }).graphic.elements;
    const texts = graphic.filter((element) => element.type === 'text').map((element) => element.style.text);
    expect(texts[0]).toBe('Légende (nombre de projets de recrutement)');
    for (const item of choropleth.legend.items) expect(texts).toContain(`${item.label} (${item.count})`);
    expect(graphic.filter((element) => element.type === 'rect')).toHaveLength(choropleth.legend.items.length);
    // The secret basins' swatch is hatched and the no-project one dotted, in the map's inks — not plain colours.
    expect(graphic.filter((element) => element.type === 'line').every((line) => line.style.stroke === MAP_COLORS.secretInk)).toBe(true);
    expect(graphic.some((element) => element.type === 'line')).toBe(true);
    expect(graphic.filter((element) => element.type === 'circle').every((dot) => dot.style.fill === MAP_COLORS.noneInk)).toBe(true);
    expect(graphic.some((element) => element.type === 'circle')).toBe(true);
    expect(height).toBeGreaterThan(480 + 40);
    const series = (option as { series: { type: string; layoutCenter?: unknown }[] }).series;
    expect(series.find((entry) => entry.type === 'map')!.layoutCenter).toEqual(['50%', 240]);
  });
});

import type { EChartsOption } from 'echarts';
import { SLIDE_MIN_FONT_SIZE, slidePart, slideRows, slideScale } from './slideScale';

/** Every font size set anywhere in an option, with where it is. */
function fontSizes(value: unknown, path = ''): [string, number][] {
  if (Array.isArray(value)) return value.flatMap((entry, index) => fontSizes(entry, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, entry]) =>
    key === 'fontSize' && typeof entry === 'number' ? [[path, entry] as [string, number]] : fontSizes(entry, `${path}.${key}`),
  );
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

describe('slideScale', () => {
  const option = {
    textStyle: { color: '#000' },
    grid: { left: 8, right: 118, top: 40, bottom: 20, containLabel: true },
    legend: { top: 0, data: ['A', 'B'] },
    xAxis: { type: 'value', axisLabel: { fontSize: 11 } },
    yAxis: {
      type: 'category',
      data: ['a', { value: 'b', textStyle: { fontSize: 9 } }],
      axisLabel: { width: 220, overflow: 'truncate', rich: { total: { fontSize: 12, lineHeight: 16, fontWeight: 'bold' } } },
    },
    visualMap: { min: 0, max: 3 },
    series: [
      { type: 'bar', data: [1, { value: 2, label: { fontSize: 10 } }], label: { show: true, fontSize: 10 }, markLine: { data: [{ xAxis: 1 }] } },
      { type: 'bar', data: [3, 4] },
    ],
  } as EChartsOption;

  it('sets every text to at least 24 px, including text ECharts sizes itself (axis labels, legend, series labels, visual map)', () => {
    const slide = slideScale(option, { sourceHeight: 400 }) as Loose;
    expect(slide.xAxis.axisLabel.fontSize).toBe(24);
    expect(slide.yAxis.axisLabel.fontSize).toBe(24);
    expect(slide.yAxis.nameTextStyle.fontSize).toBe(24);
    expect(slide.legend.textStyle.fontSize).toBe(24);
    expect(slide.visualMap.textStyle.fontSize).toBe(24);
    expect(slide.series[1].label.fontSize).toBe(24);
    expect(slide.series[0].markLine.label.fontSize).toBe(24);
    expect(slide.yAxis.axisLabel.rich.total).toMatchObject({ fontSize: 24, lineHeight: 32, fontWeight: 'bold' });
    expect(slide.textStyle).toMatchObject({ fontSize: 24, color: '#000' });
    const sizes = fontSizes(slide);
    expect(sizes.length).toBeGreaterThan(8);
    expect(sizes.filter(([, size]) => size < SLIDE_MIN_FONT_SIZE)).toEqual([]);
  });

  it('gives the text room: label widths and side margins grow, vertical margins become shares of the height', () => {
    const slide = slideScale(option, { sourceHeight: 400 }) as Loose;
    expect(slide.yAxis.axisLabel.width).toBe(440);
    expect(slide.grid).toMatchObject({ left: 16, right: 236, top: '10%', bottom: '5%', containLabel: true });
    expect(slide.legend.top).toBe('0%');
  });

  it('makes titles larger than the rest and keeps sizes already larger growing', () => {
    const slide = slideScale({ title: { text: 'T' }, series: [{ type: 'bar', label: { fontSize: 16 } }] } as EChartsOption, { sourceHeight: 300 }) as Loose;
    expect(slide.title.textStyle.fontSize).toBe(36);
    expect(slide.series[0].label.fontSize).toBe(32);
  });

  it('leaves the dashboard option and its data untouched', () => {
    const slide = slideScale(option, { sourceHeight: 400 }) as Loose;
    expect((option.xAxis as Loose).axisLabel.fontSize).toBe(11);
    expect((option.series as Loose[])[0]!.label.fontSize).toBe(10);
    expect(slide.series[1].data).toBe((option.series as Loose[])[1]!.data);
    expect(slide.series[0].data[1]).toEqual({ value: 2, label: { fontSize: 24 } });
  });
});

describe('slidePart', () => {
  const rows = Array.from({ length: 31 }, (_, index) => `row ${index + 1}`);
  const heatmap = {
    xAxis: { type: 'category', data: ['A', 'B'] },
    yAxis: { type: 'category', data: rows },
    series: [{ type: 'heatmap', data: rows.flatMap((_, y) => [[0, y, y], { value: [1, y, -y] }]) }],
  } as EChartsOption;

  it('cuts a long row list into balanced parts, each with its own rows and data', () => {
    const first = slidePart(heatmap, 0, 14);
    expect(first).toMatchObject({ parts: 3, first: 1, last: 11, total: 31 });
    const last = slidePart(heatmap, 2, 14);
    expect(last).toMatchObject({ first: 23, last: 31 });
    const option = last.option as Loose;
    expect(option.yAxis.data).toEqual(rows.slice(22));
    // Row 23 (index 22) is row 0 of the part, with its own values.
    expect(option.series[0].data).toContainEqual([0, 0, 22]);
    expect(option.series[0].data).toContainEqual({ value: [1, 8, -30] });
    expect(option.series[0].data).toHaveLength(18);
  });

  it('slices a bar chart’s values with its categories; a part past the end is the last one', () => {
    const bars = {
      yAxis: { type: 'category', data: rows },
      xAxis: { type: 'value' },
      series: [{ type: 'bar', data: rows.map((_, index) => index * 10) }],
    } as EChartsOption;
    const part = slidePart(bars, 9, 14);
    expect(part.first).toBe(23);
    expect((part.option as Loose).series[0].data).toEqual([220, 230, 240, 250, 260, 270, 280, 290, 300]);
  });

  it('returns a chart that fits one slide whole', () => {
    const short = { yAxis: { type: 'category', data: ['a', 'b'] }, series: [{ type: 'bar', data: [1, 2] }] } as EChartsOption;
    expect(slidePart(short, 0)).toEqual({ option: short, parts: 1, first: 1, last: 2, total: 2 });
    const noAxis = { series: [{ type: 'map' }] } as EChartsOption;
    expect(slidePart(noAxis, 0).parts).toBe(1);
  });
});

describe('slideRows', () => {
  it('shows a long table a few rows per slide, the last part holding the rest', () => {
    const items = Array.from({ length: 14 }, (_, index) => index + 1);
    expect(slideRows(items, 0, 6)).toEqual({ items: [1, 2, 3, 4, 5, 6], parts: 3, first: 1, last: 6, total: 14 });
    expect(slideRows(items, 2, 6)).toEqual({ items: [13, 14], parts: 3, first: 13, last: 14, total: 14 });
    expect(slideRows([], 0, 6)).toEqual({ items: [], parts: 1, first: 0, last: 0, total: 0 });
  });
});

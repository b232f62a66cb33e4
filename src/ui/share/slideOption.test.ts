import type { EChartsOption } from 'echarts';
import { slideOption } from './slideOption';

describe('slideOption', () => {
  const option = {
    textStyle: { color: '#000' },
    xAxis: { type: 'value', axisLabel: { fontSize: 11 } },
    yAxis: { type: 'category', axisLabel: { rich: { total: { fontSize: 12, lineHeight: 16, fontWeight: 'bold' } } } },
    series: [{ type: 'bar', data: [1, 2], label: { show: true, fontSize: 10 } }],
  } as EChartsOption;

  it('enlarges every explicit text size and the default one', () => {
    const slide = slideOption(option) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(slide.xAxis.axisLabel.fontSize).toBe(19);
    expect(slide.yAxis.axisLabel.rich.total).toEqual({ fontSize: 21, lineHeight: 28, fontWeight: 'bold' });
    expect(slide.series[0].label.fontSize).toBe(18);
    expect(slide.textStyle).toMatchObject({ fontSize: 21, color: '#000' });
    expect(slide.series[0].data).toEqual([1, 2]);
  });

  it('leaves the dashboard option untouched', () => {
    slideOption(option);
    expect((option.xAxis as { axisLabel: { fontSize: number } }).axisLabel.fontSize).toBe(11);
  });
});

import { describe, expect, it } from 'vitest';
import type { EChartsOption } from 'echarts';
import { COMPARE_OUTLINE, comparedBasins, withComparedBasins } from './compareOutline';

const base: EChartsOption = {
  series: [
    {
      type: 'map',
      data: [
        { name: '2817', itemStyle: { areaColor: '#111', borderColor: '#1f2937', borderWidth: 0.6 } },
        { name: '2801', itemStyle: { areaColor: '#222', borderColor: '#c2410c', borderWidth: 3 } },
        { name: '2806', itemStyle: { areaColor: '#333', borderColor: '#1f2937', borderWidth: 0.6 } },
      ],
    },
  ],
};
const data = (option: EChartsOption) => (option.series as { data: { name: string; itemStyle: Record<string, unknown> }[] }[])[0]!.data;

describe('compared basins on the map', () => {
  it('takes only the basins of the compare parameter, valid and at most four', () => {
    expect(comparedBasins('2817,14,normandie,2801')).toEqual(['2817', '2801']);
    expect(comparedBasins('9999,france')).toEqual([]);
    expect(comparedBasins(null)).toEqual([]);
  });

  it('dashes the compared basins’ border, keeps their fill, and leaves the selected basin’s outline', () => {
    const option = withComparedBasins(base, ['2817', '2801'], '2801');
    const [caen, rouen, havre] = data(option);
    expect(caen!.itemStyle).toMatchObject({ areaColor: '#111', borderColor: COMPARE_OUTLINE.color, borderWidth: COMPARE_OUTLINE.width });
    expect(rouen!.itemStyle).toEqual({ areaColor: '#222', borderColor: '#c2410c', borderWidth: 3 });
    expect(havre!.itemStyle.borderColor).toBe('#1f2937');
  });

  it('changes nothing without compared basins', () => {
    expect(withComparedBasins(base, [], null)).toBe(base);
  });
});

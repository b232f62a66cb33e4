import { heatmapHeight, heatmapOption, heatmapSlide, textOn, type HeatmapDescription } from './heatmap';
import { TEXT_COLOR, UNCERTAIN_DECAL } from './theme';

type Cell = { value: [number, number, number]; itemStyle?: { color?: string }; label?: { color?: string } };
interface Parts {
  series: { name: string; data: Cell[]; itemStyle: { color?: string; decal?: { dashArrayY?: unknown } }; label: { formatter: unknown } }[];
  xAxis: { data: string[]; axisLabel: { formatter: (key: string) => string } };
  yAxis: { data: string[]; axisLabel: { formatter: (key: string) => string } };
  tooltip: { renderMode: string; formatter: (params: unknown) => string };
}
const parts = (description: HeatmapDescription, compact = false) => heatmapOption(description, { compact }) as unknown as Parts;

/** Two columns, a header and three rows: a level, an ambiguous level, an unlisted cell. */
const skills: HeatmapDescription = {
  kind: 'heatmap',
  lang: 'fr',
  columns: [
    { key: 'a', label: 'Data ingénieur' },
    { key: 'b', label: 'Développeur informatique spécialisé IA' },
  ],
  rows: [
    { key: 'h', label: 'Compétences {techniques}', header: true },
    { key: 'sql', label: 'Bases de données' },
    { key: 'en', label: 'Anglais' },
  ],
  cells: [
    [],
    [
      { kind: 'number', value: 3 },
      { kind: 'number', value: 1 },
    ],
    [{ kind: 'ambiguous', candidates: [2] }, null],
  ],
  levels: [
    { value: 1, color: '#c6dbef' },
    { value: 2, color: '#6baed6' },
    { value: 3, color: '#0b5cad' },
  ],
  names: { level: 'Importance', uncertain: 'Niveau incertain', absent: 'Non citée' },
  tooltip: (row, column) => `ligne ${row}, colonne ${column}`,
};

describe('heatmapOption: the house rules for a grid of levels', () => {
  it('colours a confident level and prints it in a text colour readable on it', () => {
    const [level] = parts(skills).series;
    expect(level!.data).toEqual([
      { value: [0, 1, 3], itemStyle: { color: '#0b5cad' }, label: { color: '#ffffff' } },
      { value: [1, 1, 1], itemStyle: { color: '#c6dbef' }, label: { color: TEXT_COLOR } },
    ]);
    expect(textOn('#6baed6')).toBe(TEXT_COLOR);
  });

  it('hatches a level the source does not settle and greys a cell it does not fill, never the lowest level', () => {
    const [, uncertain, absent] = parts(skills).series;
    expect(uncertain!.data.map((cell) => cell.value.slice(0, 2))).toEqual([[0, 2]]);
    expect(uncertain!.itemStyle.decal).toMatchObject({ dashArrayY: UNCERTAIN_DECAL.dashArrayY });
    expect(uncertain!.label.formatter).toBe('?');
    expect(absent!.data.map((cell) => cell.value.slice(0, 2))).toEqual([[1, 2]]);
    expect(absent!.itemStyle.color).not.toBe(skills.levels[0]!.color);
    expect(absent!.label.formatter).toBe('–');
  });

  it('marks header rows in bold rich text, strips markup from data, and gives plain-text tooltips', () => {
    const option = parts(skills);
    expect(option.yAxis.data).toEqual(['h', 'sql', 'en']);
    expect(option.yAxis.axisLabel.formatter('h')).toBe('{header|Compétences techniques}');
    expect(option.xAxis.axisLabel.formatter('b')).toBe('Développeur informatique\nspécialisé IA');
    expect(option.tooltip.renderMode).toBe('richText');
    expect(option.tooltip.formatter({ value: [1, 2, 0] })).toBe('ligne 2, colonne 1');
  });

  it('reserves more height per row on a phone, where labels wrap', () => {
    expect(heatmapHeight(skills)).toBe(60 + 3 * 28);
    expect(heatmapHeight(skills, { compact: true })).toBe(60 + 3 * 40);
  });

  it('gives a stable option (snapshot)', () => {
    expect(JSON.parse(JSON.stringify(heatmapOption(skills, { compact: true })))).toMatchSnapshot();
  });
});

describe('heatmapSlide: the heatmap laid out for the room', () => {
  /** Thirty skills with long names: too many rows for one slide at 24 px. */
  const many: HeatmapDescription = {
    ...skills,
    rows: Array.from({ length: 30 }, (_, index) => ({ key: `s${index}`, label: `Capacité à préparer les données pour une analyse efficace ${index}` })),
    cells: Array.from({ length: 30 }, () => [{ kind: 'number' as const, value: 2 }, null]),
  };
  type SlideParts = Parts & {
    grid: { top: number; height: number };
    yAxis: { axisLabel: { fontSize: number; lineHeight: number } };
    xAxis: { axisLabel: { fontSize: number } };
    series: { label: { fontSize?: number } }[];
  };

  it('rows as tall as their 24 px labels’ lines, every part within the slide, every row once', () => {
    const first = heatmapSlide(many, 0, { budget: 500 });
    expect(first.parts).toBeGreaterThan(1);
    const keys: string[] = [];
    for (let part = 0; part < first.parts; part += 1) {
      const slide = heatmapSlide(many, part, { budget: 500 });
      const option = slide.option as unknown as SlideParts;
      expect(slide.height).toBeLessThanOrEqual(500);
      expect(option.yAxis.axisLabel.fontSize).toBe(24);
      expect(option.xAxis.axisLabel.fontSize).toBe(24);
      for (const series of option.series) expect(series.label.fontSize).toBe(24);
      const lines = Math.max(...option.yAxis.data.map((key) => option.yAxis.axisLabel.formatter(key).split('\n').length));
      expect(option.grid.height / option.yAxis.data.length).toBeGreaterThanOrEqual(lines * option.yAxis.axisLabel.lineHeight);
      keys.push(...option.yAxis.data);
      // A part's tooltips name its own rows.
      expect(option.tooltip.formatter({ value: [1, 0, 2] })).toBe(`ligne ${slide.first - 1}, colonne 1`);
    }
    expect(keys).toEqual(many.rows.map((row) => row.key));
  });
});

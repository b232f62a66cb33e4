import type { BarSeriesOption } from 'echarts';
import {
  BAR_THICKNESS,
  barChartHeight,
  barChartOption,
  barPanelsHeight,
  barPanelsOption,
  barPanelsSlide,
  barSlide,
  barTooltipText,
  type BarChartDescription,
} from './bars';
import { textWidth } from './labels';
import { HIGHLIGHT_COLOR, UNCERTAIN_DECAL } from './theme';

type Item = { value: number | null; itemStyle?: { color?: string; opacity?: number; borderColor?: string; decal?: unknown }; label?: { fontStyle?: string } };
type Series = BarSeriesOption & { data: Item[]; label: { formatter: (p: { dataIndex: number }) => string } };
interface Parts {
  series: Series[];
  grid: { right: number; top: number };
  xAxis: { splitNumber?: number; max?: number; axisLabel: { hideOverlap: boolean; formatter: (value: number) => string } };
  yAxis: { data: string[]; triggerEvent?: boolean; axisLabel: { formatter: (key: string) => string } };
  tooltip: { renderMode: string; formatter: (params: unknown) => string };
  legend?: { data: string[] };
}

const parts = (description: BarChartDescription, compact = false) => barChartOption(description, { compact }) as unknown as Parts;

/** Four basins: a confident value, a lower bound, a secret cell and an ambiguous pair. */
const basins: BarChartDescription = {
  kind: 'bar',
  lang: 'fr',
  unit: 'count',
  categories: [
    { key: 'caen', label: 'Caen' },
    { key: 'rouen', label: 'Rouen' },
    { key: 'lisieux', label: 'Lisieux' },
    { key: 'vire', label: 'Vire' },
  ],
  series: [
    {
      name: 'Projets',
      color: '#0b5cad',
      values: [{ kind: 'number', value: 1230 }, { kind: 'lower-bound', value: 26 }, { kind: 'secret' }, { kind: 'ambiguous', candidates: [20, 30] }],
    },
  ],
  noneText: 'aucun projet',
};

describe('barChartOption: the house rules, once for every bar chart', () => {
  it('labels values the French way, axis included, and the English way in English', () => {
    const { series, xAxis } = parts(basins);
    expect(series[0]!.label.formatter({ dataIndex: 0 })).toBe('1\u202f230');
    expect(series[0]!.label.formatter({ dataIndex: 1 })).toBe('au moins 26');
    expect(xAxis.axisLabel.formatter(2000)).toBe('2\u202f000');
    expect(parts({ ...basins, lang: 'en' }).series[0]!.label.formatter({ dataIndex: 0 })).toBe('1,230');
    expect(
      parts({
        ...basins,
        unit: 'percent',
        series: [{ name: 'Part', color: '#000', values: [{ kind: 'number', value: 11.6 }] }],
        categories: [basins.categories[0]!],
      }).xAxis.axisLabel.formatter(20),
    ).toMatch(/^20\s%$/u);
  });

  it('hatches a lower bound, writes a secret value in words on an empty slot, never as 0', () => {
    const [main] = parts(basins).series;
    expect(main!.data[0]!.itemStyle?.decal).toBeUndefined();
    expect(main!.data[1]!.itemStyle?.decal).toEqual(UNCERTAIN_DECAL);
    expect(main!.data[1]!.value).toBe(26);
    expect(main!.data[2]).toMatchObject({ value: 0, itemStyle: { color: 'transparent' }, label: { fontStyle: 'italic' } });
    expect(main!.label.formatter({ dataIndex: 2 })).toBe('secret statistique');
  });

  it('draws an ambiguous value as a hatched band over its candidates, labelled once, stacked on an invisible start', () => {
    const [main, band] = parts(basins).series;
    expect(main!.stack).toBeDefined();
    expect(band!.stack).toBe(main!.stack);
    expect(main!.data[3]).toMatchObject({ value: 20, itemStyle: { color: 'transparent' } });
    expect(band!.data[3]!.value).toBe(10);
    expect(band!.itemStyle).toMatchObject({ decal: UNCERTAIN_DECAL });
    expect(main!.label.formatter({ dataIndex: 3 })).toBe('');
    expect(band!.label.formatter({ dataIndex: 3 })).toBe('valeur incertaine (20 ou 30)');
    // Values without a band have no band segment.
    expect(band!.data[0]!.value).toBeNull();
    // The legend names each series once.
    expect(parts({ ...basins, series: [...basins.series, { ...basins.series[0]!, name: 'Autre' }] }).legend?.data).toEqual(['Projets', 'Autre']);
  });

  it('outlines the picked category, marks it « ▶ » on the axis and fades the others', () => {
    const { series, yAxis } = parts({ ...basins, emphasis: { picked: 'rouen' }, clickable: true });
    expect(series[0]!.data[1]!.itemStyle).toMatchObject({ borderColor: HIGHLIGHT_COLOR });
    expect(series[0]!.data[0]!.itemStyle?.opacity).toBeLessThan(1);
    // Only the bar fades: its label keeps full contrast.
    expect((series[0]!.data[0] as Item & { label?: { opacity?: number } }).label?.opacity).toBe(1);
    expect(yAxis.axisLabel.formatter('rouen')).toBe('{picked|▶ Rouen}');
    // A default selection is marked without fading the others.
    const marked = parts({ ...basins, emphasis: { picked: 'rouen', fadeOthers: false } });
    expect(marked.series[0]!.data[0]!.itemStyle?.opacity).toBeUndefined();
    expect(marked.yAxis.axisLabel.formatter('rouen')).toBe('{picked|▶ Rouen}');
    expect(yAxis.axisLabel.formatter('caen')).toBe('Caen');
    expect(yAxis.data).toEqual(['caen', 'rouen', 'lisieux', 'vire']);
    expect(yAxis.triggerEvent).toBe(true);
  });

  it('marks a picked pair (the two occupations of the study) both, and only them', () => {
    const { series, yAxis } = parts({ ...basins, emphasis: { picked: ['rouen', 'vire'], fadeOthers: false } });
    expect(series[0]!.data[1]!.itemStyle).toMatchObject({ borderColor: HIGHLIGHT_COLOR });
    expect(series[0]!.data[0]!.itemStyle?.borderColor).toBeUndefined();
    expect(yAxis.axisLabel.formatter('vire')).toBe('{picked|▶ Vire}');
    expect(yAxis.axisLabel.formatter('caen')).toBe('Caen');
  });

  it('gives the widest labels fewer lines, so rows (and the chart) are no taller than with wide labels', () => {
    const long = {
      ...basins,
      categories: basins.categories.map((category) => ({
        ...category,
        label: `Aides de cuisine et employés polyvalents de la restauration ${category.label}`,
      })),
    };
    expect(barChartHeight({ ...long, widestLabels: true })).toBeLessThan(barChartHeight({ ...long, wideLabels: true }));
    expect(
      parts({ ...long, widestLabels: true })
        .yAxis.axisLabel.formatter('caen')
        .split('\n'),
    ).toHaveLength(2);
  });

  it('keeps a group bright and fades the rest when nothing is picked', () => {
    const { series } = parts({ ...basins, emphasis: { group: ['caen', 'vire'] } });
    expect(series[0]!.data[0]!.itemStyle?.opacity).toBeUndefined();
    expect(series[0]!.data[1]!.itemStyle?.opacity).toBeLessThan(1);
  });

  it('shows tooltips as plain text, never HTML', () => {
    const { tooltip } = parts(basins);
    expect(tooltip.renderMode).toBe('richText');
    expect(tooltip.formatter([{ dataIndex: 1 }])).toBe('Rouen\nProjets : au moins 26');
    expect(barTooltipText(basins, 2)).toBe('Lisieux\nProjets : secret statistique');
  });

  it('leaves room for the longest value label, so none is cut at the card edge', () => {
    const long = { ...basins, series: [{ ...basins.series[0]!, labels: ['1 230 · 45 % difficiles à recruter', undefined, undefined, undefined] }] };
    expect(parts(long).grid.right).toBeGreaterThanOrEqual('1 230 · 45 % difficiles à recruter'.length * 11 * 0.5);
    expect(parts(long).grid.right).toBeGreaterThan(parts(basins).grid.right);
    // Words beside an empty slot (a secret basin) sit at the start of the plot: they take no room from the bars.
    const secretOnly = {
      ...basins,
      series: [{ ...basins.series[0]!, values: [{ kind: 'number' as const, value: 1230 }, null, { kind: 'secret' as const }, null] }],
    };
    expect(parts(secretOnly).grid.right).toBeLessThan(textWidth('secret statistique', 11));
  });

  it('makes rows tall enough that two series’ value labels never overlap (« ≈ 20 » over « 23 »)', () => {
    const two: BarChartDescription = {
      ...basins,
      series: [
        { name: 'Étude', color: '#a16207', values: basins.categories.map(() => ({ kind: 'number', value: 20 })) },
        { name: 'Données ouvertes', color: '#0b5cad', values: basins.categories.map(() => ({ kind: 'number', value: 23 })) },
      ],
    };
    const option = parts(two);
    const plotHeight = barChartHeight(two) - option.grid.top - 28;
    const row = plotHeight / two.categories.length;
    // Two bars of a label's height each, with the category gap left over.
    expect(row).toBeGreaterThanOrEqual(2 * (BAR_THICKNESS + 2));
    expect(option.series.every((entry) => entry.barMaxWidth === BAR_THICKNESS)).toBe(true);
  });

  it('on a phone: fewer ticks that never run together, narrower category labels broken between words', () => {
    const phone = parts(basins, true);
    expect(phone.xAxis.splitNumber).toBe(3);
    expect(phone.xAxis.axisLabel.hideOverlap).toBe(true);
    const sector = {
      ...basins,
      categories: [{ key: 's', label: 'Services spécialisés, techniques' }],
      series: [{ name: 'Part', color: '#000', values: [{ kind: 'number' as const, value: 3 }] }],
    };
    expect(parts(sector, true).yAxis.axisLabel.formatter('s')).toBe('Services\nspécialisés,\ntechniques');
    expect(parts(sector).yAxis.axisLabel.formatter('s')).toBe('Services spécialisés,\ntechniques');
    expect(barChartHeight(sector, { compact: true })).toBeGreaterThan(barChartHeight(sector));
  });

  it('centres bars on their row when each row belongs to one series', () => {
    const surveys: BarChartDescription = {
      ...basins,
      series: [
        { name: 'A', color: '#000', values: [{ kind: 'number', value: 1 }, { kind: 'number', value: 2 }, null, null] },
        { name: 'B', color: '#111', values: [null, null, { kind: 'number', value: 3 }, { kind: 'not-in-source' }] },
      ],
      absentText: 'non cité',
    };
    const { series } = parts(surveys);
    expect(new Set(series.map((entry) => entry.stack))).toEqual(new Set(['shared-0']));
    expect(series[1]!.label.formatter({ dataIndex: 3 })).toBe('non cité');
  });

  it('breaks a legend name too wide for a phone’s card between words, and makes room above the plot for its lines', () => {
    const name = 'LaborIA – French Ministry of Labour (March 2023)';
    const surveys: BarChartDescription = {
      ...basins,
      legend: 'vertical',
      series: [
        { name: 'Bpifrance Le Lab (2024)', color: '#000', values: [{ kind: 'number', value: 1 }, null, null, null] },
        { name, color: '#111', values: [null, { kind: 'number', value: 2 }, null, null] },
      ],
    };
    const legend = (compact: boolean) => (barChartOption(surveys, { compact }) as unknown as { legend: { formatter?: (name: string) => string } }).legend;
    const lines = legend(true).formatter!(name).split('\n');
    expect(lines).toEqual(['LaborIA – French Ministry of Labour', '(March 2023)']);
    // Each line fits the legend's room on a 375 px phone (300 px less the symbol).
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(260);
    expect(legend(true).formatter!('Bpifrance Le Lab (2024)')).toBe('Bpifrance Le Lab (2024)');
    // On a desktop the name fits on one line: that legend keeps ECharts' own text (no formatter).
    expect(legend(false).formatter).toBeUndefined();
    expect(parts(surveys, true).grid.top).toBeGreaterThan(
      parts({ ...surveys, series: surveys.series.map((entry) => ({ ...entry, name: 'A' })) }, true).grid.top,
    );
  });

  it('breaks a words label too long for a phone between words; its row and the gap to the next bar hold its lines', () => {
    const words = '0 or 10 (total shared with Lillebonne / Le Havre)';
    const two: BarChartDescription = {
      ...basins,
      series: [
        {
          name: 'Study',
          color: '#a16207',
          values: basins.categories.map(() => ({ kind: 'number', value: 20 })),
          labels: [words, undefined, undefined, undefined],
        },
        { name: 'Open data', color: '#0b5cad', values: basins.categories.map(() => ({ kind: 'number', value: 23 })) },
      ],
    };
    const phone = barChartOption(two, { compact: true }) as unknown as Parts & { series: (Series & { barGap?: string; label: { lineHeight?: number } })[] };
    const text = phone.series[0]!.label.formatter({ dataIndex: 0 });
    const lines = text.split('\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(words);
    for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(190);
    expect(phone.series[0]!.label.lineHeight).toBe(13);
    // The next bar's label starts below this one's last line: bar centres at least half of both labels apart.
    const apart = (Number.parseInt(phone.series[0]!.barGap!, 10) / 100) * BAR_THICKNESS + BAR_THICKNESS;
    expect(apart).toBeGreaterThanOrEqual((lines.length * 13 + 13) / 2);
    // Rows grow with it, and the right margin covers the widest line, not the whole text.
    expect(barChartHeight(two, { compact: true })).toBeGreaterThan(
      barChartHeight({ ...two, series: [{ ...two.series[0]!, labels: undefined }, two.series[1]!] }, { compact: true }),
    );
    expect(phone.grid.right).toBeLessThan(textWidth(words, 11));
    // Where the text fits (a desktop card), nothing changes: one line, ECharts' default gap.
    const desktop = barChartOption(two) as unknown as { series: (Series & { barGap?: string })[] };
    expect(desktop.series[0]!.label.formatter({ dataIndex: 0 })).toBe(words);
    expect(desktop.series[0]!.barGap).toBeUndefined();
  });

  it('generates this option (snapshot of the bar chart kind)', () => {
    const option = barChartOption({ ...basins, emphasis: { picked: 'rouen' } });
    // Functions (formatters) are asserted above; the snapshot pins the option's structure and styles.
    expect(JSON.parse(JSON.stringify(option))).toMatchSnapshot();
  });
});

describe('barPanelsOption: bar plots stacked under their headings, one legend', () => {
  const levels: BarChartDescription = {
    ...basins,
    series: [{ name: 'Offres', color: '#0b5cad', values: [{ kind: 'number', value: 10 }, { kind: 'number', value: 20 }, null, { kind: 'secret' }] }],
  };
  const growth: BarChartDescription = {
    ...basins,
    unit: 'rate',
    series: [{ name: 'Offres', color: '#0b5cad', values: [{ kind: 'number', value: 12 }, { kind: 'number', value: -3 }, null, { kind: 'not-in-source' }] }],
    absentText: 'non publié',
  };
  const panels = {
    kind: 'bar-panels' as const,
    panels: [
      { title: 'Nombre', chart: levels },
      { title: 'Évolution', chart: growth },
    ],
  };

  it('puts each panel on its own grid and axes, below its heading, without overlap', () => {
    const option = barPanelsOption(panels) as unknown as {
      grid: { top: number; height: number }[];
      series: Series[];
      title: { text: string; top: number }[];
      xAxis: Parts['xAxis'][];
    };
    expect(option.title.map((title) => title.text)).toEqual(['Nombre', 'Évolution']);
    expect(option.grid).toHaveLength(2);
    // The second panel's heading starts below the first plot and its axis labels.
    expect(option.title[1]!.top).toBeGreaterThan(option.grid[0]!.top + option.grid[0]!.height + 20);
    expect(option.series.map((entry) => entry.xAxisIndex ?? 0)).toEqual([0, 1]);
    expect(option.xAxis[1]!.axisLabel.formatter(12)).toBe('+12 %');
    expect(option.series[1]!.label.formatter({ dataIndex: 3 })).toBe('non publié');
    expect(barPanelsHeight(panels)).toBeGreaterThan(option.grid[1]!.top + option.grid[1]!.height);
  });

  it('breaks a long heading between words on a phone, pushing its plot down, and names only the legend it is given', () => {
    const long = {
      ...panels,
      panels: [{ title: 'Projets de recrutement, 13 régions métropolitaines, 2024', chart: levels }, panels.panels[1]!],
      legend: ['Offres'],
    };
    const option = barPanelsOption(long, { compact: true }) as unknown as { grid: { top: number }[]; title: { text: string }[]; legend?: unknown };
    expect(option.title[0]!.text).toContain('\n');
    expect(option.title[0]!.text.split('\n').every((line) => !/^[,;:]/u.test(line))).toBe(true);
    expect(option.grid[0]!.top).toBeGreaterThan((barPanelsOption(panels, { compact: true }) as unknown as { grid: { top: number }[] }).grid[0]!.top);
    // One name in the legend: none is drawn (a heading names a single series).
    expect(option.legend).toBeUndefined();
  });

  it('generates this option (snapshot of the bar panels kind)', () => {
    expect(JSON.parse(JSON.stringify(barPanelsOption(panels, { compact: true })))).toMatchSnapshot();
  });
});

describe('barSlide / barPanelsSlide: a slide laid out for the room from the description', () => {
  type Box = { top: number; height: number };
  type SlideOption = {
    grid: Box | Box[];
    title?: { text: string; top: number; textStyle: { fontSize: number; lineHeight: number } }[];
    legend?: { textStyle: { fontSize?: number }; data: string[] };
    xAxis: { max?: number; axisLabel: { fontSize?: number } } | { max?: number; axisLabel: { fontSize?: number } }[];
    yAxis: { data: string[]; axisLabel: { fontSize: number; lineHeight: number } } | { data: string[]; axisLabel: { fontSize: number; lineHeight: number } }[];
    series: (Series & { barMaxWidth: number })[];
  };
  const list = <T>(value: T | T[]) => (Array.isArray(value) ? value : [value]);
  const region = (index: number) => ({ key: `r${index}`, label: `Région numéro ${index}` });
  /** Fifteen regions, two series each: too many rows for one slide at 24 px. */
  const regions: BarChartDescription = {
    ...basins,
    categories: Array.from({ length: 15 }, (_, index) => region(index)),
    series: [
      { name: 'Normandie', color: '#0b5cad', values: Array.from({ length: 15 }, (_, index) => ({ kind: 'number' as const, value: 100 + index * 37 })) },
      { name: 'France', color: '#666', values: Array.from({ length: 15 }, (_, index) => ({ kind: 'lower-bound' as const, value: 50 + index * 11 })) },
    ],
    tooltip: (index) => `tooltip ${index}`,
  };
  const panels = {
    kind: 'bar-panels' as const,
    panels: [
      {
        title: 'Parts des projets jugés difficiles et saisonniers',
        chart: { ...regions, categories: regions.categories.slice(0, 2), series: regions.series.map((s) => ({ ...s, values: s.values.slice(0, 2) })) },
      },
      { title: 'Projets de recrutement, 13 régions métropolitaines', chart: regions },
    ],
  };
  const BUDGET = 480;

  /** Every text of the option at least 24 px, headings at least 32 px, bars as thick as their labels. */
  function expectRoomType(option: SlideOption) {
    for (const axis of list(option.xAxis)) expect(axis.axisLabel.fontSize).toBeGreaterThanOrEqual(24);
    for (const axis of list(option.yAxis)) expect(axis.axisLabel.fontSize).toBeGreaterThanOrEqual(24);
    for (const entry of option.series) {
      expect((entry.label as { fontSize: number }).fontSize).toBeGreaterThanOrEqual(24);
      expect(entry.barMaxWidth).toBeGreaterThanOrEqual(22);
    }
    if (option.legend) expect(option.legend.textStyle.fontSize).toBeGreaterThanOrEqual(24);
    for (const title of option.title ?? []) expect(title.textStyle.fontSize).toBeGreaterThanOrEqual(32);
  }

  it('cuts a long chart into parts that each fit the slide, every row once, on one value scale, in room-sized type', () => {
    const first = barSlide(regions, 0, { room: true, budget: BUDGET });
    expect(first.parts).toBeGreaterThan(1);
    const seen: string[] = [];
    const ends = new Set<number | undefined>();
    for (let part = 0; part < first.parts; part += 1) {
      const slide = barSlide(regions, part, { room: true, budget: BUDGET });
      const option = slide.option as unknown as SlideOption;
      expect(slide.height).toBeLessThanOrEqual(BUDGET);
      expectRoomType(option);
      const [grid] = list(option.grid);
      // Rows as tall as two bars 26 px apart and their gap: the labels of one row never meet those of the next.
      expect(grid!.height / (slide.last - slide.first + 1)).toBeGreaterThanOrEqual(2 * 26);
      seen.push(...list(option.yAxis)[0]!.data);
      ends.add(list(option.xAxis)[0]!.max);
      expect([slide.first, slide.last, slide.total]).toEqual([seen.length - (slide.last - slide.first), seen.length, 15]);
    }
    expect(seen).toEqual(regions.categories.map((category) => category.key));
    expect([...ends]).toEqual([800]);
  });

  it('a short chart is one part, its rows grown to take the slide’s height', () => {
    const short = { ...regions, categories: regions.categories.slice(0, 3), series: regions.series.map((s) => ({ ...s, values: s.values.slice(0, 3) })) };
    const slide = barSlide(short, 0, { room: true, budget: BUDGET });
    expect(slide.parts).toBe(1);
    expect(slide.height).toBeGreaterThan(barChartHeight(short, { room: true }));
    expect(slide.height).toBeLessThanOrEqual(BUDGET);
  });

  it('bar panels: no heading over a plot, no part taller than the slide, every row once', () => {
    const first = barPanelsSlide(panels, 0, { room: true, budget: BUDGET });
    expect(first.parts).toBeGreaterThan(1);
    const rows: string[] = [];
    for (let part = 0; part < first.parts; part += 1) {
      const slide = barPanelsSlide(panels, part, { room: true, budget: BUDGET });
      const option = slide.option as unknown as SlideOption;
      expect(slide.height).toBeLessThanOrEqual(BUDGET);
      expectRoomType(option);
      const grids = list(option.grid);
      option.title!.forEach((title, index) => {
        const bottom = title.top + title.text.split('\n').length * title.textStyle.lineHeight;
        // The heading ends above its plot, and starts below the previous plot and its 24 px axis numbers.
        expect(bottom).toBeLessThanOrEqual(grids[index]!.top);
        if (index > 0) expect(title.top).toBeGreaterThanOrEqual(grids[index - 1]!.top + grids[index - 1]!.height + 24);
      });
      // A part's tooltips speak of its own rows: the regions shown start at region `last - 2 - rows shown` of the whole.
      const last = option.series.at(-1) as unknown as { tooltip: { formatter: (params: { dataIndex: number }) => string } };
      const shown = list(option.yAxis).at(-1)!.data.length;
      if (option.title!.at(-1)!.text.startsWith('Projets')) expect(last.tooltip.formatter({ dataIndex: 0 })).toBe(`tooltip ${slide.last - 2 - shown}`);
      rows.push(...list(option.yAxis).flatMap((axis) => axis.data));
    }
    expect(rows).toEqual([...panels.panels[0]!.chart.categories, ...regions.categories].map((category) => category.key));
  });

  it('a card keeps its layout: the room’s is a layout of its own, not a card enlarged', () => {
    const card = barPanelsOption(panels) as unknown as SlideOption;
    expect(list(card.yAxis)[0]!.axisLabel.fontSize).toBe(12);
    expect(barPanelsHeight(panels, { room: true })).toBeGreaterThan(barPanelsHeight(panels) * 1.5);
  });
});

import { charsIn, wrapText, wrappedAxisLabel } from '../../charts/labels';
import type { EChartsOption } from 'echarts';
import { isMissing } from '../../data/contract';
import type { Dataset } from '../../data/queries';
import { SKILL_CATEGORY_LABELS, type SkillsMatrixRow } from '../../data/schemas/study';
import { textCell, type ChartModel, type TableCell, type TableColumn } from '../../charts/model';
import { READ_MARKER } from '../../charts/valueStatement';
import { MUTED_TEXT_COLOR, TEXT_COLOR, UNCERTAIN_DECAL } from '../../charts/theme';
import { formatNumber } from '../../i18n/format';
import { translator } from '../../i18n/i18n';
import type { Language } from '../../state/filters';

type MatrixData = Pick<Dataset<'skills-matrix'>, 'rows' | 'source'>;
type Category = SkillsMatrixRow['category'];

const CATEGORY_ORDER = Object.keys(SKILL_CATEGORY_LABELS) as Category[];

/** Sequential blues, light to dark; each cell also prints its level, so colour is never the only cue. */
export const LEVEL_COLORS = { 1: '#c6dbef', 2: '#6baed6', 3: '#0b5cad' } as const;
const LEVEL_TEXT = { 1: TEXT_COLOR, 2: TEXT_COLOR, 3: '#ffffff' } as const;
const NOT_LISTED_COLOR = '#f3f4f6';

/** Axis rows: a header per category, then its skills. Headers are prefixed so they never clash with a skill slug. */
const HEADER = 'categorie:';

export interface MatrixLayout {
  jobs: { code: SkillsMatrixRow['job']; label: string }[];
  /** Axis rows top to bottom: `categorie:<code>` headers and skill slugs. */
  rows: string[];
  labels: Map<string, string>;
}

export function matrixLayout(rows: readonly SkillsMatrixRow[]): MatrixLayout {
  const jobs = [...new Map(rows.map((row) => [row.job, { code: row.job, label: row.jobLabel }])).values()];
  const labels = new Map<string, string>();
  const axis: string[] = [];
  for (const category of CATEGORY_ORDER) {
    const skills = [...new Set(rows.filter((row) => row.category === category).map((row) => row.skill))];
    if (skills.length === 0) continue;
    axis.push(`${HEADER}${category}`, ...skills);
    labels.set(`${HEADER}${category}`, rows.find((row) => row.category === category)?.categoryLabel ?? SKILL_CATEGORY_LABELS[category]); // i13 (#13): the row's label, in the page's language
    for (const row of rows) if (row.category === category) labels.set(row.skill, row.skillLabel);
  }
  return { jobs, rows: axis, labels };
}

/**
 * The study's skills matrix: data engineer vs AI developer, importance 1–3 by
 * skill, grouped by category. A level the text cannot settle is a hatched cell;
 * a skill the study does not list for a job is a grey "–" cell, not a level.
 */
export function buildSkillsMatrix(data: MatrixData, lang: Language, compact = false): ChartModel {
  const t = translator(lang);
  const layout = matrixLayout(data.rows);
  const find = (job: string, skill: string) => data.rows.find((row) => row.job === job && row.skill === skill);
  const levelText = (level: number) => t(`skills.matrix.levels.${level as 1 | 2 | 3}`);
  const skillRows = layout.rows.filter((code) => !code.startsWith(HEADER));

  const cell = (job: string, skill: string): TableCell => {
    const row = find(job, skill);
    if (!row) return { text: t('skills.matrix.notListed'), sort: null, flag: 'not-in-source' };
    if (!isMissing(row.importance)) {
      // Issue #13: a level only read from the layout (which job's list) is marked « * ».
      if (row.confidence === 'read')
        return { text: `${row.importance}${READ_MARKER} – ${levelText(row.importance)}`, sort: row.importance, flag: 'read', statement: { kind: 'number', value: row.importance, evidence: 'read' } };
      if (row.confidence === 'proved') return { text: `${row.importance} – ${levelText(row.importance)}`, sort: row.importance, statement: { kind: 'number', value: row.importance, evidence: 'proved' } };
      return { text: `${row.importance} – ${levelText(row.importance)}`, sort: row.importance };
    }
    const candidates = row.importance.candidates?.map((value) => formatNumber(value, lang)).join(' ; ');
    return { text: candidates ? t('skills.matrix.uncertainWith', { candidates }) : t('skills.matrix.uncertain'), sort: null, flag: 'ambiguous' };
  };

  const columns: TableColumn[] = [
    { key: 'category', label: t('skills.matrix.category'), kind: 'text' },
    { key: 'skill', label: t('skills.matrix.skill'), kind: 'text' },
    ...layout.jobs.map((job) => ({ key: job.code, label: job.label, kind: 'count' as const })),
  ];
  const table = {
    columns,
    rows: skillRows.map((skill) => {
      const any = data.rows.find((row) => row.skill === skill)!;
      const entry: Record<string, TableCell> = { category: textCell(any.categoryLabel), skill: textCell(any.skillLabel) };
      for (const job of layout.jobs) entry[job.code] = cell(job.code, skill);
      return entry;
    }),
  };
  const base = { id: 'skills-matrix', title: t('skills.matrix.title'), subtitle: t('skills.matrix.subtitle'), source: data.source.citation, table };
  if (skillRows.length === 0 || layout.jobs.length === 0) return { ...base, option: null, summary: t('data.noData'), notes: [], height: 240 };

  const known: { value: [number, number, number]; itemStyle: { color: string }; label: { color: string } }[] = [];
  const uncertain: { value: [number, number, number] }[] = [];
  const notListed: { value: [number, number, number] }[] = [];
  layout.jobs.forEach((job, x) => {
    layout.rows.forEach((code, y) => {
      if (code.startsWith(HEADER)) return;
      const row = find(job.code, code);
      if (!row) notListed.push({ value: [x, y, 0] });
      else if (isMissing(row.importance)) uncertain.push({ value: [x, y, 0] });
      else known.push({ value: [x, y, row.importance], itemStyle: { color: LEVEL_COLORS[row.importance] }, label: { color: LEVEL_TEXT[row.importance], ...(row.confidence === 'read' ? { formatter: `${row.importance}${READ_MARKER}` } : {}) } });
    });
  });

  const notes: string[] = [t('skills.matrix.levelsNote')];
  if (data.rows.some((row) => row.confidence === 'read')) notes.push(t('skills.matrix.noteReconstructed'));
  if (uncertain.length > 0) notes.push(t('skills.matrix.noteAmbiguous'));

  const cellStyle = { borderColor: '#ffffff', borderWidth: 2 };
  const tooltipText = (x: number, y: number) => {
    const job = layout.jobs[x];
    const skill = layout.rows[y];
    return job && skill ? `${layout.labels.get(skill) ?? skill}\n${job.label} : ${cell(job.code, skill).text}` : '';
  };

  const option: EChartsOption = {
    grid: { top: 44, left: 8, right: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      renderMode: 'richText',
      formatter: (params: unknown) => {
        const value = (params as { value?: unknown }).value;
        return Array.isArray(value) ? tooltipText(Number(value[0]), Number(value[1])) : '';
      },
    },
    xAxis: {
      type: 'category',
      position: 'top',
      data: layout.jobs.map((job) => job.label),
      axisTick: { show: false },
      axisLine: { show: false },
      // Broken between words only (the chart layer's rule): ECharts' own breaking cuts long words.
      axisLabel: { ...wrappedAxisLabel(compact ? 84 : 160, 11), lineHeight: 14, fontWeight: 'bold' },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: layout.rows,
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: {
        interval: 0,
        lineHeight: compact ? 12 : 13,
        fontSize: compact ? 10 : 12,
        formatter: (code: string) => {
          const lines = wrapText(layout.labels.get(code) ?? code, charsIn(compact ? 120 : 320, compact ? 10 : 12)).split('\n');
          return code.startsWith(HEADER) ? lines.map((line) => `{header|${line}}`).join('\n') : lines.join('\n');
        },
        rich: { header: { fontWeight: 'bold', color: MUTED_TEXT_COLOR } },
      },
    },
    series: [
      {
        type: 'heatmap',
        name: t('skills.matrix.importance'),
        data: known,
        itemStyle: cellStyle,
        label: { show: true, fontWeight: 'bold', formatter: (params: { value?: unknown }) => (Array.isArray(params.value) ? formatNumber(Number(params.value[2]), lang) : '') },
      },
      {
        type: 'heatmap',
        name: t('skills.matrix.uncertain'),
        data: uncertain,
        itemStyle: { ...cellStyle, color: LEVEL_COLORS[1], decal: { ...UNCERTAIN_DECAL, color: 'rgba(11,92,173,0.55)' } },
        label: { show: true, formatter: '?', color: TEXT_COLOR, fontWeight: 'bold' },
      },
      {
        type: 'heatmap',
        name: t('skills.matrix.notListed'),
        data: notListed,
        itemStyle: { ...cellStyle, color: NOT_LISTED_COLOR },
        label: { show: true, formatter: '–', color: MUTED_TEXT_COLOR },
      },
    ],
  } as EChartsOption;

  const summaryParts = layout.jobs.map((job) => {
    const listed = data.rows.filter((row) => row.job === job.code);
    const top = listed.filter((row) => row.importance === 3).length;
    return t('skills.matrix.summaryJob', { job: job.label, top, listed: listed.length });
  });
  const shared = skillRows.filter((skill) => layout.jobs.every((job) => find(job.code, skill))).length;
  return {
    ...base,
    option,
    summary: `${summaryParts.join(' ')} ${t('skills.matrix.summaryShared', { shared })}`,
    notes,
    height: 60 + layout.rows.length * (compact ? 40 : 28),
  };
}

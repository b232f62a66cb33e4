import { drawHeatmap, type HeatmapDescription } from '../../charts/heatmap';
import { fromMeasure, READ_MARKER } from '../../charts/valueStatement';
import { isMissing } from '../../data/contract';
import type { Dataset } from '../../data/queries';
import { SKILL_CATEGORY_LABELS, type SkillsMatrixRow } from '../../data/schemas/study';
import { textCell, type ChartModel, type TableCell, type TableColumn } from '../../charts/model';
import { formatNumber } from '../../i18n/format';
import { translator } from '../../i18n/i18n';
import type { Language } from '../../state/filters';
import '../../i18n/messages/skills';

type MatrixData = Pick<Dataset<'skills-matrix'>, 'rows' | 'source'>;
type Category = SkillsMatrixRow['category'];

const CATEGORY_ORDER = Object.keys(SKILL_CATEGORY_LABELS) as Category[];

/** Sequential blues, light to dark; each cell also prints its level (the chart layer's rule), so colour is never the only cue. */
export const LEVEL_COLORS = { 1: '#c6dbef', 2: '#6baed6', 3: '#0b5cad' } as const;

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
        return {
          text: `${row.importance}${READ_MARKER} – ${levelText(row.importance)}`,
          sort: row.importance,
          flag: 'read',
          statement: { kind: 'number', value: row.importance, evidence: 'read' },
        };
      if (row.confidence === 'proved')
        return {
          text: `${row.importance} – ${levelText(row.importance)}`,
          sort: row.importance,
          statement: { kind: 'number', value: row.importance, evidence: 'proved' },
        };
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

  const notes: string[] = [t('skills.matrix.levelsNote')];
  if (data.rows.some((row) => row.confidence === 'read')) notes.push(t('skills.matrix.noteReconstructed'));
  if (data.rows.some((row) => isMissing(row.importance))) notes.push(t('skills.matrix.noteAmbiguous'));

  const description: HeatmapDescription = {
    kind: 'heatmap',
    lang,
    columns: layout.jobs.map((job) => ({ key: job.code, label: job.label })),
    rows: layout.rows.map((code) => ({ key: code, label: layout.labels.get(code) ?? code, ...(code.startsWith(HEADER) ? { header: true } : {}) })),
    // A skill the study does not list for a job is null (« – »), never a level.
    cells: layout.rows.map((code) =>
      layout.jobs.map((job) => {
        const row = code.startsWith(HEADER) ? undefined : find(job.code, code);
        return row ? fromMeasure(row.importance, row.confidence) : null;
      }),
    ),
    levels: ([1, 2, 3] as const).map((value) => ({ value, color: LEVEL_COLORS[value] })),
    names: { level: t('skills.matrix.importance'), uncertain: t('skills.matrix.uncertain'), absent: t('skills.matrix.notListed') },
    tooltip: (y, x) => {
      const job = layout.jobs[x];
      const skill = layout.rows[y];
      return job && skill ? `${layout.labels.get(skill) ?? skill}\n${job.label} : ${cell(job.code, skill).text}` : '';
    },
  };

  const summaryParts = layout.jobs.map((job) => {
    const listed = data.rows.filter((row) => row.job === job.code);
    const top = listed.filter((row) => row.importance === 3).length;
    return t('skills.matrix.summaryJob', { job: job.label, top, listed: listed.length });
  });
  const shared = skillRows.filter((skill) => layout.jobs.every((job) => find(job.code, skill))).length;
  return { ...base, ...drawHeatmap(description, { compact }), summary: `${summaryParts.join(' ')} ${t('skills.matrix.summaryShared', { shared })}`, notes };
}

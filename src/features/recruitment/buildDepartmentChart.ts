/**
 * Recruitment projects of the selected occupation by department. The open
 * data (exact, secret cells left out: "au moins …", hatched) and, for the
 * study's occupations, the Carif-Oref study's own figures (rounded to tens)
 * are two distinct series, so neither is mistaken for the other.
 */
import { drawBars, type BarChartDescription } from '../../charts/bars';
import { sumByDepartment } from '../../data/bmo';
import type { Total } from '../../data/contract';
import { resolveOccupation } from '../../state/occupation';
import type { ChartModel, TableCell } from '../../charts/model';
import { SERIES_COLORS } from '../../charts/theme';
import type { StudyByDepartmentRow } from '../../data/schemas/bmo';
import { DEP_CODES } from '../../data/schemas/bmo';
import { colon, formatNumber } from '../../i18n/format';
import { derivedSum, fromMeasure, fromShare, fromTotal, statementCell, statementText, statementValue, type ValueStatement } from '../../charts/valueStatement';
import { translator } from '../../i18n/i18n';
import { ENGINEERS, TECHNICIANS, type Filters, type Language } from '../../state/filters';
import { departmentLabel } from '../../state/territories';
import type { RecruitmentData } from './buildRecruitmentMap';
import { occupationName } from './occupationName';
import '../../i18n/messages/recruitment';

export const DEPARTMENT_CHART_ID = 'recruitment-by-department';

export interface StudyDepartmentData {
  rows: readonly StudyByDepartmentRow[];
  source: { citation: string };
}

/** The study's own figure for one occupation and area (rounded to tens), as a statement: never summed with another. */
export function studyFigure(rows: readonly StudyByDepartmentRow[], occupation: string, area: string): ValueStatement {
  const row = rows.find((candidate) => candidate.area === area && candidate.occupation === occupation);
  return fromMeasure(row?.projects, row?.confidence);
}

/**
 * The sum of the study's figures over several occupations. The study never
 * prints it (270 engineers and 410 technicians, never 680): it is derived,
 * and null when one figure is not a confident number.
 */
export function studyProjects(rows: readonly StudyByDepartmentRow[], occupations: readonly string[], area: string): ValueStatement | null {
  const figures = occupations.map((occupation) => studyFigure(rows, occupation, area));
  return occupations.length === 1 ? (figures[0]!.kind === 'number' ? figures[0]! : null) : derivedSum(figures);
}

export function buildDepartmentChart(
  data: RecruitmentData,
  study: StudyDepartmentData,
  filters: Pick<Filters, 'occupation' | 'dep'>,
  lang: Language,
  { compact = false }: { compact?: boolean } = {},
): ChartModel {
  const t = translator(lang);
  const occupation = occupationName(filters.occupation, data.occupations, lang);
  const resolved = resolveOccupation(filters.occupation, data.occupations);
  const filter = { occupations: resolved.codes };
  const met = sumByDepartment(data.rows, 'met', filter);
  const xmet = sumByDepartment(data.rows, 'xmet', filter);
  const empty: Total = { value: 0, lowerBound: false };
  const studyCodes = resolved.studyCodes;
  const pair = studyCodes.length > 1;

  const departments = DEP_CODES.map((code) => {
    const projects = met[code] ?? empty;
    return {
      code,
      label: departmentLabel(code),
      projects,
      projectsStatement: fromTotal(projects),
      difficult: fromShare(xmet[code] ?? empty, projects),
      study: studyCodes.map((studyCode) => studyFigure(study.rows, studyCode, code)),
      studySum: pair ? studyProjects(study.rows, studyCodes, code) : null,
    };
  }).sort((a, b) => b.projects.value - a.projects.value || a.code.localeCompare(b.code));
  const region = Object.values(met).reduce<Total>((sum, total) => ({ value: sum.value + total.value, lowerBound: sum.lowerBound || total.lowerBound }), empty);

  const openLabel = t('recruitment.columns.openData');
  /** One series (and one column) per study occupation: the study prints them separately. */
  const studyLabels = studyCodes.map((code) =>
    pair
      ? t('recruitment.department.studyOf', { occupation: t(code === ENGINEERS ? 'recruitment.department.engineers' : 'recruitment.department.technicians') })
      : t('recruitment.columns.study'),
  );
  const count = (statement: ValueStatement) => statementText(statement, 'count', lang, { noneText: t('recruitment.none') });
  const percent = (statement: ValueStatement) => statementText(statement, 'percent', lang, { noneText: '—' });

  const table = {
    columns: [
      { key: 'department', label: t('recruitment.columns.department'), kind: 'text' as const },
      { key: 'projects', label: `${t('recruitment.columns.projects')} — ${openLabel}`, kind: 'count' as const },
      { key: 'difficult', label: t('recruitment.columns.difficultShare'), kind: 'percent' as const },
      ...studyCodes.map((code, index) => ({
        key: `study-${code}`,
        label: `${t('recruitment.columns.projects')} — ${studyLabels[index]}`,
        kind: 'count' as const,
      })),
      ...(pair ? [{ key: 'studySum', label: t('recruitment.department.studySum'), kind: 'count' as const }] : []),
    ],
    rows: departments.map((dep): Record<string, TableCell> => ({
      department: { text: `${dep.label} (${dep.code})`, sort: dep.label, code: dep.code },
      projects: statementCell(dep.projectsStatement, 'count', lang, { noneText: t('recruitment.none') }),
      difficult: statementCell(dep.difficult, 'percent', lang, { noneText: '—' }),
      ...Object.fromEntries(studyCodes.map((code, index) => [`study-${code}`, statementCell(dep.study[index]!, 'count', lang)])),
      ...(pair ? { studySum: dep.studySum ? statementCell(dep.studySum, 'count', lang, { terse: true }) : { text: '—', sort: null } } : {}),
    })),
  };

  const notes: string[] = [];
  if (departments.some((dep) => dep.projectsStatement.kind === 'lower-bound')) notes.push(t('recruitment.map.noteLowerBound'));
  if (departments.some((dep) => dep.difficult.kind === 'approximate')) notes.push(t('recruitment.map.noteApproximate'));
  if (departments.some((dep) => dep.difficult.kind === 'secret' || dep.projectsStatement.kind === 'secret')) notes.push(t('recruitment.map.noteSecret'));
  if (studyCodes.length > 0) notes.push(t('recruitment.department.studyNote'));
  if (pair) {
    notes.push(
      t('recruitment.department.studySumNote', {
        engineers: count(studyFigure(study.rows, ENGINEERS, 'normandie')),
        technicians: count(studyFigure(study.rows, TECHNICIANS, 'normandie')),
      }),
    );
  }
  const source = studyCodes.length > 0 ? `${data.source.citation} ; ${study.source.citation.replace(/^Source\s*:\s*/, '')}` : data.source.citation;

  const base = {
    id: DEPARTMENT_CHART_ID,
    title: t('recruitment.department.title'),
    subtitle: t('recruitment.department.subtitle', { occupation }),
    source,
    table,
    notes,
    height: 240,
  };
  if (departments.every((dep) => dep.projectsStatement.kind === 'none')) {
    return { ...base, option: null, summary: t('recruitment.map.summaryEmpty', { occupation }) };
  }

  const top = departments[0]!;
  const studyRegion = studyCodes.map((code, index) => `${studyLabels[index]}${colon(lang)}${count(studyFigure(study.rows, code, 'normandie'))}`).join(' ; ');
  const summary = t('recruitment.department.summary', {
    occupation,
    top: top.label,
    topValue: count(top.projectsStatement),
    region: count(fromTotal(region)) + (studyRegion ? ` (${studyRegion})` : ''),
  });

  // The study's figures are rounded to tens: « ≈ 130 » beside the open data's own.
  const description: BarChartDescription = {
    kind: 'bar',
    lang,
    unit: 'count',
    categories: departments.map((dep) => ({ key: dep.code, label: dep.label })),
    series: [
      {
        name: openLabel,
        color: SERIES_COLORS[0],
        values: departments.map((dep) => dep.projectsStatement),
        labels: departments.map((dep) => count(dep.projectsStatement)),
      },
      ...studyCodes.map((_, index) => ({
        name: studyLabels[index]!,
        color: SERIES_COLORS[index === 0 ? 4 : 2],
        values: departments.map((dep) => dep.study[index]!),
        labels: departments.map((dep) => {
          const value = statementValue(dep.study[index]!);
          return value === null ? undefined : `≈ ${formatNumber(value, lang)}`;
        }),
      })),
    ],
    emphasis: { group: filters.dep ? [filters.dep] : null },
    noneText: t('recruitment.none'),
    tooltip: (index) => {
      const dep = departments[index];
      if (!dep) return '';
      return [
        `${dep.label} — ${openLabel}`,
        `${t('recruitment.columns.projects')}${colon(lang)}${count(dep.projectsStatement)}`,
        `${t('recruitment.columns.difficultShare')}${colon(lang)}${percent(dep.difficult)}`,
        ...studyCodes.map((_, studyIndex) => `${studyLabels[studyIndex]}${colon(lang)}${statementText(dep.study[studyIndex]!, 'count', lang)}`),
      ].join('\n');
    },
  };
  return { ...base, ...drawBars(description, { compact }), summary };
}

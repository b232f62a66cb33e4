/**
 * Recruitment projects of the selected occupation by department. The open
 * data (exact, secret cells left out: "au moins …", hatched) and, for the
 * study's occupations, the Carif-Oref study's own figures (rounded to tens)
 * are two distinct series, so neither is mistaken for the other.
 */
import type { EChartsOption } from 'echarts';
import { share, sumByDepartment } from '../../data/bmo';
import { isMissing, type Total } from '../../data/contract';
import { resolveOccupationCodes } from '../../charts/map/join';
import type { ChartModel, TableCell } from '../../charts/model';
import { GRID_LINE_COLOR, MUTED_TEXT_COLOR, SERIES_COLORS, UNCERTAIN_DECAL } from '../../charts/theme';
import type { StudyByDepartmentRow } from '../../data/schemas/bmo';
import { DEP_CODES } from '../../data/schemas/bmo';
import { formatNumber, formatPercent, formatTotal, missingLabel } from '../../i18n/format';
import { translator } from '../../i18n/i18n';
import { ENGINEERS, STUDY_OCCUPATIONS, TECHNICIANS, type Filters, type Language } from '../../state/filters';
import { departmentLabel } from '../../state/territories';
import type { RecruitmentData } from './buildRecruitmentMap';
import { occupationName } from './occupationName';

export const DEPARTMENT_CHART_ID = 'recruitment-by-department';

export interface StudyDepartmentData {
  rows: readonly StudyByDepartmentRow[];
  source: { citation: string };
}

/** The study's figure for an area: the sum of its rounded figures over the selected study occupations. */
export function studyProjects(rows: readonly StudyByDepartmentRow[], occupations: readonly string[], area: string): number | null {
  const matching = rows.filter((row) => row.area === area && occupations.includes(row.occupation));
  if (matching.length !== occupations.length || matching.some((row) => isMissing(row.projects))) return null;
  return matching.reduce((sum, row) => sum + (row.projects as number), 0);
}

function studyOccupations(occupation: string): string[] | null {
  if (occupation === STUDY_OCCUPATIONS) return [ENGINEERS, TECHNICIANS];
  if (occupation === ENGINEERS || occupation === TECHNICIANS) return [occupation];
  return null;
}

export function buildDepartmentChart(
  data: RecruitmentData,
  study: StudyDepartmentData,
  filters: Pick<Filters, 'occupation' | 'dep'>,
  lang: Language,
): ChartModel {
  const t = translator(lang);
  const occupation = occupationName(filters.occupation, data.occupations, lang);
  const filter = { occupations: resolveOccupationCodes(filters.occupation, data.occupations) };
  const met = sumByDepartment(data.rows, 'met', filter);
  const xmet = sumByDepartment(data.rows, 'xmet', filter);
  const empty: Total = { value: 0, lowerBound: false };
  const studyCodes = studyOccupations(filters.occupation);

  const departments = DEP_CODES.map((code) => {
    const projects = met[code] ?? empty;
    const difficult = share(xmet[code] ?? empty, projects);
    return {
      code,
      label: departmentLabel(code),
      projects,
      difficult,
      study: studyCodes ? studyProjects(study.rows, studyCodes, code) : null,
    };
  }).sort((a, b) => b.projects.value - a.projects.value || a.code.localeCompare(b.code));
  const region = Object.values(met).reduce<Total>((sum, total) => ({ value: sum.value + total.value, lowerBound: sum.lowerBound || total.lowerBound }), empty);
  const studyRegion = studyCodes ? studyProjects(study.rows, studyCodes, 'normandie') : null;

  const openLabel = t('recruitment.columns.openData');
  const studyLabel = t('recruitment.columns.study');
  const difficultText = (value: (typeof departments)[number]['difficult']) =>
    isMissing(value.value)
      ? missingLabel(value.value, lang)
      : value.lowerBoundAffected
        ? t('recruitment.approximately', { value: formatPercent(value.value, lang) })
        : formatPercent(value.value, lang);

  const table = {
    columns: [
      { key: 'department', label: t('recruitment.columns.department'), kind: 'text' as const },
      { key: 'projects', label: `${t('recruitment.columns.projects')} — ${openLabel}`, kind: 'count' as const },
      { key: 'difficult', label: t('recruitment.columns.difficultShare'), kind: 'percent' as const },
      ...(studyCodes ? [{ key: 'study', label: `${t('recruitment.columns.projects')} — ${studyLabel}`, kind: 'count' as const }] : []),
    ],
    rows: departments.map((dep): Record<string, TableCell> => ({
      department: { text: `${dep.label} (${dep.code})`, sort: dep.label },
      projects: {
        text:
          dep.projects.value === 0
            ? dep.projects.lowerBound
              ? t('recruitment.secret')
              : t('recruitment.none')
            : formatNumber(dep.projects.value, lang),
        sort: dep.projects.value,
        flag: dep.projects.lowerBound ? (dep.projects.value === 0 ? 'secret' : 'lower-bound') : undefined,
      },
      difficult: {
        text: difficultText(dep.difficult),
        sort: isMissing(dep.difficult.value) ? null : dep.difficult.value,
        flag: dep.difficult.lowerBoundAffected ? 'ambiguous' : undefined,
      },
      study: dep.study === null ? { text: '—', sort: null } : { text: formatNumber(dep.study, lang), sort: dep.study },
    })),
  };

  const notes: string[] = [];
  if (departments.some((dep) => dep.projects.lowerBound)) notes.push(t('recruitment.map.noteLowerBound'));
  if (studyCodes) notes.push(t('recruitment.department.studyNote'));
  const source = studyCodes ? `${data.source.citation} ; ${study.source.citation.replace(/^Source\s*:\s*/, '')}` : data.source.citation;

  const base = {
    id: DEPARTMENT_CHART_ID,
    title: t('recruitment.department.title'),
    subtitle: t('recruitment.department.subtitle', { occupation }),
    source,
    table,
    notes,
    height: studyCodes ? 320 : 280,
  };
  if (departments.every((dep) => dep.projects.value === 0 && !dep.projects.lowerBound)) {
    return { ...base, option: null, summary: t('recruitment.map.summaryEmpty', { occupation }) };
  }

  const top = departments[0]!;
  const summary = t('recruitment.department.summary', {
    occupation,
    top: top.label,
    topValue: formatTotal(top.projects, lang),
    region: formatTotal(region, lang) + (studyRegion !== null ? ` (${studyLabel} : ${formatNumber(studyRegion, lang)})` : ''),
  });

  const faded = (code: string) => filters.dep !== null && filters.dep !== code;
  const decal = { ...UNCERTAIN_DECAL, dashArrayX: [1, 0], dashArrayY: [3, 3] };
  const openTooltips = departments.map((dep) =>
    [`${dep.label} — ${openLabel}`, `${t('recruitment.columns.projects')} : ${formatTotal(dep.projects, lang)}`, `${t('recruitment.columns.difficultShare')} : ${difficultText(dep.difficult)}`].join('\n'),
  );
  const studyTooltips = departments.map((dep) =>
    [`${dep.label} — ${studyLabel}`, `${t('recruitment.columns.projects')} : ${dep.study === null ? '—' : formatNumber(dep.study, lang)}`].join('\n'),
  );

  const option: EChartsOption = {
    grid: { left: 8, right: 72, top: studyCodes ? 36 : 8, bottom: 28, containLabel: true },
    legend: studyCodes ? { top: 0, left: 0, textStyle: { color: MUTED_TEXT_COLOR } } : undefined,
    tooltip: {
      trigger: 'item',
      renderMode: 'richText',
      formatter: (params) => {
        const { seriesIndex, dataIndex } = params as { seriesIndex: number; dataIndex: number };
        return (seriesIndex === 0 ? openTooltips : studyTooltips)[dataIndex] ?? '';
      },
    },
    xAxis: {
      type: 'value',
      axisLabel: { color: MUTED_TEXT_COLOR, formatter: (value: number) => formatNumber(value, lang) },
      splitLine: { lineStyle: { color: GRID_LINE_COLOR } },
    },
    yAxis: { type: 'category', inverse: true, data: departments.map((dep) => dep.label), axisTick: { show: false }, axisLabel: { color: MUTED_TEXT_COLOR } },
    series: [
      {
        type: 'bar',
        name: openLabel,
        barMaxWidth: 20,
        itemStyle: { color: SERIES_COLORS[0] },
        data: departments.map((dep) => ({
          value: dep.projects.value,
          itemStyle: {
            color: SERIES_COLORS[0],
            opacity: faded(dep.code) ? 0.35 : 1,
            ...(dep.projects.lowerBound ? { decal } : {}),
          },
        })),
        label: {
          show: true,
          position: 'right',
          color: MUTED_TEXT_COLOR,
          formatter: (params) => {
            const dep = departments[(params as { dataIndex: number }).dataIndex];
            return dep ? formatTotal(dep.projects, lang) : '';
          },
        },
      },
      ...(studyCodes
        ? [
            {
              type: 'bar' as const,
              name: studyLabel,
              barMaxWidth: 20,
              itemStyle: { color: SERIES_COLORS[4] },
              data: departments.map((dep) => ({
                value: dep.study ?? undefined,
                itemStyle: { color: SERIES_COLORS[4], opacity: faded(dep.code) ? 0.35 : 1 },
              })),
              label: {
                show: true,
                position: 'right' as const,
                color: MUTED_TEXT_COLOR,
                formatter: (params: unknown) => {
                  const dep = departments[(params as { dataIndex: number }).dataIndex];
                  return dep?.study === null || dep === undefined ? '' : `≈ ${formatNumber(dep.study, lang)}`;
                },
              },
            },
          ]
        : []),
    ],
  };
  return { ...base, option, summary };
}

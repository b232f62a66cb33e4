import { drawBars, type BarChartDescription } from '../../charts/bars';
import { isMissing, type Measure } from '../../data/contract';
import type { Dataset } from '../../data/queries';
import type { AiUsesRow, Area } from '../../data/schemas/study';
import { textCell, type ChartModel, type TableCell, type TableColumn } from '../../charts/model';
import { AREA_COLORS } from '../../charts/theme';
import { fromMeasure } from '../../charts/valueStatement';
import { formatPercent } from '../../i18n/format';
import { translator } from '../../i18n/i18n';
import type { Language } from '../../state/filters';
import { measureCell } from './cells';
import { focusedYears, type SectorFilters } from './sectors';
import '../../i18n/messages/ai';

const AREAS: Area[] = ['normandie', 'france'];

type UsesData = Pick<Dataset<'ai-uses'>, 'rows' | 'source'>;

/** "Automatisation de tâches (libellé absent du texte extrait)" → the label, and the remark for a note. */
function splitRemark(label: string): { name: string; remark: string | null } {
  const match = /^(.*\S)\s*\(([^()]+)\)$/.exec(label);
  return match ? { name: match[1]!, remark: match[2]! } : { name: label, remark: null };
}

function candidatesOf(value: Measure): number[] {
  return isMissing(value) ? (value.candidates ?? []) : [value];
}

/** Where a use ranks: its value, or the middle of its candidates when the source cannot settle it. */
function sortKey(value: Measure | undefined): number {
  if (value === undefined) return Number.NEGATIVE_INFINITY;
  const candidates = candidatesOf(value);
  if (candidates.length === 0) return Number.NEGATIVE_INFINITY;
  return (Math.min(...candidates) + Math.max(...candidates)) / 2;
}

/**
 * AI uses in 2024, Normandie beside France. A use the study cannot settle is
 * drawn as a hatched band from its smallest to its largest candidate, never
 * as one confident bar.
 */
export function buildAiUses(data: UsesData, filters: SectorFilters, lang: Language, compact = false): ChartModel {
  const t = translator(lang);
  const available = [...new Set(data.rows.map((row) => row.year))];
  const { years, ignoredYear } = focusedYears(available, filters.year);
  const rows = data.rows.filter((row) => years.includes(row.year));
  const notes: string[] = [];
  if (ignoredYear !== null) notes.push(t('ai.yearNotCovered', { year: ignoredYear }));
  if (years.length === 0) notes.push(t('ai.yearOnly', { year: available.join(t('ai.and')) }));

  const value = (use: string, area: Area) => rows.find((row) => row.use === use && row.area === area)?.value;
  const confidence = (use: string, area: Area) => rows.find((row) => row.use === use && row.area === area)?.confidence;
  const uses = [...new Set(rows.map((row) => row.use))].sort((a, b) => sortKey(value(b, 'normandie')) - sortKey(value(a, 'normandie')));
  const labels = new Map<string, { name: string; remark: string | null; full: string }>();
  for (const row of rows) if (!labels.has(row.use)) labels.set(row.use, { ...splitRemark(row.useLabel), full: row.useLabel });
  const name = (use: AiUsesRow['use']) => labels.get(use)?.name ?? use;
  const cell = (use: AiUsesRow['use'], area: Area): TableCell => measureCell(value(use, area), lang, t('ai.notPublished'), confidence(use, area));

  const columns: TableColumn[] = [
    { key: 'use', label: t('ai.uses.use'), kind: 'text' },
    ...AREAS.map((area) => ({ key: area, label: `${t(`ai.${area}`)} 2024`, kind: 'percent' as const })),
  ];
  const table = {
    columns,
    rows: uses.map((use) => ({ use: textCell(labels.get(use)?.full ?? use), normandie: cell(use, 'normandie'), france: cell(use, 'france') })),
  };
  const base = {
    id: 'ai-uses',
    title: t('ai.uses.title'),
    subtitle: t('ai.uses.subtitle'),
    source: data.source.citation,
    table,
  };
  if (uses.length === 0) return { ...base, option: null, summary: t('data.noData'), notes, height: 240 };

  const uncertain = uses.filter((use) =>
    AREAS.some((area) => {
      const point = value(use, area);
      return point !== undefined && isMissing(point);
    }),
  );
  if (uncertain.length > 0) notes.push(t('ai.uses.noteAmbiguous'));
  notes.push(t('ai.uses.noteMultiple'));
  for (const { name: label, remark } of labels.values()) if (remark) notes.push(t('ai.uses.noteLabel', { label, remark }));

  // An uncertain use is a hatched band from its smallest to its largest candidate (the chart layer's rule).
  const description: BarChartDescription = {
    kind: 'bar',
    lang,
    unit: 'percent',
    categories: uses.map((use) => ({ key: use, label: name(use) })),
    series: AREAS.map((area) => ({
      name: t(`ai.${area}`),
      color: AREA_COLORS[area],
      values: uses.map((use) => fromMeasure(value(use, area), confidence(use, area))),
      labels: uses.map((use) => {
        const point = value(use, area);
        if (point === undefined || !isMissing(point) || candidatesOf(point).length === 0) return undefined;
        const candidates = candidatesOf(point);
        return t('ai.uses.range', { min: formatPercent(Math.min(...candidates), lang), max: formatPercent(Math.max(...candidates), lang) });
      }),
    })),
    absentText: t('ai.notPublished'),
    tooltip: (index) => {
      const use = uses[index];
      return use ? [labels.get(use)?.full ?? use, ...AREAS.map((area) => `${t(`ai.${area}`)} : ${cell(use, area).text}`)].join('\n') : '';
    },
  };

  const topUse = uses[0]!;
  return {
    ...base,
    ...drawBars(description, { compact }),
    summary: t('ai.uses.summary', {
      top: name(topUse),
      normandie: cell(topUse, 'normandie').text,
      france: cell(topUse, 'france').text,
      uncertain: uncertain.length,
    }),
    notes,
  };
}

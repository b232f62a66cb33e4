/**
 * What kind of evidence a chart rests on, read from what it states (issue #13):
 * figures printed as is by the source, figures paired with their label by
 * arithmetic (`proved`), values paired only from the layout of the extracted
 * text (`read`, marked « * »), values the text cannot settle, and the
 * dashboard's own computations. Pure: the frame turns it into one line.
 */
import type { Translate } from '../i18n/i18n';
import type { ChartModel, TableCell } from './model';
import type { ValueStatement } from './valueStatement';

export type EvidenceKind = 'certain' | 'proved' | 'read' | 'ambiguous' | 'computed';

export const EVIDENCE_ORDER: readonly EvidenceKind[] = ['certain', 'proved', 'read', 'ambiguous', 'computed'];

/** null: no figure at all (a value the source does not give says nothing of how figures were read). */
export function statementEvidence(statement: ValueStatement): EvidenceKind | null {
  switch (statement.kind) {
    case 'number':
      return statement.evidence ?? 'certain';
    case 'ambiguous':
      return 'ambiguous';
    case 'lower-bound':
      // « plus de 1 000 » is the source's words; « au moins 26 » is a sum the dashboard computed around secret cells.
      return statement.strict ? 'certain' : 'computed';
    case 'approximate':
    case 'derived':
    case 'range':
    case 'undefined-share':
      return 'computed';
    case 'not-in-source':
      return null;
    default:
      // secret, none: what the source says of the value.
      return 'certain';
  }
}

function cellEvidence(cell: TableCell): EvidenceKind | null {
  if (cell.statement) return statementEvidence(cell.statement);
  switch (cell.flag) {
    case 'read':
      return 'read';
    case 'ambiguous':
      return 'ambiguous';
    case 'derived':
    case 'approximate':
    case 'lower-bound':
      return 'computed';
    case undefined:
      return typeof cell.sort === 'number' ? 'certain' : null;
    case 'not-in-source':
      return null;
    default:
      return 'certain';
  }
}

/** The kinds of evidence present in a chart, strongest first; empty when it states no value. */
export function chartEvidence(model: Pick<ChartModel, 'description' | 'panels' | 'table'>): EvidenceKind[] {
  const found = new Set<EvidenceKind>();
  const descriptions = [...(model.description ? [model.description] : []), ...(model.panels?.panels.map((panel) => panel.chart) ?? [])];
  for (const description of descriptions) {
    for (const series of description.series) {
      for (const value of series.values) {
        const kind = value ? statementEvidence(value) : null;
        if (kind) found.add(kind);
      }
    }
  }
  const numericColumns = model.table.columns.filter((column) => column.kind !== 'text').map((column) => column.key);
  const flaggedText = model.table.columns.filter((column) => column.kind === 'text').map((column) => column.key);
  for (const row of model.table.rows) {
    for (const key of numericColumns) {
      const cell = row[key];
      const kind = cell ? cellEvidence(cell) : null;
      if (kind) found.add(kind);
    }
    // A text cell (an RNCP code, a level) counts only when it is flagged as read or unsettled.
    for (const key of flaggedText) {
      const flag = row[key]?.flag;
      if (flag === 'read' || flag === 'ambiguous') found.add(flag);
    }
  }
  return EVIDENCE_ORDER.filter((kind) => found.has(kind));
}

/**
 * The evidence line in words (« Sur quoi repose ce graphique : … »): the one sentence the frame shows under the
 * chart and an exported image carries under it. null when the chart states no value.
 */
export function evidenceLine(kinds: readonly EvidenceKind[], t: Translate): string | null {
  if (kinds.length === 0) return null;
  return t('chart.evidence.lead', { parts: kinds.map((kind) => t(`chart.evidence.${kind}`)).join(t('chart.evidence.separator')) });
}

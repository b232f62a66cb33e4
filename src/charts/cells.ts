import { isMissing, type Confidence, type Measure } from '../data/contract';
import { formatMeasure, missingLabel, type ValueKind } from '../i18n/format';
import { translator } from '../i18n/i18n';
import type { Language } from '../state/filters';
import type { TableCell } from './model';
import { READ_MARKER } from './valueStatement';

/**
 * A contract value as a table cell. A value the source does not settle keeps
 * its candidates in the text and a flag, and sorts last: never a confident
 * figure. `absent` is the wording for a value the dataset does not have at all.
 * `confidence`, the row's level: a number only `read` from the layout is marked « * »
 * (flag `read`); a `proved` or `read` one tells the CSV export its status.
 */
export function measureCell(value: Measure | undefined, kind: ValueKind, lang: Language, absent?: string, confidence?: Confidence): TableCell {
  if (value === undefined) return { text: absent ?? translator(lang)('data.notInSource'), sort: null, flag: 'not-in-source' };
  if (!isMissing(value)) {
    const text = formatMeasure(value, kind, lang);
    if (confidence === 'read') return { text: `${text}${READ_MARKER}`, sort: value, flag: 'read', statement: { kind: 'number', value, evidence: 'read' } };
    if (confidence === 'proved') return { text, sort: value, statement: { kind: 'number', value, evidence: 'proved' } };
    return { text, sort: value };
  }
  const candidates = value.candidates?.map((candidate) => formatMeasure(candidate, kind, lang)).join(' ; ');
  return { text: candidates ? `${missingLabel(value, lang)} (${candidates})` : missingLabel(value, lang), sort: null, flag: value.missing };
}

import { isMissing, type Measure } from '../data/contract';
import { formatMeasure, missingLabel, type ValueKind } from '../i18n/format';
import { translator } from '../i18n/i18n';
import type { Language } from '../state/filters';
import type { TableCell } from './model';

/**
 * A contract value as a table cell. A value the source does not settle keeps
 * its candidates in the text and a flag, and sorts last: never a confident
 * figure. `absent` is the wording for a value the dataset does not have at all.
 */
export function measureCell(value: Measure | undefined, kind: ValueKind, lang: Language, absent?: string): TableCell {
  if (value === undefined) return { text: absent ?? translator(lang)('data.notInSource'), sort: null, flag: 'not-in-source' };
  if (!isMissing(value)) return { text: formatMeasure(value, kind, lang), sort: value };
  const candidates = value.candidates?.map((candidate) => formatMeasure(candidate, kind, lang)).join(' ; ');
  return { text: candidates ? `${missingLabel(value, lang)} (${candidates})` : missingLabel(value, lang), sort: null, flag: value.missing };
}

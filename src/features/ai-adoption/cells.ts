import { isMissing, type Measure } from '../../data/contract';
import type { TableCell } from '../../charts/model';
import { formatMeasure, formatPercent } from '../../i18n/format';
import type { Language } from '../../state/filters';

/**
 * A share as a table cell. A value the source does not settle keeps its
 * candidates in the text and a flag, and sorts last: never a confident figure.
 * `absent` is the wording for a value the list does not publish at all.
 */
export function measureCell(value: Measure | undefined, lang: Language, absent: string): TableCell {
  if (value === undefined) return { text: absent, sort: null, flag: 'not-in-source' };
  if (!isMissing(value)) return { text: formatPercent(value, lang), sort: value };
  const candidates = value.candidates?.map((candidate) => formatPercent(candidate, lang)).join(' ; ');
  return {
    text: candidates ? `${formatMeasure(value, 'percent', lang)} (${candidates})` : formatMeasure(value, 'percent', lang),
    sort: null,
    flag: value.missing === 'secret' ? 'secret' : value.missing === 'ambiguous' ? 'ambiguous' : 'not-in-source',
  };
}

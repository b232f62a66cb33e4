import { measureCell as sharedMeasureCell } from '../../charts/cells';
import type { TableCell } from '../../charts/model';
import type { Confidence, Measure } from '../../data/contract';
import type { Language } from '../../state/filters';

/** A France Num share as a table cell; `absent` is the wording for a sector the study does not publish. */
export function measureCell(value: Measure | undefined, lang: Language, absent: string, confidence?: Confidence): TableCell {
  return sharedMeasureCell(value, 'percent', lang, absent, confidence);
}

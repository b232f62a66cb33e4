import type { BmoOccupation } from '../../data/schemas/bmo';
import { translator } from '../../i18n/i18n';
import type { Language, OccupationId } from '../../state/filters';
import { resolveOccupation } from '../../state/occupation';
import { occupationLabel } from '../filters';

/** The occupation filter in words, for titles and summaries ("Métiers de l’informatique (…)", "Famille : Fonctions administratives"). */
export function occupationName(occupation: OccupationId, occupations: readonly BmoOccupation[], lang: Language): string {
  const t = translator(lang);
  const resolved = resolveOccupation(occupation, occupations);
  if (resolved.selection.kind === 'family') return t('filters.family', { label: resolved.dataLabel ?? resolved.selection.family });
  return occupationLabel(occupation, t, (code) => occupations.find((entry) => entry.code === code)?.label);
}

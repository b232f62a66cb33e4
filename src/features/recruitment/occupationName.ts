import type { BmoOccupation } from '../../data/schemas/bmo';
import { translator } from '../../i18n/i18n';
import type { Language, OccupationId } from '../../state/filters';
import { OCCUPATION_FAMILY } from '../../state/filters';
import { occupationLabel } from '../filters';

/** The occupation filter in words, for titles and summaries ("Métiers de l’informatique (…)", "Famille : Fonctions administratives"). */
export function occupationName(occupation: OccupationId, occupations: readonly BmoOccupation[], lang: Language): string {
  const t = translator(lang);
  if (OCCUPATION_FAMILY.test(occupation)) {
    const letter = occupation.slice('famille-'.length);
    const label = occupations.find((entry) => entry.family === letter)?.familyLabel ?? letter;
    return t('filters.family', { label });
  }
  return occupationLabel(occupation, t, (code) => occupations.find((entry) => entry.code === code)?.label);
}

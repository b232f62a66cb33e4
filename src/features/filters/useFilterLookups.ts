import { useQuery } from '@tanstack/react-query';
import { useHydrated } from '../../ui/useHydrated';
import { useMemo } from 'react';
import { datasetQuery } from '../../data/queries';
import { BMO_CURRENT } from '../../data/schemas/bmo';
import { labelIn } from '../../data/labels';
import { SECTOR_LABELS } from '../../data/schemas/study';
import { useLang } from '../../i18n/i18n';
import { parseOccupation } from '../../state/occupation';
import type { LabelLookups } from './activeFilters';

/**
 * Labels for codes that only the data knows (BMO occupations and families,
 * France Num sectors).
 * `useQuery`, never suspense: while the file loads, or if it is broken, the
 * filter bar simply shows codes and keeps working.
 */
export function useFilterLookups(): LabelLookups {
  const hydrated = useHydrated();
  const lang = useLang();
  const query = useQuery(datasetQuery(BMO_CURRENT.occupations));
  // As the build drew it while hydrating: no data in the page, so codes (there are no chips by default anyway).
  const data = hydrated ? query.data : undefined;
  return useMemo(() => {
    const sector = (slug: string) => {
      const french = (SECTOR_LABELS as Record<string, string>)[slug];
      return french ? labelIn(french, lang) : undefined;
    };
    if (!data) return { sector };
    const occupations = new Map(data.rows.map((row) => [row.code, row.label]));
    const families = new Map(data.rows.map((row) => [row.family, labelIn(row.familyLabel, lang)]));
    return {
      sector,
      occupation: (code: string) => {
        const selection = parseOccupation(code); // i16: the occupation filter parsed in one place
        return selection.kind === 'family' ? families.get(selection.family) : occupations.get(code);
      },
    };
  }, [data, lang]);
}

import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { datasetQuery } from '../../data/queries';
import { BMO_CURRENT } from '../../data/schemas/bmo';
import { OCCUPATION_FAMILY } from '../../state/filters';
import type { LabelLookups } from './activeFilters';

/**
 * Labels for codes that only the data knows (BMO occupations and families).
 * `useQuery`, never suspense: while the file loads, or if it is broken, the
 * filter bar simply shows codes and keeps working.
 */
export function useFilterLookups(): LabelLookups {
  const { data } = useQuery(datasetQuery(BMO_CURRENT.occupations));
  return useMemo(() => {
    if (!data) return {};
    const occupations = new Map(data.rows.map((row) => [row.code, row.label]));
    const families = new Map(data.rows.map((row) => [row.family, row.familyLabel]));
    return {
      occupation: (code: string) =>
        OCCUPATION_FAMILY.test(code) ? families.get(code.slice('famille-'.length)) : occupations.get(code),
    };
  }, [data]);
}

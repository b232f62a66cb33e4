import { describe, expect, it } from 'vitest';
import type { OccupationSynonymRow } from '../../data/schemas/jobs';
import { sheetMatches } from './sheetMatches';

const row = (term: string, job: string | undefined, termSource: OccupationSynonymRow['termSource']): OccupationSynonymRow =>
  ({ term, lang: 'fr', termSource, ...(job ? { job } : {}), occupations: ['M2X90'], pairing: 'editorial' }) as OccupationSynonymRow;

const synonyms = [
  row('Data analyst', 'data-analyst', 'fiche-titre'),
  row('Data scientist', 'data-scientist', 'fiche-titre'),
  row('Expert en protection des données', 'expert-protection-donnees', 'fiche-titre'),
  row('DPO', 'expert-protection-donnees', 'editorial'),
  row('IA', undefined, 'editorial'),
];

describe('sheetMatches', () => {
  it('offers the sheets a search names, by title or editorial term, the exact one first', () => {
    expect(sheetMatches('data scientist', synonyms)).toEqual([{ id: 'data-scientist', title: 'Data scientist' }]);
    expect(sheetMatches('data', synonyms).map((m) => m.id)).toEqual(['data-analyst', 'data-scientist']);
    expect(sheetMatches('dpo', synonyms)).toEqual([{ id: 'expert-protection-donnees', title: 'Expert en protection des données' }]);
  });

  it('offers nothing for a term that names no sheet, or an empty search', () => {
    expect(sheetMatches('IA', synonyms)).toEqual([]);
    expect(sheetMatches('  ', synonyms)).toEqual([]);
  });
});

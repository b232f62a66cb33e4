import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BmoOccupation } from '../../data/schemas/bmo';
import type { OccupationSynonymRow } from '../../data/schemas/jobs';
import { translator } from '../../i18n/i18n';
import { occupationGroups, occupationSuggestion } from './OccupationSelect';
import { closestTerm, editDistance, matchesQuery, synonymMatches } from './occupationSearch';

const repo = resolve(__dirname, '../../..');
const read = <T>(file: string) => (JSON.parse(readFileSync(resolve(repo, 'data', file), 'utf8')) as { rows: T[] }).rows;
const OCCUPATIONS = read<BmoOccupation>('bmo/bmo-2024-occupations.json');
const SYNONYMS = read<OccupationSynonymRow>('jobs/occupation-synonyms.json');
const t = translator('fr');

/** Values offered for a query, in order, without the current value kept for the select. */
const offered = (query: string, current = 'M2X90') =>
  [...new Set(occupationGroups(OCCUPATIONS, query, current, t, undefined, SYNONYMS).flatMap((group) => group.options.map((option) => option.value)))].filter(
    (value) => value !== current,
  );

describe('occupation search: word starts, accents and case ignored', () => {
  it('every query word must start a word of the name', () => {
    expect(matchesQuery('ingé info', "Ingénieurs et cadres d'étude, recherche et développement en informatique et télécom")).toBe(true);
    expect(matchesQuery('INGENIEUR', 'Ingénieurs')).toBe(true);
    // « ia » is not a piece of « spécialisés » or « commerciaux ».
    expect(matchesQuery('ia', 'Employés et techniciens commerciaux spécialisés')).toBe(false);
    expect(matchesQuery('', 'anything')).toBe(true);
  });

  it('« data », « data scientist », « data analyst » lead to the study’s IT engineers (M2X90)', () => {
    expect(offered('data', 'A0X40').slice(0, 3)).toEqual(['informatique', 'M2X90', 'M1X80']);
    expect(offered('data scientist', 'A0X40')[0]).toBe('M2X90');
    expect(offered('Data Analyst', 'A0X40')).toEqual(expect.arrayContaining(['M2X90', 'L5X93']));
    // No BMO title contains « data »: before the synonyms, nothing was found.
    expect(occupationGroups(OCCUPATIONS, 'data', 'A0X40', t).flatMap((group) => group.options.map((option) => option.value))).toEqual(['A0X40']);
  });

  it('« développeur », « developpeur IA », « DPO », « IA » and English names lead to the right occupations', () => {
    expect(offered('développeur', 'A0X40').slice(0, 2)).toEqual(['M1X80', 'M2X90']);
    expect(offered('DEVELOPPEUR ia', 'A0X40')).toEqual(['M2X90', 'M1X80']);
    expect(offered('dpo', 'A0X40')).toEqual(['M2X93', 'L5X91']);
    expect(offered('IA', 'A0X40').slice(0, 3)).toEqual(['informatique', 'M2X90', 'M1X80']);
    expect(offered('data engineer', 'A0X40')[0]).toBe('M2X90');
    expect(offered('software engineer', 'A0X40')).toEqual(['M2X90']);
    expect(offered('cybersecurity', 'A0X40')).toEqual(expect.arrayContaining(['M2X93', 'M2X92']));
    expect(offered('Scientifique des données', 'A0X40')).toEqual(['M2X90']);
  });

  it('each suggested occupation says which term led to it', () => {
    const group = occupationGroups(OCCUPATIONS, 'dpo', 'A0X40', t, undefined, SYNONYMS)[0]!;
    expect(group.label).toBe('Métiers liés à « dpo »');
    expect(group.options[0]!.label).toBe('Experts et consultants en systèmes d’information (M2X93) — par « DPO »'.replace('’', "'"));
  });

  it('BMO names and codes are still found, and the current value always stays listed', () => {
    expect(offered('agricult')).toContain('A0X40');
    expect(offered('a0x40')).toEqual(['A0X40']);
    expect(occupationGroups(OCCUPATIONS, 'zzzz', 'M2X90', t, undefined, SYNONYMS).flatMap((group) => group.options.map((option) => option.value))).toEqual([
      'M2X90',
    ]);
  });

  it('nothing matches: the closest term is suggested for a typo, none for gibberish', () => {
    expect(offered('data sceintist')).toEqual([]);
    expect(occupationSuggestion('data sceintist', OCCUPATIONS, SYNONYMS)).toBe('Data scientist');
    expect(occupationSuggestion('devloppeur', OCCUPATIONS, SYNONYMS)).toMatch(/^d[ée]veloppeur/iu);
    expect(occupationSuggestion('qwxzkj', OCCUPATIONS, SYNONYMS)).toBeNull();
    expect(closestTerm('a', ['a'])).toBeNull();
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('every match of a synonym lists distinct occupations with their terms', () => {
    const matches = synonymMatches('developpeur', SYNONYMS);
    expect(new Set(matches.map((match) => match.value)).size).toBe(matches.length);
    expect(matches.find((match) => match.value === 'M1X80')?.terms).toContain('Développeur web');
  });
});

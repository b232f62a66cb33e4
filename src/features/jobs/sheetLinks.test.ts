import { describe, expect, it } from 'vitest';
import type { SheetMappingRow } from '../../data/schemas/jobMapping';
import { certifications } from '../training/fixtures.test-data';
import { sheetLinks } from './sheetLinks';

const mapping: SheetMappingRow[] = [
  {
    sheet: 'data-scientist',
    title: 'Data scientist',
    occupations: ['M2X90'],
    fit: 'proche',
    occupationsReason: 'Métier d’étude et de R&D en informatique.',
    certifications: ['master-data', 'developpeur-informatique', 'retiree'],
    certificationsReason: 'Masters de science des données.',
    pairing: 'editorial',
  },
  {
    sheet: 'coach-agile',
    title: 'Coach agile',
    occupations: ['M2X91'],
    fit: 'approchant',
    occupationsReason: 'Accompagnement des projets informatiques.',
    certifications: [],
    certificationsReason: 'pas de correspondance : métier d’expérience.',
    pairing: 'editorial',
  },
];
const occupations = [{ code: 'M2X90', label: 'Ingénieurs et cadres d’étude, R&D en informatique', family: 'M', familyLabel: 'Informatique' }] as never;

describe('sheetLinks', () => {
  it('names the BMO occupations and the certifications with their level, an ambiguous level as its candidates', () => {
    const links = sheetLinks('data-scientist', { mapping, occupations, certifications }, 'fr')!;
    expect(links.occupations).toEqual([{ code: 'M2X90', label: 'Ingénieurs et cadres d’étude, R&D en informatique' }]);
    expect(links.certifications.map((c) => [c.id, c.level])).toEqual([
      ['master-data', 'niveau 7'],
      ['developpeur-informatique', 'niveau 6 ou 5 (incertain)'],
    ]);
    expect(links.fit).toBe('proche');
  });

  it('says « pas de correspondance » with its reason, and an unknown code stays a code', () => {
    const links = sheetLinks('coach-agile', { mapping, occupations, certifications }, 'en')!;
    expect(links.certifications).toEqual([]);
    expect(links.certificationsReason).toMatch(/^pas de correspondance/);
    expect(links.occupations).toEqual([{ code: 'M2X91', label: 'M2X91' }]);
    expect(sheetLinks('boulanger', { mapping, occupations, certifications }, 'fr')).toBeNull();
  });
});

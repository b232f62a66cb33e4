import { occupationId, parseOccupation, resolveOccupation, studyGroupOf } from './occupation';

const OCCUPATIONS = [
  { code: 'M2X90', label: 'Ingénieurs de l’informatique', family: 'M', familyLabel: 'Fonctions administratives' },
  { code: 'M1X80', label: 'Techniciens de l’informatique', family: 'M', familyLabel: 'Fonctions administratives' },
  { code: 'A0X40', label: 'Agriculteurs', family: 'A', familyLabel: 'Agriculture' },
];

describe('the occupation filter, parsed once', () => {
  it('tells the study pair, a BMO code and a family apart, and writes each back unchanged', () => {
    expect(parseOccupation('informatique')).toEqual({ kind: 'study-pair' });
    expect(parseOccupation('A0X40')).toEqual({ kind: 'code', code: 'A0X40' });
    expect(parseOccupation('famille-M')).toEqual({ kind: 'family', family: 'M' });
    for (const id of ['informatique', 'A0X40', 'famille-M']) expect(occupationId(parseOccupation(id))).toBe(id);
  });

  it('resolves a selection to its BMO codes, its national query and its data label', () => {
    expect(resolveOccupation('informatique', OCCUPATIONS)).toMatchObject({
      codes: ['M2X90', 'M1X80'],
      national: { codes: ['M2X90', 'M1X80'] },
      dataLabel: null,
      studyCodes: ['M2X90', 'M1X80'],
    });
    expect(resolveOccupation('famille-M', OCCUPATIONS)).toMatchObject({
      codes: ['M2X90', 'M1X80'],
      national: { family: 'M' },
      dataLabel: 'Fonctions administratives',
      studyCodes: [],
    });
    expect(resolveOccupation('A0X40', OCCUPATIONS)).toMatchObject({
      codes: ['A0X40'],
      national: { codes: ['A0X40'] },
      dataLabel: 'Agriculteurs',
      studyCodes: [],
    });
    expect(resolveOccupation('M1X80', OCCUPATIONS).studyCodes).toEqual(['M1X80']);
    // A family the file does not know covers nothing (never « every occupation »).
    expect(resolveOccupation('famille-Q', OCCUPATIONS)).toMatchObject({ codes: [], dataLabel: null });
  });

  it('points at the study group the Insee and France Travail figures exist for, or none', () => {
    expect(studyGroupOf('informatique')).toBe('famille');
    expect(studyGroupOf('M2X90')).toBe('ingenieurs');
    expect(studyGroupOf('M1X80')).toBe('techniciens');
    expect(studyGroupOf('A0X40')).toBeNull();
    expect(studyGroupOf('famille-M')).toBeNull();
  });
});

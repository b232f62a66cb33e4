import { aiFigure, employedFigure, growthFigure, recruitmentFigure, studentsFigure } from './keyFigures';
import { EMPLOYMENT_CITATION, aiFixture, bmoFixture, growthFixture, occupationsFixture, studentsFixture } from './testing/fixtures';

const NNBSP = '\u202f';
const NBSP = '\u00a0';
const noTerritory = { dep: null, basin: null, sector: null } as const;

describe('people in work and growth tiles', () => {
  it('follow the occupation filter: the family by default, each sub-family for its BMO code', () => {
    expect(employedFigure(growthFixture, { occupation: 'informatique' }, 'fr')).toMatchObject({
      value: `13${NNBSP}358`,
      detail: 'Informatique et télécommunication, Normandie, 2021',
      source: EMPLOYMENT_CITATION,
      section: 'emploi',
    });
    expect(employedFigure(growthFixture, { occupation: 'M2X90' }, 'fr').value).toBe(`6${NNBSP}205`);
    expect(employedFigure(growthFixture, { occupation: 'M1X80' }, 'fr').value).toBe(`6${NNBSP}211`);
    expect(growthFigure(growthFixture, { occupation: 'M2X90' }, 'fr').value).toBe(`+41,6${NBSP}%`);
  });

  it('never shows the family’s figure for an occupation the study does not cover', () => {
    const figure = employedFigure(growthFixture, { occupation: 'T2A60' }, 'fr');
    expect(figure.value).toBeNull();
    expect(figure.note).toBe('L’étude ne publie ce chiffre que pour les métiers de l’informatique.');
  });

  it('shows no number for an ambiguous value, and says why', () => {
    const figure = growthFigure(growthFixture, { occupation: 'M1X80' }, 'fr');
    expect(figure.value).toBeNull();
    expect(figure.note).toBe('Deux taux imprimés.');
  });

  it('speak English when asked', () => {
    expect(employedFigure(growthFixture, { occupation: 'informatique' }, 'en')).toMatchObject({ label: 'People in work', value: '13,358' });
  });
});

describe('AI adoption tile', () => {
  it('gives all small businesses in Normandy in 2024, with France for reference', () => {
    expect(aiFigure(aiFixture, { sector: null }, 'fr')).toMatchObject({
      value: `11,6${NBSP}%`,
      detail: `Ensemble des TPE-PME, Normandie, 2024 (France : 12,8${NBSP}%)`,
      section: 'ia',
    });
  });

  it('follows the sector filter when the survey has that sector, else stays on all businesses', () => {
    expect(aiFigure(aiFixture, { sector: 'industrie' }, 'fr')).toMatchObject({ value: `13,4${NBSP}%`, detail: 'Industrie, Normandie, 2024' });
    expect(aiFigure(aiFixture, { sector: 'inconnu' }, 'fr').value).toBe(`11,6${NBSP}%`);
  });
});

describe('recruitment projects tile', () => {
  it('sums BMO projects of the study pair and marks the sum "au moins" when a cell is secret', () => {
    const figure = recruitmentFigure(bmoFixture, occupationsFixture, { occupation: 'informatique', ...noTerritory }, 'fr');
    expect(figure.value).toBe('au moins 493');
    expect(figure.flag).toBe('lower-bound');
    expect(figure.note).toMatch(/secret statistique/);
    expect(figure.section).toBe('recrutements');
  });

  it('is exact when no secret cell is summed, and follows the territory filters', () => {
    const technicians = recruitmentFigure(bmoFixture, occupationsFixture, { occupation: 'M1X80', ...noTerritory }, 'fr');
    expect(technicians).toMatchObject({ value: '290', flag: null, note: null });
    const caen = recruitmentFigure(bmoFixture, occupationsFixture, { occupation: 'M2X90', dep: '14', basin: '2817', sector: null }, 'fr');
    expect(caen.value).toBe('126');
    expect(caen.detail).toContain('Caen');
    const calvados = recruitmentFigure(bmoFixture, occupationsFixture, { occupation: 'informatique', dep: '14', basin: null, sector: null }, 'fr');
    expect(calvados.value).toBe('198');
  });

  it('covers any BMO occupation or family, and says when there is no project at all', () => {
    expect(recruitmentFigure(bmoFixture, occupationsFixture, { occupation: 'famille-S', ...noTerritory }, 'fr').value).toBe(`1${NNBSP}500`);
    const none = recruitmentFigure(bmoFixture, occupationsFixture, { occupation: 'M2X90', dep: '61', basin: null, sector: null }, 'fr');
    expect(none.value).toBeNull();
    expect(none.note).toBe('Aucun projet déclaré');
  });

  it('says « secret statistique » for a territory whose every cell is secret, never « au moins 0 » or « aucun »', () => {
    const havre = recruitmentFigure(bmoFixture, occupationsFixture, { occupation: 'M2X90', dep: '76', basin: '2806', sector: null }, 'fr');
    expect(havre.value).toBe('secret statistique');
    expect(havre.note).toMatch(/moins de 5 projets/);
    expect(havre.flag).toBeNull();
  });
});

describe('students tile', () => {
  it('gives the study’s total for the study pair only', () => {
    expect(studentsFigure(studentsFixture, { occupation: 'informatique' }, 'fr')).toMatchObject({ value: `3${NNBSP}320`, section: 'formations' });
    const engineers = studentsFigure(studentsFixture, { occupation: 'M2X90' }, 'fr');
    expect(engineers.value).toBeNull();
    expect(engineers.note).toMatch(/sans les séparer/);
  });
});

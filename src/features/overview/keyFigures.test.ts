import { aiFigure, employedFigure, growthFigure, nationalFigure, recruitmentFigure, studentsFigure } from './keyFigures';
import type { Dataset } from '../../data/queries';
import { EMPLOYMENT_CITATION, aiFixture, bmoFixture, growthFixture, meta, occupationsFixture, studentsFixture } from './testing/fixtures';

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

describe('share of France tile', () => {
  const agg = (value: number, secretCells = 0) => (secretCells > 0 ? { value, lowerBound: true, secretCells } : { value, lowerBound: false });
  const regions = (normandie: ReturnType<typeof agg>) =>
    ({
      '11': agg(5000),
      '24': agg(100),
      '27': agg(100),
      '28': normandie,
      '32': agg(100),
      '44': agg(100),
      '52': agg(100),
      '53': agg(100),
      '75': agg(100),
      '76': agg(300),
      '84': agg(1000),
      '93': agg(205, 1),
      '94': agg(0),
    }) as const;
  const national: Dataset<'bmo-2024-france'> = {
    ...meta('bmo-2024-france', 'Source : France Travail, enquête BMO 2024'),
    rows: [
      { kind: 'occupation', code: 'M2X90', france: { met: agg(10_000, 3), xmet: agg(5_000, 3), smet: agg(10, 5) }, regions: regions(agg(203, 1)) },
      { kind: 'occupation', code: 'M1X80', france: { met: agg(2_000), xmet: agg(900), smet: agg(50) }, regions: regions(agg(290)) },
      { kind: 'occupation', code: 'T2A60', france: { met: agg(30_000), xmet: agg(300), smet: agg(0) }, regions: regions(agg(1_500)) },
      { kind: 'family', code: 'S', france: { met: agg(30_000), xmet: agg(300), smet: agg(0) }, regions: regions(agg(1_500)) },
    ],
  };

  it('gives Normandie’s share of France as ≈ with its bounds when a secret cell is left out, and the rank range', () => {
    const figure = nationalFigure(national, bmoFixture, occupationsFixture, { occupation: 'M2X90' }, 'fr');
    // 203 of 10 000 published; Normandie 203–207, the rest 9 797–9 805.
    expect(figure.value).toBe(`≈ 2${NBSP}%`);
    expect(figure.note).toBe(`Entre 2${NBSP}% et 2,1${NBSP}% selon les cases sous secret statistique (moins de 5 projets).`);
    // Normandie 203–207 against Occitanie 300 and PACA 205–209: 4th or 5th.
    expect(figure.detail).toContain('rang parmi les régions métropolitaines : entre le 4e et le 5e sur 13');
    expect(figure.section).toBe('recrutements');
  });

  it('is exact without secret cells, follows families, and never shows 0 % when Normandie has no project', () => {
    expect(nationalFigure(national, bmoFixture, occupationsFixture, { occupation: 'M1X80' }, 'fr')).toMatchObject({ value: `14,5${NBSP}%`, note: null });
    expect(nationalFigure(national, bmoFixture, occupationsFixture, { occupation: 'famille-S' }, 'fr').value).toBe(`5${NBSP}%`);
    const none = nationalFigure(national, bmoFixture, occupationsFixture, { occupation: 'A0X40' }, 'fr');
    expect(none.value).toBeNull();
    expect(none.note).toBe('Aucun projet déclaré en Normandie');
    expect(nationalFigure(national, bmoFixture, occupationsFixture, { occupation: 'M2X90' }, 'en').label).toBe('Share of France');
  });
});

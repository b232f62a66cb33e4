import type { BmoOccupation, BmoRow } from '../../data/schemas/bmo';
import { basinProfile, buildBasinProfile, TOP_OCCUPATIONS } from './buildBasinProfile';

const S = { missing: 'secret' } as const;
const NBSP = '\u00a0';
const row = (occupation: string, basin: string, dep: BmoRow['dep'], met: BmoRow['met'], xmet: BmoRow['xmet']): BmoRow => ({
  occupation,
  basin,
  dep,
  met,
  xmet,
  smet: S,
});
const occupations: BmoOccupation[] = [
  { code: 'A0X40', label: 'Agriculteurs', family: 'Z', familyLabel: 'Autres métiers' },
  { code: 'T2A60', label: 'Aides à domicile', family: 'S', familyLabel: 'Fonctions sociales' },
  { code: 'M2X90', label: 'Ingénieurs de l’informatique', family: 'C', familyLabel: 'Fonctions d’encadrement' },
  { code: 'M1X81', label: 'Techniciens de production en informatique', family: 'A', familyLabel: 'Fonctions administratives' },
];
// Normandie: M2X90 100 + 1 secret cell; A0X40 400; T2A60 300; M1X81 50 → at least 850.
const rows: BmoRow[] = [
  row('M2X90', '2801', '76', 100, 60),
  row('A0X40', '2801', '76', 100, 10),
  row('T2A60', '2801', '76', 200, 20),
  row('M2X90', '2817', '14', S, S),
  row('A0X40', '2817', '14', 300, 30),
  row('T2A60', '2817', '14', 100, 50),
  row('M1X81', '2817', '14', 50, S),
];
const DATA = { rows, occupations, source: { citation: 'Source : France Travail, enquête BMO 2024' } };

describe('basinProfile', () => {
  it('ranks the basin’s occupations and weighs each against Normandie’s profile', () => {
    const profile = basinProfile(DATA, { basin: '2801', dep: '76' });
    expect(profile.area).toEqual({ kind: 'basin', label: 'Rouen' });
    expect(profile.areaTotal).toEqual({ value: 400, lowerBound: false });
    expect(profile.top.map((d) => d.code)).toEqual(['T2A60', 'A0X40', 'M2X90']);
    const [care, farmers, engineers] = profile.top;
    expect(care).toMatchObject({ shareOfArea: 50, representation: 'similar', group: null, difficultShare: 10 });
    expect(care!.ratio).toBeCloseTo(50 / (300 / 8.5), 6);
    expect(farmers).toMatchObject({ shareOfArea: 25, representation: 'under' });
    // Normandie's engineer total leaves out a secret cell: the comparison is approximate.
    expect(engineers).toMatchObject({ group: 'data-ai', representation: 'over', uncertain: true, difficultShare: 60 });
  });

  it('never ranks an occupation whose cells are all secret, and says when nothing is published', () => {
    const caen = basinProfile(DATA, { basin: '2817', dep: '14' });
    expect(caen.top.map((d) => d.code)).toEqual(['A0X40', 'T2A60', 'M1X81']);
    expect(caen.areaTotal).toEqual({ value: 450, lowerBound: true });
    // M1X81's difficult projects are secret: unknown, not 0 %.
    expect(caen.top[2]).toMatchObject({ group: 'it', difficultShare: null });
    expect(caen.it.projects).toEqual({ value: 50, lowerBound: true });
    const empty = buildBasinProfile(DATA, { basin: '2826', dep: '61', occupation: 'informatique' }, 'fr');
    expect(empty.model.option).toBeNull();
    expect(empty.model.summary).toBe('Alençon : aucun projet de recrutement publié.');
  });

  it('covers Normandie when no territory is selected, without a comparison column', () => {
    const { model, profile } = buildBasinProfile(DATA, { basin: null, dep: null, occupation: 'informatique' }, 'fr');
    expect(profile.area.kind).toBe('region');
    expect(profile.top[0]).toMatchObject({ code: 'A0X40', ratio: null, representation: null });
    expect(model.title).toBe('Ce que recrute Normandie : les métiers aux plus nombreux projets');
    expect(model.table.columns.map((c) => c.key)).not.toContain('ratio');
  });

  it('keeps the top 15 and names the IT occupations below it with their rank', () => {
    const many: BmoRow[] = Array.from({ length: 20 }, (_, i) => row(`X${String.fromCharCode(65 + i)}X10`, '2801', '76', 1000 - i * 10, 0));
    many.push(row('M2X91', '2801', '76', 7, 0));
    const profile = basinProfile({ ...DATA, rows: many }, { basin: '2801', dep: '76' });
    expect(profile.top).toHaveLength(TOP_OCCUPATIONS);
    expect(profile.itOutsideTop.map((d) => [d.code, d.rank])).toEqual([['M2X91', 21]]);
    const { model } = buildBasinProfile({ ...DATA, rows: many }, { basin: '2801', dep: '76', occupation: 'M2X91' }, 'fr');
    expect(model.notes[1]).toBe('Métiers de l’informatique hors des 15 premiers : M2X91 (21e, 7).');
  });
});

describe('buildBasinProfile', () => {
  it('labels bars with projects, difficulty and the weight against Normandie, IT highlighted, the selection outlined', () => {
    const { model } = buildBasinProfile(DATA, { basin: '2801', dep: '76', occupation: 'M2X90' }, 'fr');
    expect(model.id).toBe('recruitment-basin-profile');
    const description = model.description!;
    expect(description.categories.map((category) => category.key)).toEqual(['T2A60', 'A0X40', 'M2X90']);
    // One series per group: the study's pair in orange, the other occupations in blue; each bar in its group's series only.
    expect(description.series.map((series) => [series.name, series.color])).toEqual([
      ['Données et IA (étude)', '#c2410c'],
      ['Autres métiers', '#0b5cad'],
    ]);
    expect(description.series[0]!.values).toEqual([null, null, { kind: 'number', value: 100 }]);
    expect(description.emphasis).toMatchObject({ picked: ['M2X90'], fadeOthers: false });
    expect(description.series[0]!.labels![2]).toBe(`100 · 60${NBSP}% difficiles · × 2,1`);
    expect(model.notes[0]).toBe(
      `Informatique (6 métiers BMO, dont les 2 de l’étude), Rouen : 100 projets, soit 25${NBSP}% des projets du territoire (Normandie : ≈ 17,6${NBSP}%).`,
    );
    const engineers = model.table.rows[2]!;
    expect(engineers.ratio!.text).toBe('≈ × 2,1 (sur-représenté)');
    expect(engineers.group!.text).toBe('Données et IA (étude)');
  });

  it('labels bars with their count only at phone width', () => {
    const { model } = buildBasinProfile(DATA, { basin: '2801', dep: '76', occupation: 'M2X90' }, 'fr', { compact: true });
    expect(model.description!.series[0]!.labels![2]).toBe('100');
  });

  it('speaks English', () => {
    const { model } = buildBasinProfile(DATA, { basin: '2817', dep: '14', occupation: 'informatique' }, 'en');
    expect(model.title).toBe('What Caen recruits: the occupations with the most projects');
    expect(model.summary).toContain('Agriculteurs comes first (300 projects)');
  });

  it('writes English colons in English (no space before « : ») and keeps the French ones in French', () => {
    const filters = { basin: '2801', dep: '76', occupation: 'M2X90' } as const;
    const { model: en } = buildBasinProfile(DATA, filters, 'en');
    const tooltip = en.description!.tooltip!;
    expect(tooltip(2).split('\n').slice(0, 6)).toEqual([
      'Ingénieurs de l’informatique (M2X90)',
      'Recruitment projects: 100',
      expect.stringMatching(/^[^:]+$/),
      'Share judged difficult: 60%',
      'Share of projects (Rouen): ≈ 25%',
      expect.stringMatching(/^Share of projects \(Normandy\): /),
    ]);
    for (const text of [en.summary, ...en.notes, ...en.description!.categories.map((_, index) => tooltip(index))]) expect(text).not.toMatch(/[ \u00a0\u202f]:/);
    const { model: fr } = buildBasinProfile(DATA, filters, 'fr');
    expect(fr.description!.tooltip!(2).split('\n').slice(0, 5)).toEqual([
      'Ingénieurs de l’informatique (M2X90)',
      'Projets de recrutement : 100',
      'Données et IA (étude)',
      `Part jugée difficile : 60${NBSP}%`,
      `Part des projets (Rouen) : ≈ 25${NBSP}%`,
    ]);
  });
});

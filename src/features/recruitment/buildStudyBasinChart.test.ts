import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { StudyByBasinRow } from '../../data/schemas/bmo';
import { buildStudyBasinChart, studyOccupationFor } from './buildStudyBasinChart';

const openData = (value: number, lowerBound = false) => ({
  met: { value, lowerBound },
  metMax: value,
  xmet: { value: 0, lowerBound: false },
  xmetMax: 0,
  cells: 1,
  secretCells: lowerBound ? 1 : 0,
});

const rows: StudyByBasinRow[] = [
  {
    occupation: 'M2X90',
    occupationLabel: "Ingénieurs de l'informatique",
    studyName: 'Rouen',
    basins: ['2801'],
    dep: '76',
    projects: 80,
    openData: openData(78),
    check: 'exact',
    confidence: 'proved',
    note: '',
  },
  {
    occupation: 'M2X90',
    occupationLabel: "Ingénieurs de l'informatique",
    studyName: 'Caen',
    basins: ['2817'],
    dep: '14',
    projects: 1230,
    openData: openData(1228),
    check: 'exact',
    confidence: 'proved',
    note: '',
  },
  {
    occupation: 'M2X90',
    occupationLabel: "Ingénieurs de l'informatique",
    studyName: 'Le Havre',
    basins: ['2806'],
    dep: '76',
    projects: { missing: 'ambiguous', candidates: [0, 10] },
    pairedWith: 'Lillebonne',
    openData: openData(0, true),
    check: 'mismatch',
    confidence: 'ambiguous',
    note: '',
  },
  {
    occupation: 'M1X80',
    occupationLabel: "Techniciens de l'informatique",
    studyName: 'Rouen',
    basins: ['2801'],
    dep: '76',
    projects: 220,
    openData: openData(221),
    check: 'exact',
    confidence: 'proved',
    note: '',
  },
];
const study = { rows, source: { citation: 'Source : France Travail, BMO 2024, traitement Carif-Oref de Normandie' } };
const normalise = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('buildStudyBasinChart', () => {
  it('shows only the chosen study occupation, largest study figure first', () => {
    const model = buildStudyBasinChart(study, 'M2X90', { basin: null }, 'fr');
    expect(model.table.rows.map((row) => row.name!.text)).toEqual(['Caen', 'Rouen', 'Le Havre']);
    expect(model.subtitle).toContain("Ingénieurs de l'informatique");
    expect(model.source).toBe(study.source.citation);
  });

  it('keeps the study figure and the open data apart, in French format, with lower bounds said', () => {
    const model = buildStudyBasinChart(study, 'M2X90', { basin: null }, 'fr');
    const caen = model.table.rows[0]!;
    expect(normalise(caen.study!.text)).toBe('1 230');
    expect(normalise(caen.open!.text)).toBe('1 228');
    const havre = model.table.rows[2]!;
    expect(havre.open!.text).toBe('secret statistique');
    expect(havre.open!.flag).toBe('secret'); // not « ≥ secret statistique »
  });

  it('never draws an ambiguous study figure as one value: a band over its candidates, labelled with them', () => {
    const model = buildStudyBasinChart(study, 'M2X90', { basin: null }, 'fr');
    const havre = model.table.rows[2]!;
    expect(havre.study!.text).toBe('0 ou 10 (total partagé avec Lillebonne)');
    expect(havre.study!.flag).toBe('ambiguous');
    const [studySeries, open] = model.description!.series;
    expect(studySeries!.values[2]).toEqual({ kind: 'ambiguous', candidates: [0, 10] });
    expect(studySeries!.labels?.[2]).toBe('0 ou 10 (total partagé avec Lillebonne)');
    // Rounded to tens by the study: « ≈ », beside the open data's exact figure.
    expect(studySeries!.labels?.[0]).toMatch(/^≈ \d/u);
    expect(open!.values[2]).toEqual({ kind: 'secret' });
    expect(model.notes.join(' ')).toMatch(/Le Havre \+ Lillebonne/);
  });

  it('fades the basins other than the selected one', () => {
    const model = buildStudyBasinChart(study, 'M2X90', { basin: '2817' }, 'fr');
    expect(model.description!.emphasis?.group).toEqual([model.description!.categories[0]!.key]);
  });

  it('has nothing to draw for an occupation the study did not publish by basin', () => {
    expect(studyOccupationFor('A0X40')).toBeNull();
    const model = buildStudyBasinChart(study, null, { basin: null }, 'fr');
    expect(model.option).toBeNull();
    expect(model.summary).toMatch(/ingénieurs et les techniciens/);
  });

  it('follows the filter: the study pair starts on engineers, a single study occupation is itself', () => {
    expect(studyOccupationFor('informatique')).toBe('M2X90');
    expect(studyOccupationFor('M1X80')).toBe('M1X80');
  });
});

describe('buildStudyBasinChart on the committed study file', () => {
  const file = JSON.parse(readFileSync(resolve(__dirname, '../../../data/bmo/bmo-study-by-basin.json'), 'utf8')) as {
    rows: StudyByBasinRow[];
    source: { citation: string };
  };

  it('shows Vernon and Louviers as two basins and says the engineers’ bars total 280, not the stated 270', () => {
    const model = buildStudyBasinChart(file, 'M2X90', { basin: null }, 'fr', 270);
    const names = model.table.rows.map((row) => row.name!.text);
    expect(names).toHaveLength(8);
    expect(names).toEqual(expect.arrayContaining(['Vernon', 'Louviers']));
    expect(names).not.toContain('Vernon-Louviers');
    expect(model.notes.join(' ')).toContain('totalisent 280 projets, alors que l’étude annonce 270');
    expect(model.notes.join(' ')).toContain('Écart avec l’open data : Louviers');
  });

  it('shows Coutances – St-Lô as one basin for the technicians, whose bars total the stated 410', () => {
    const model = buildStudyBasinChart(file, 'M1X80', { basin: null }, 'en', 410);
    const coutances = model.table.rows.find((row) => row.name!.text === 'Coutances – St-Lô')!;
    expect(coutances.study!.text).toBe('10');
    expect(model.table.rows).toHaveLength(14);
    expect(model.notes.join(' ')).not.toContain('total');
  });
});

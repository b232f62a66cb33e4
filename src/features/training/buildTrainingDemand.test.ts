import { describe, expect, it } from 'vitest';
import type { BmoRow } from '../../data/schemas/bmo';
import type { TrainingPlacesRow } from '../../data/schemas/training';
import { DATA_AI_OCCUPATIONS, IT_OCCUPATIONS } from '../recruitment/buildBasinProfile';
import {
  DATA_AI_CODES,
  OTHER_IT_CODES,
  buildTrainingDemand,
  buildTrainingPlacesTable,
  establishmentLevels,
  type TrainingDemandInput,
} from './buildTrainingDemand';
import { certifications, establishments } from './fixtures.test-data';

const S = { missing: 'secret' } as const;
const row = (occupation: string, basin: string, dep: BmoRow['dep'], met: BmoRow['met']): BmoRow => ({ occupation, basin, dep, met, xmet: S, smet: S });

const places: TrainingPlacesRow[] = [
  { town: 'Caen', commune: '14118', departmentCode: '14', basin: '2817', point: [-0.37, 49.19], establishments: ['universite-caen'] },
  { town: 'Évreux', commune: '27229', departmentCode: '27', basin: '2811', point: [1.14, 49.02], establishments: ['lycee-modeste-leroy'] },
  { town: 'Le Mesnil-Esnard', commune: '76429', departmentCode: '76', basin: '2801', point: [1.14, 49.41], establishments: ['lycee-chataigneraie'] },
  { town: 'Rouen', commune: '76540', departmentCode: '76', basin: '2801', point: [1.1, 49.44], establishments: ['esigelec'] },
];

const input: TrainingDemandInput = {
  bmo: [
    row('M2X90', '2817', '14', 40),
    row('M1X80', '2817', '14', S),
    row('M2X91', '2817', '14', 10),
    row('A1Z40', '2817', '14', 500),
    row('M2X90', '2801', '76', 100),
    row('M1X81', '2801', '76', 20),
    row('M2X90', '2811', '27', S),
    row('M1X80', '2811', '27', S),
  ],
  bmoCitation: 'Source : France Travail, BMO 2024',
  certifications,
  establishments,
  places,
  trainingCitation: 'Source : Carif-Oref de Normandie',
};

const none = { dep: null, basin: null };

describe('buildTrainingDemand', () => {
  it('uses the same IT occupations as the basin profile', () => {
    expect(DATA_AI_CODES).toEqual(DATA_AI_OCCUPATIONS);
    expect(OTHER_IT_CODES).toEqual(IT_OCCUPATIONS);
  });

  it('sets each department’s IT projects beside its establishments by level, Normandie last', () => {
    const model = buildTrainingDemand(input, none, 'fr');
    const [demand, supply] = model.panels!.panels.map((panel) => panel.chart);
    expect(demand!.categories.map((c) => c.key)).toEqual(['14', '27', '50', '61', '76', 'normandie']);
    expect(demand!.categories.at(-1)!.total).toBe(true);
    // Calvados: 40 published + a secret cell = at least 40; the non-IT occupation is not counted.
    expect(demand!.series[0]!.values[0]).toEqual({ kind: 'lower-bound', value: 40 });
    expect(demand!.series[1]!.values[0]).toEqual({ kind: 'number', value: 10 });
    // Eure: only secret cells: secret, never 0; no other-IT line at all: « aucun projet ».
    expect(demand!.series[0]!.values[1]).toEqual({ kind: 'secret' });
    expect(demand!.series[1]!.values[1]).toEqual({ kind: 'none' });
    expect(demand!.series[0]!.values[5]).toEqual({ kind: 'lower-bound', value: 140 });
    // Levels: Caen's university by its block (masters only), ESIGELEC and the lycées by pairing.
    const level = (name: string) => supply!.series.find((s) => s.name === name)!.values;
    // A level without establishment draws nothing; an area without any (Manche, Orne here) says « aucun cité » once.
    expect(level('Niveau 7 (bac + 5)')).toEqual([
      { kind: 'number', value: 1 },
      null,
      { kind: 'none' },
      { kind: 'none' },
      { kind: 'number', value: 1 },
      { kind: 'number', value: 2 },
    ]);
    expect(level('Niveau non établi')).toEqual([null, null, null, null, null, null]);
    expect(level('Niveau 5 (bac + 2)')[4]).toEqual({ kind: 'number', value: 1 });
    expect(level('Niveau 5 (bac + 2)')[1]).toEqual({ kind: 'number', value: 1 });
  });

  it('never shows a secret sum as 0 in the table, and says « au moins » in the summary', () => {
    const model = buildTrainingDemand(input, none, 'fr');
    const eure = model.table.rows[1]!;
    expect(eure.dataAi!.text).toBe('secret statistique');
    expect(eure.dataAi!.flag).toBe('secret');
    expect(model.table.rows[0]!.dataAi!.flag).toBe('lower-bound');
    expect(model.table.rows[3]!.establishments!.text).toBe('aucun cité');
    expect(model.summary).toContain('au moins 140');
    expect(model.notes.join(' ')).toContain('ni effectifs d’étudiants');
    expect(model.notes.some((note) => note.includes('jamais 0'))).toBe(true);
    expect(model.source).toBe('Source : France Travail, BMO 2024 ; Carif-Oref de Normandie');
  });

  it('with a department or basin, compares that department’s basins and outlines the basin', () => {
    const dep = buildTrainingDemand(input, { dep: '76', basin: null }, 'fr');
    const chart = dep.panels!.panels[0]!.chart;
    expect(chart.categories.at(-1)).toMatchObject({ key: '76', total: true });
    expect(chart.categories.map((c) => c.key)).toContain('2801');
    const rouen = chart.categories.findIndex((c) => c.key === '2801');
    expect(chart.series[0]!.values[rouen]).toEqual({ kind: 'number', value: 100 });
    expect(dep.table.rows[rouen]!.establishments!.text).toBe('2');
    const basin = buildTrainingDemand(input, { dep: null, basin: '2817' }, 'en');
    expect(basin.panels!.panels[0]!.chart.emphasis?.picked).toBe('2817');
    expect(basin.panels!.panels[0]!.chart.categories.at(-1)!.key).toBe('14');
    expect(basin.summary).toContain('Caen: at least 40');
  });

  it('lists the establishments of the selection with their known levels', () => {
    const table = buildTrainingPlacesTable(input, { dep: '76', basin: null }, 'fr');
    expect(table.rows.map((r) => r.establishment!.text)).toEqual(['Lycée La Châtaigneraie', 'ESIGELEC']);
    expect(table.rows[1]!.certifications!.text).toContain('Ingénieur en sciences du numérique');
    const all = buildTrainingPlacesTable(input, none, 'fr');
    expect(all.rows.find((r) => r.establishment!.code === 'universite-caen')!.levels!.text).toBe('Niveau 7 (bac + 5) (déduit du bloc du tableau)');
  });

  it('does not guess a level when the block mixes levels', () => {
    const unpaired = { ...establishments[2]!, establishment: 'cfa-x', certifications: [], segment: 2 as const };
    expect(establishmentLevels(unpaired, certifications)).toEqual({ levels: [], basis: 'unknown' });
  });
});

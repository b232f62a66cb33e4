import { targets } from './fixtures.test-data';
import { buildNormanthiiaTargets } from './normanthiiaTargets';

const NNBSP = '\u202f';

describe('buildNormanthiiaTargets', () => {
  it('shows each target as a threshold, never as a bare count', () => {
    const { figures, model } = buildNormanthiiaTargets(targets, 'fr');
    expect(figures.map((figure) => figure.value)).toEqual(['plus de 700', `plus de 2${NNBSP}500`]);
    expect(model.table.rows.map((row) => row.target!.text)).toEqual(['plus de 700', `plus de 2${NNBSP}500`]);
    expect(model.table.rows[1]!.target!.sort).toBe(2500);
    expect(model.notes[0]).toContain('seuils minimaux');
  });

  it('has its id, the period in words and the cited source', () => {
    const { model } = buildNormanthiiaTargets(targets, 'fr');
    expect(model.id).toBe('normanthiia-targets');
    expect(model.subtitle).toBe('Nombre d’étudiants à former, du 1er septembre 2023 au 31 août 2028 (5 ans)');
    expect(model.source).toBe('Projet Normanthiia – cité par le Carif-Oref de Normandie');
    expect(model.summary).toContain('Étudiants de niveau master ou ingénieur formés en IA : plus de 700');
  });

  it('marks a missing target as missing', () => {
    const { figures } = buildNormanthiiaTargets({ ...targets, rows: [{ ...targets.rows[0]!, value: { missing: 'ambiguous' } }] }, 'fr');
    expect(figures[0]).toMatchObject({ value: 'valeur incertaine', uncertain: true });
  });

  it('speaks English when asked', () => {
    expect(buildNormanthiiaTargets(targets, 'en').figures[1]!.value).toBe('more than 2,500');
  });
});

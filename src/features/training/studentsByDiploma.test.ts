import { students } from './fixtures.test-data';
import { translator } from '../../i18n/i18n';
import { DEFAULT_FILTERS } from '../../state/filters';
import { ignoredFiltersNote } from '../filters';
import { buildStudentsByDiplomaChart, shortDiplomaLabel, STUDENTS_CHART_ID } from './studentsByDiploma';

const NNBSP = '\u202f';
const PCT = '\u00a0%';

import type { ChartModel } from '../../charts/model';

/** The plotted values of the description (never a cast of the ECharts option). */
const values = (model: ChartModel) => model.description!.series[0]!.values;
const plain = (model: ChartModel) => values(model).map((value) => (value && 'value' in value ? value.value : null));

describe('buildStudentsByDiplomaChart', () => {
  const model = buildStudentsByDiplomaChart(students, 'fr');

  it('plots each diploma in the study’s order, without the printed total', () => {
    expect(plain(model)).toEqual([153, 1872, 449]);
    expect(model.description!.categories.map((category) => category.label)).toEqual(['BTS', 'Licence', 'Master']);
    expect(model.description!.unit).toBe('count');
  });

  it('has a stable id, a subtitle with unit and period, and the dataset’s source line', () => {
    expect(model.id).toBe('students-by-diploma');
    expect(model.subtitle).toBe('Nombre d’étudiants en formation initiale, Normandie, année 2022-2023');
    expect(model.source).toBe('Source : Carif-Oref de Normandie');
  });

  it('formats the table the French way, with shares of the printed total', () => {
    expect(model.table.rows.map((row) => [row.diploma!.text, row.students!.text, row.share!.text])).toEqual([
      ['Brevet de technicien supérieur (BTS)', '153', `6,2${PCT}`],
      ['Licence', `1${NNBSP}872`, `75,7${PCT}`],
      ['Master', '449', `18,1${PCT}`],
    ]);
  });

  it('says what the total is and whether the diplomas add up to it', () => {
    expect(model.notes[0]).toBe(`Total imprimé par l’étude : 2${NNBSP}474 étudiants ; la somme des diplômes lui est égale.`);
    const broken = buildStudentsByDiplomaChart({ ...students, rows: students.rows.map((row) => (row.isTotal ? { ...row, value: 2500 } : row)) }, 'fr');
    expect(broken.notes[0]).toContain('diffère du total imprimé');
  });

  it('summarises the largest and smallest groups for screen readers', () => {
    expect(model.summary).toContain(`Le plus grand effectif est en Licence (1${NNBSP}872, soit 75,7${PCT} du total)`);
    expect(model.summary).toContain('le plus petit en Brevet de technicien supérieur (BTS) (153)');
  });

  it('gives each bar a plain-text tooltip in French', () => {
    expect(model.description!.tooltip!(1)).toBe(`Licence : 1${NNBSP}872 étudiants (75,7${PCT} du total)`);
    expect(model.option).not.toBeNull();
  });

  it('hatches an uncertain value and shows a missing one as missing, never as a number', () => {
    const uncertain = buildStudentsByDiplomaChart(
      {
        ...students,
        rows: students.rows.map((row) =>
          row.diploma === 'master'
            ? { ...row, confidence: 'ambiguous' as const }
            : row.diploma === 'bts'
              ? { ...row, value: { missing: 'not-in-source' as const } }
              : row,
        ),
      },
      'fr',
    );
    // Drawn by the chart layer's rules: words for the missing value, hatching for the approximate one.
    expect(values(uncertain)).toEqual([{ kind: 'not-in-source' }, { kind: 'number', value: 1872 }, { kind: 'approximate', value: 449 }]);
    expect(uncertain.table.rows[0]!.students).toMatchObject({ text: 'non disponible', sort: null, flag: 'not-in-source' });
    expect(uncertain.table.rows[2]!.students!.flag).toBe('ambiguous');
  });

  it('gives no option when nothing can be drawn', () => {
    const empty = buildStudentsByDiplomaChart({ ...students, rows: [] }, 'fr');
    expect(empty.option).toBeNull();
  });

  it('says the department filter does not apply to regional figures (the one rule of filterScope)', () => {
    const filters = { ...DEFAULT_FILTERS, dep: '14' as const };
    expect(ignoredFiltersNote(STUDENTS_CHART_ID, filters, translator('fr'))).toBe('Le filtre « Département : Calvados (14) » ne s’applique pas ici.');
    expect(plain(model)).toEqual([153, 1872, 449]);
  });

  it('speaks English when asked', () => {
    const english = buildStudentsByDiplomaChart(students, 'en');
    expect(english.title).toBe('Students trained for IT occupations, by diploma');
    expect(english.table.rows[1]!.students!.text).toBe('1,872');
  });
});

describe('shortDiplomaLabel', () => {
  it('keeps the acronym of a long label and leaves short labels alone', () => {
    expect(shortDiplomaLabel('Bachelor universitaire de technologie (BUT)')).toBe('BUT');
    expect(shortDiplomaLabel('Ingénieur')).toBe('Ingénieur');
  });
});

import { buildEmploymentProfile } from './employmentProfile';
import { profileFixture } from './testing/fixtures';

const NBSP = '\u00a0';

describe('buildEmploymentProfile', () => {
  it('shows the selected sub-family alone, categories in the study order', () => {
    const model = buildEmploymentProfile(profileFixture, { occupation: 'M2X90' }, 'fr', 'diplome');
    expect(model.id).toBe('employment-profile');
    expect(model.subtitle).toBe('Part des actifs en emploi par diplôme, en %, Normandie, 2021');
    const description = model.description!;
    expect(description.categories.map((category) => category.label)).toEqual(['Aucun diplôme', "Diplôme d'études supérieures"]);
    expect(description.series.map((entry) => entry.name)).toEqual(["Ingénieurs de l'informatique"]);
    expect(description.series[0]!.values).toEqual([
      { kind: 'number', value: 2.2 },
      { kind: 'number', value: 89.1 },
    ]);
    expect(description).toMatchObject({ unit: 'percent', max: 100 });
    expect(model.table.columns.map((column) => column.label)).toEqual(['Catégorie', "Ingénieurs de l'informatique"]);
  });

  it('for the study pair, shows both sub-families and the family where the study publishes it', () => {
    const model = buildEmploymentProfile(profileFixture, { occupation: 'informatique' }, 'fr', 'diplome');
    const description = model.description!;
    expect(description.series.map((entry) => entry.name)).toEqual([
      "Ingénieurs de l'informatique",
      "Techniciens de l'informatique",
      'Informatique et télécommunication',
    ]);
    // The family has no figure for the first category: no bar there (not a zero).
    expect(description.series[2]!.values).toEqual([null, { kind: 'number', value: 73.6 }]);
    expect(model.notes.join(' ')).toMatch(/ne publie que la part des hommes/);
  });

  it('draws an ambiguous share as a hatched band between its candidates, never as one bar', () => {
    const model = buildEmploymentProfile(profileFixture, { occupation: 'M2X90' }, 'fr', 'sexe');
    const series = model.description!.series[0]!;
    // A range is drawn by the chart layer as a hatched band between its candidates.
    expect(series.values[0]).toEqual({ kind: 'range', min: 17.7, max: 18.2 });
    expect(series.labels![0]).toBe(`17,7–18,2${NBSP}% ?`);
    expect(model.table.rows[0]!['ingenieurs']).toMatchObject({ text: `entre 17,7${NBSP}% et 18,2${NBSP}% (valeur incertaine)`, sort: null, flag: 'ambiguous' });
    expect(model.notes.join(' ')).toMatch(/Barres hachurées/);
    expect(model.summary).toContain(`Femmes entre 17,7${NBSP}% et 18,2${NBSP}%`);
  });

  it('says there is no data for a group without figures in that dimension', () => {
    const technicians = buildEmploymentProfile(profileFixture, { occupation: 'M1X80' }, 'fr', 'sexe');
    expect(technicians.option).toBeNull();
    const outside = buildEmploymentProfile(profileFixture, { occupation: 'A0X40' }, 'fr', 'diplome');
    expect(outside.option).toBeNull();
    expect(outside.notes.join(' ')).toMatch(/n’est pas couvert/);
  });

  it('formats axis and tooltip in English when asked', () => {
    const model = buildEmploymentProfile(profileFixture, { occupation: 'M2X90' }, 'en', 'diplome');
    expect(model.description!.lang).toBe('en');
    expect(model.summary).toContain('89.1%');
  });
});

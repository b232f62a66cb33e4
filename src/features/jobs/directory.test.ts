import { coursesSortKey, coursesText, filterJobs, groupByFamily, notesByField, sortJobs } from './directory';
import { families, job, sheets } from './fixtures.test-data';

const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
const byId = (id: string) => sheets.find((row) => row.id === id)!;

describe('filterJobs', () => {
  it('matches titles and synonyms without accents or case', () => {
    expect(ids(filterJobs(sheets, { text: 'DEVELOPPEUR mobile', family: null }))).toEqual(['developpeur-web-mobile', 'directeur-artistique']);
    expect(ids(filterJobs(sheets, { text: 'ergonome', family: null }))).toEqual(['ergonome']);
  });

  it('narrows to a family, and returns everything for an empty query', () => {
    expect(ids(filterJobs(sheets, { text: '', family: 'commerce' }))).toEqual(['ingenieur-avant-vente', 'ingenieur-commercial']);
    expect(filterJobs(sheets, { text: '  ', family: null })).toHaveLength(sheets.length);
    expect(filterJobs(sheets, { text: 'boulanger', family: null })).toEqual([]);
  });
});

describe('continuing courses', () => {
  it('shows exact numbers in French and non-exact ones in the sheet’s words', () => {
    expect(
      coursesText(
        job({ id: 'a', order: 1, title: 'A', family: 'f', familyLabel: 'F', continuingCourses: { count: 1234, lowerBound: 1234, statement: 's' } })
          .continuingCourses,
        'fr',
      ),
    ).toBe('1\u202f234');
    expect(coursesText(byId('directeur-artistique').continuingCourses, 'fr')).toBe('plus de 1\u202f000');
    expect(coursesText(byId('directeur-artistique').continuingCourses, 'en')).toBe('more than 1,000');
    expect(coursesText(byId('architecte-logiciel').continuingCourses, 'fr')).toBe('2');
    expect(coursesText(byId('ingenieur-avant-vente').continuingCourses, 'fr')).toBe('non disponible');
  });

  it('sorts "plus de 1 000" by its lower bound, most first, and sheets without a number last', () => {
    expect(coursesSortKey(byId('directeur-artistique').continuingCourses)).toBe(1000);
    expect(ids(sortJobs(sheets, 'courses'))).toEqual([
      'directeur-artistique',
      'developpeur-web-mobile',
      'architecte-logiciel',
      'ergonome',
      'ingenieur-avant-vente',
      'ingenieur-commercial',
    ]);
  });

  it('sorts by access level, the most accessible first', () => {
    expect(ids(sortJobs(sheets, 'level')).slice(0, 1)).toEqual(['developpeur-web-mobile']);
    expect(ids(sortJobs(sheets, 'level')).at(-1)).toBe('ingenieur-commercial');
  });
});

describe('groupByFamily', () => {
  it('groups in the document’s family order and drops families left empty', () => {
    const groups = groupByFamily(filterJobs(sheets, { text: 'mobile', family: null }), families, 'title');
    expect(groups.map((group) => group.family.id)).toEqual(['programmation-developpement', 'interfaces-creations-numeriques']);
    expect(ids(groupByFamily(sheets, families, 'title')[0]!.jobs)).toEqual(['architecte-logiciel', 'developpeur-web-mobile']);
  });
});

describe('notesByField', () => {
  it('puts a copy-paste warning beside each rubrique it names', () => {
    const notes = notesByField(byId('directeur-artistique'));
    expect(notes.byField.synonyms).toHaveLength(2);
    expect(notes.byField.careerMoves).toHaveLength(1);
    expect(notes.byField.knowledge).toBeUndefined();
    expect(notes.general).toEqual(['Intitulé : « Directeur artistique » dans le répertoire.']);
  });

  it('gives a note that opens with a rubrique to that rubrique only', () => {
    expect(notesByField(byId('ergonome')).byField).toEqual({
      knowledge: ['Connaissances : « en analyse prédictive des compétences en statistique » — ponctuation manquante.'],
    });
    expect(Object.keys(notesByField(byId('architecte-logiciel')).byField)).toEqual(['description']);
  });

  it('keeps every note of a job without a sheet as a general note', () => {
    expect(notesByField(byId('ingenieur-commercial')).general).toHaveLength(1);
  });
});

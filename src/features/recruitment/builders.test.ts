import { BASINS } from '../../state/territories';
import { OCCUPATIONS_FIXTURE, ROWS_FIXTURE } from '../../charts/map/map.fixtures';
import type { StudyByDepartmentRow } from '../../data/schemas/bmo';
import { buildBasinRanking } from './buildBasinRanking';
import { buildDepartmentChart, studyProjects } from './buildDepartmentChart';
import { buildRecruitmentMap } from './buildRecruitmentMap';

const DATA = { rows: ROWS_FIXTURE, occupations: OCCUPATIONS_FIXTURE, source: { citation: 'Source : France Travail, enquête BMO 2024' } };
const NNBSP = '\u202f';

describe('buildRecruitmentMap', () => {
  const { model, choropleth } = buildRecruitmentMap(DATA, { occupation: 'informatique', measure: 'projets' }, 'fr');

  it('is the recruitment-map chart with a title, unit, source and summary', () => {
    expect(model.id).toBe('recruitment-map');
    expect(model.title).toBe('Projets de recrutement par bassin d’emploi');
    expect(model.subtitle).toContain('nombre de projets de recrutement');
    expect(model.subtitle).toContain('2024');
    expect(model.source).toBe('Source : France Travail, enquête BMO 2024');
    expect(model.summary).toContain(`Rouen (1${NNBSP}234)`);
    expect(choropleth.basins).toHaveLength(27);
  });

  it('tables the 27 basins in rank order, lower bounds and secret cells flagged', () => {
    expect(model.table.rows).toHaveLength(27);
    const [first, second, third] = model.table.rows;
    expect([first!.basin!.text, first!.rank!.text, first!.value!.text]).toEqual(['Rouen', '1er sur 27', `1${NNBSP}234`]);
    expect(second!.value).toMatchObject({ text: '20', flag: 'lower-bound' });
    expect(third!.value).toMatchObject({ text: 'secret statistique', flag: 'secret', sort: null });
    expect(model.notes.join(' ')).toContain('au moins');
  });

  it('says so when the occupation has no project at all', () => {
    const empty = buildRecruitmentMap(DATA, { occupation: 'B0X10', measure: 'projets' }, 'fr');
    expect(empty.choropleth.empty).toBe(true);
    expect(empty.model.summary).toContain('aucun projet');
  });
});

describe('buildBasinRanking', () => {
  it('ranks basins with a value or a secret, highlights the selected basin and names it in a note', () => {
    const model = buildBasinRanking(DATA, { occupation: 'informatique', measure: 'projets', basin: '2806', dep: '76' }, 'fr');
    const option = model.option as { yAxis: { data: string[] }; series: { data: { itemStyle: { color: string } }[] }[] };
    expect(option.yAxis.data).toEqual(['Rouen', 'Le Havre', 'Caen']);
    expect(option.series[0]!.data[1]!.itemStyle.color).toBe('#c2410c');
    expect(option.series[0]!.data[0]!.itemStyle.color).not.toBe('#c2410c');
    expect(model.notes[0]).toBe('Bassin sélectionné : Le Havre, 2e sur 27 (au moins 20).');
    expect(model.table.rows).toHaveLength(3);
  });

  it('returns no option (empty state) for an occupation without projects', () => {
    expect(buildBasinRanking(DATA, { occupation: 'B0X10', measure: 'projets', basin: null, dep: null }, 'fr').option).toBeNull();
  });
});

describe('buildDepartmentChart', () => {
  const study = {
    source: { citation: 'Source : France Travail, BMO 2024, traitement Carif-Oref de Normandie' },
    rows: [
      { occupation: 'M2X90', area: '76', projects: 1230 },
      { occupation: 'M1X80', area: '76', projects: 40 },
      { occupation: 'M2X90', area: '14', projects: 0 },
      { occupation: 'M1X80', area: '14', projects: { missing: 'ambiguous', candidates: [0, 10] } },
    ] as unknown as StudyByDepartmentRow[],
  };

  it('adds the study’s rounded figures as their own series for the study occupations only', () => {
    const model = buildDepartmentChart(DATA, study, { occupation: 'informatique', dep: null }, 'fr');
    const option = model.option as { series: { name: string }[] };
    expect(option.series.map((series) => series.name)).toEqual(['Open data France Travail', 'Étude Carif-Oref (arrondi)']);
    expect(model.source).toBe('Source : France Travail, enquête BMO 2024 ; France Travail, BMO 2024, traitement Carif-Oref de Normandie');
    const seine = model.table.rows.find((row) => row.department!.text.startsWith('Seine-Maritime'))!;
    expect(seine.projects).toMatchObject({ text: `1${NNBSP}254`, flag: 'lower-bound' });
    expect(seine.study!.text).toBe(`1${NNBSP}270`);
    // An ambiguous study figure is never summed into a confident number.
    expect(studyProjects(study.rows, ['M2X90', 'M1X80'], '14')).toBeNull();
    const other = buildDepartmentChart(DATA, study, { occupation: 'A0X40', dep: null }, 'fr');
    expect((other.option as { series: unknown[] }).series).toHaveLength(1);
  });

  it('lists the five departments, largest first', () => {
    const model = buildDepartmentChart(DATA, study, { occupation: 'informatique', dep: '14' }, 'fr');
    expect(model.table.rows.map((row) => row.department!.text)).toEqual([
      'Seine-Maritime (76)',
      'Calvados (14)',
      'Eure (27)',
      'Manche (50)',
      'Orne (61)',
    ]);
    expect(model.table.rows[1]!.projects!.text).toBe('secret statistique');
    expect(BASINS).toHaveLength(27);
  });
});

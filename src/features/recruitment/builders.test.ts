import { barTooltipText } from '../../charts/bars';
import { BASINS } from '../../state/territories';
import { OCCUPATIONS_FIXTURE, ROWS_FIXTURE } from './map/map.fixtures';
import type { BmoRow, StudyByDepartmentRow } from '../../data/schemas/bmo';
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
    const description = model.description!;
    expect(description.categories.map((category) => category.label)).toEqual(['Rouen', 'Le Havre', 'Caen']);
    expect(description.emphasis?.picked).toBe('2806');
    expect(description.categories[1]!.key).toBe('2806');
    expect(description.series[0]!.labels?.[1]).toMatch(/^au moins 20/u);
    expect(model.notes[0]).toBe('Bassin sélectionné : Le Havre, 2e sur 27 (au moins 20).');
    expect(model.table.rows).toHaveLength(3);
  });

  it('on a phone, labels bars with the value alone so none is cut at the card edge, and the axis keeps few ticks', () => {
    const filters = { occupation: 'informatique', measure: 'projets', basin: null, dep: null } as const;
    const desktop = buildBasinRanking(DATA, filters, 'fr');
    const phone = buildBasinRanking(DATA, filters, 'fr', { compact: true });
    expect(desktop.description!.series[0]!.labels?.some((label) => label?.includes('·'))).toBe(true);
    expect(phone.description!.series[0]!.labels?.some((label) => label?.includes('·'))).toBe(false);
    expect((phone.option as { xAxis: { splitNumber?: number } }).xAxis.splitNumber).toBe(3);
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
    // The study prints engineers and technicians separately: two series, never a sum labelled as the study's.
    expect(model.description!.series.map((series) => series.name)).toEqual([
      'Open data France Travail',
      'Étude Carif-Oref, ingénieurs (arrondi)',
      'Étude Carif-Oref, techniciens (arrondi)',
    ]);
    expect(model.source).toBe('Source : France Travail, enquête BMO 2024 ; France Travail, BMO 2024, traitement Carif-Oref de Normandie');
    const seine = model.table.rows.find((row) => row.department!.text.startsWith('Seine-Maritime'))!;
    expect(seine.projects).toMatchObject({ text: `1${NNBSP}254`, flag: 'lower-bound' });
    expect(seine['study-M2X90']!.text).toBe(`1${NNBSP}230`);
    expect(seine['study-M1X80']!.text).toBe('40');
    // Their sum is in its own column, flagged as derived, with a header that says it is our computation.
    expect(seine.studySum).toMatchObject({ text: `1${NNBSP}270`, flag: 'derived' });
    expect(model.table.columns.find((column) => column.key === 'studySum')!.label).toBe('Somme calculée des deux chiffres de l’étude');
    expect(model.notes.join(' ')).toContain('ne publie pas leur somme');
    expect(studyProjects(study.rows, ['M2X90', 'M1X80'], '76')).toEqual({ kind: 'derived', value: 1270, how: 'sum-of-study-figures' });
    // An ambiguous study figure is never summed into a confident number.
    expect(studyProjects(study.rows, ['M2X90', 'M1X80'], '14')).toBeNull();
    const calvados = model.table.rows.find((row) => row.department!.text.startsWith('Calvados'))!;
    expect(calvados['study-M1X80']).toMatchObject({ flag: 'ambiguous', sort: null });
    expect(calvados.studySum!.text).toBe('—');
    const other = buildDepartmentChart(DATA, study, { occupation: 'A0X40', dep: null }, 'fr');
    expect(other.description!.series).toHaveLength(1);
  });

  it('on a phone, starts its plot below its legend, which takes a row per series there', () => {
    const gridTop = (compact: boolean, lang: 'fr' | 'en') =>
      (buildDepartmentChart(DATA, study, { occupation: 'informatique', dep: null }, lang, { compact }).option as { grid: { top: number } }).grid.top;
    for (const lang of ['fr', 'en'] as const) {
      // Three names none of which fits beside another in a 375 px card: three legend rows (26 px each) above the plot.
      expect(gridTop(true, lang)).toBeGreaterThanOrEqual(3 * 26);
      // On a desktop card they share fewer rows: the plot starts higher.
      expect(gridTop(false, lang)).toBeLessThan(gridTop(true, lang));
    }
  });

  it('lists the five departments, largest first', () => {
    const model = buildDepartmentChart(DATA, study, { occupation: 'informatique', dep: '14' }, 'fr');
    expect(model.table.rows.map((row) => row.department!.text)).toEqual(['Seine-Maritime (76)', 'Calvados (14)', 'Eure (27)', 'Manche (50)', 'Orne (61)']);
    expect(model.table.rows[1]!.projects!.text).toBe('secret statistique');
    expect(model.description!.emphasis?.group).toEqual(['14']);
    expect(BASINS).toHaveLength(27);
  });
});

describe('secret and derived values are never stated as zero, « aucun » or the source’s', () => {
  const secret = () => ({ missing: 'secret' as const });
  // Every seasonal and every difficult cell of M2X90 secret; M2X90 in Orne: 23 projects, difficult cell secret.
  const rows: BmoRow[] = [
    { occupation: 'M2X90', basin: '2801', dep: '76', met: 254, xmet: secret(), smet: secret() },
    { occupation: 'M2X90', basin: '2826', dep: '61', met: 23, xmet: secret(), smet: secret() },
    { occupation: 'M2X90', basin: '2817', dep: '14', met: secret(), xmet: secret(), smet: secret() },
    { occupation: 'M1X80', basin: '2801', dep: '76', met: 40, xmet: 10, smet: 0 },
  ];
  const data = { ...DATA, rows };

  it('map summary with « saisonniers » when every seasonal cell is secret: no « aucun projet », the secret said, the region total kept', () => {
    for (const measure of ['saisonniers', 'difficiles'] as const) {
      const { model } = buildRecruitmentMap(data, { occupation: 'M2X90', measure }, 'fr');
      expect(model.summary).not.toContain('aucun projet');
      expect(model.summary).toContain('secret statistique');
      expect(model.summary).toContain('au moins 277 projets');
      const rouen = model.table.rows.find((row) => row.basin!.text === 'Rouen')!;
      expect(rouen.value).toMatchObject({ text: 'secret statistique', flag: 'secret', sort: null });
      expect(model.notes.join(' ')).toContain('ce n’est pas zéro');
    }
    const en = buildRecruitmentMap(data, { occupation: 'M2X90', measure: 'saisonniers' }, 'en').model;
    expect(en.summary).not.toContain('no recruitment project');
    expect(en.summary).toContain('statistical confidentiality');
  });

  it('department chart: a secret numerator gives « secret statistique », not « ≈ 0 % », in the table and the tooltips', () => {
    for (const occupation of ['M2X90', 'informatique'] as const) {
      const model = buildDepartmentChart(data, { source: { citation: 'Source : étude' }, rows: [] }, { occupation, dep: null }, 'fr');
      const orne = model.table.rows.find((row) => row.department!.text.startsWith('Orne'))!;
      expect(orne.difficult).toMatchObject({ text: 'secret statistique', flag: 'secret', sort: null });
      const description = model.description!;
      const tooltip = barTooltipText(
        description,
        description.categories.findIndex((category) => category.label === 'Orne'),
      );
      expect(tooltip).toContain('Part jugée difficile : secret statistique');
      expect(JSON.stringify(model.table)).not.toMatch(/≈ 0\u00a0%/);
    }
  });

  it('department chart: a department whose every cell is secret is secret, not « aucun projet »', () => {
    const model = buildDepartmentChart(data, { source: { citation: 'Source : étude' }, rows: [] }, { occupation: 'M2X90', dep: null }, 'fr');
    const calvados = model.table.rows.find((row) => row.department!.text.startsWith('Calvados'))!;
    expect(calvados.projects).toMatchObject({ text: 'secret statistique', flag: 'secret' });
    const eure = model.table.rows.find((row) => row.department!.text.startsWith('Eure'))!;
    expect(eure.projects!.text).toBe('aucun projet');
  });

  it('a basin’s share of the region is approximate when the regional total is a lower bound', () => {
    const { model } = buildRecruitmentMap(data, { occupation: 'M2X90', measure: 'projets' }, 'fr');
    const rouen = model.table.rows.find((row) => row.basin!.text === 'Rouen')!;
    // Rouen itself is exact (254), but Caen's secret cell makes the region « au moins 277 ».
    expect(rouen.value).toMatchObject({ text: '254', sort: 254 });
    expect(rouen.value!.flag).toBeUndefined();
    expect(rouen.shareOfRegion).toMatchObject({ flag: 'approximate' });
    expect(rouen.shareOfRegion!.text).toMatch(/^≈ 91,7/);
    expect(model.notes.join(' ')).toContain('« ≈ »');
  });

  it('the ranking table and its note give the same rank « of 27 »', () => {
    const model = buildBasinRanking(DATA, { occupation: 'informatique', measure: 'projets', basin: '2806', dep: null }, 'fr');
    const havre = model.table.rows.find((row) => row.basin!.text === 'Le Havre')!;
    expect(havre.rank!.text).toBe('2e sur 27');
    expect(model.notes[0]).toContain('2e sur 27');
  });

  it('the map summary agrees in number with the count of basins', () => {
    const one = buildRecruitmentMap(data, { occupation: 'M1X80', measure: 'projets' }, 'fr').model;
    expect(one.summary).toContain('1 bassin sur 27 a une valeur publiée');
    expect(buildRecruitmentMap(data, { occupation: 'M1X80', measure: 'projets' }, 'en').model.summary).toContain('1 of 27 basins has a published value');
  });
});

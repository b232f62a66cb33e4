import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as v from 'valibot';
import { jobsDatasets, JobSheetRow, type ArticleSkillsDomainRow, type JobFamilyRow } from '../../../src/data/schemas/jobs';
import {
  DEFAULT_ARTICLE_SEED,
  DEFAULT_SHEETS_SEED,
  REPO_ROOT,
  parseJobSheets,
  renderFiles,
  repairText,
  type ParseSpec,
} from '../../../scripts/data-jobs';

const DATA_DIR = join(REPO_ROOT, 'data');
const ids = Object.keys(jobsDatasets) as Array<keyof typeof jobsDatasets>;

function readCommitted(id: keyof typeof jobsDatasets): string {
  return readFileSync(join(DATA_DIR, jobsDatasets[id].file), 'utf8');
}
function load<T>(id: keyof typeof jobsDatasets): { rows: T[]; [key: string]: unknown } {
  return JSON.parse(readCommitted(id)) as { rows: T[] };
}
/** Issue paths, so a failure says where: "rows.12.continuingCourses : …". */
function issuesOf(schema: v.GenericSchema, value: unknown): string[] {
  const result = v.safeParse(schema, value);
  return result.success ? [] : result.issues.map((i) => `${v.getDotPath(i) ?? '(racine)'} : ${i.message}`);
}

const sheets = () => load<JobSheetRow>('job-sheets').rows;
const families = () => load<JobFamilyRow>('job-families').rows;

describe('data/jobs: files against their schemas', () => {
  it.each(ids)('%s validates against its schema', (id) => {
    expect(issuesOf(jobsDatasets[id].schema, JSON.parse(readCommitted(id)))).toEqual([]);
  });

  it.each(ids)('%s: id is the file name and authority is set', (id) => {
    const file = load<unknown>(id);
    expect(file.id).toBe(basename(jobsDatasets[id].file, '.json'));
    // The blog article, and the search terms whose pairing with BMO occupations is editorial, are context, not primary sources.
    expect(file.authority).toBe(id === 'article-skills-domains' || id === 'occupation-synonyms' ? 'context' : 'primary');
  });

  it('the schema rejects a job without a sheet that carries sheet content, and a negative count', () => {
    const row = sheets().find((r) => r.id === 'ingenieur-commercial')!;
    const bad = { ...row, accessLevel: { text: 'Bac +2', bacPlus: 2, rncpLevel: 5 } };
    expect(issuesOf(JobSheetRow, bad).length).toBeGreaterThan(0);
    const scientist = sheets().find((r) => r.id === 'data-scientist')!;
    const negative = { ...scientist, continuingCourses: { count: -1, lowerBound: -1, statement: 'x' } };
    expect(issuesOf(JobSheetRow, negative).length).toBeGreaterThan(0);
    expect(issuesOf(JobSheetRow, scientist)).toEqual([]);
  });
});

describe('data/jobs: 35 jobs in 9 families', () => {
  it('has 35 unique jobs and 9 unique families', () => {
    const rows = sheets();
    expect(rows).toHaveLength(35);
    expect(new Set(rows.map((r) => r.id)).size).toBe(35);
    expect(families()).toHaveLength(9);
    expect(new Set(families().map((f) => f.id)).size).toBe(9);
  });

  it('family counts add up to 35 and match the job rows', () => {
    const rows = sheets();
    const fams = families();
    expect(fams.reduce((s, f) => s + f.jobCount, 0)).toBe(35);
    for (const f of fams) {
      const members = rows.filter((r) => r.family === f.id);
      expect(members.map((r) => r.id), f.id).toEqual(f.jobIds);
      expect(members.filter((r) => r.hasSheet).length, f.id).toBe(f.jobsWithSheet);
      expect(members.every((r) => r.familyLabel === f.label), f.id).toBe(true);
    }
    expect(Object.fromEntries(fams.map((f) => [f.id, f.jobCount]))).toEqual({
      'programmation-developpement': 5,
      'intelligence-artificielle-donnee': 3,
      'interfaces-creations-numeriques': 4,
      'communication-marketing': 4,
      commerce: 4,
      'infrastructures-cloud-reseaux': 3,
      'maintenance-support': 1,
      'expertise-conseil': 4,
      'direction-management-strategie': 7,
    });
  });

  it('31 jobs have a sheet; the 4 without are marked and empty', () => {
    const rows = sheets();
    expect(rows.filter((r) => r.hasSheet)).toHaveLength(31);
    expect(rows.filter((r) => !r.hasSheet).map((r) => r.id)).toEqual([
      'ingenieur-commercial',
      'expert-protection-donnees',
      'charge-relations-ecosysteme',
      'coach-agile',
    ]);
  });

  it('keeps the stated counts of the chapter introductions, including the "Six" that lists seven', () => {
    const direction = families().find((f) => f.id === 'direction-management-strategie')!;
    expect(direction.statedCount).toBe(6);
    expect(direction.introList).toHaveLength(7);
    expect(direction.notes.join(' ')).toMatch(/Six métiers/);
  });
});

describe('data/jobs: every sheet has an access level and a course count or an explicit Missing', () => {
  it.each(sheets().filter((r) => r.hasSheet).map((r) => [r.id, r] as const))('%s', (_id, row) => {
    expect('missing' in row.accessLevel, JSON.stringify(row.accessLevel)).toBe(false);
    if (!('missing' in row.accessLevel)) {
      expect(row.accessLevel.text).toMatch(/^Bac/);
      expect(row.accessLevel.rncpLevel).not.toBeNull();
    }
    const courses = row.continuingCourses;
    if ('missing' in courses) {
      expect(courses.missing).toBe('not-in-source');
      expect(row.absentSections).toContain('continuingTraining');
    } else {
      expect(Number.isInteger(courses.lowerBound)).toBe(true);
      expect(courses.statement).toMatch(/recense/);
      if (courses.text !== undefined) expect(courses.statement).toContain(courses.text);
      else expect(courses.statement.replace(/\s/g, '')).toContain(`recense${courses.count}formation`);
    }
    expect(row.lines).toMatch(/^\d+-\d+$/);
  });

  it('reads the figures of the text', () => {
    const by = Object.fromEntries(sheets().map((r) => [r.id, r]));
    expect(by['data-scientist']!.continuingCourses).toMatchObject({ count: 25, lowerBound: 25 });
    expect(by['developpeur-web']!.continuingCourses).toMatchObject({ count: 262 });
    expect(by['directeur-artistique']!.continuingCourses).toMatchObject({ text: 'plus de 1 000', lowerBound: 1000 });
    expect(by['directeur-artistique']!.continuingCourses).not.toHaveProperty('count');
    expect(by['technicien-maintenance-support']!.continuingCourses).toMatchObject({ text: 'plus de 1 000', lowerBound: 1000 });
    expect(by['expert-propriete-intellectuelle']!.continuingCourses).toMatchObject({ text: 'plusieurs', lowerBound: 2 });
    expect(by['expert-propriete-intellectuelle']!.continuingCourses).toHaveProperty('note');
    expect(by['ergonome']!.continuingCourses).toMatchObject({ count: 2, text: 'deux' });
    expect(by['responsable-securite-si']!.continuingCourses).toMatchObject({ count: 1 });
    expect(by['ingenieur-avant-vente']!.continuingCourses).toMatchObject({ missing: 'not-in-source' });
    expect(by['technicien-maintenance-support']!.accessLevel).toEqual({ text: 'Bac', bacPlus: 0, rncpLevel: 4 });
    expect(by['ingenieur-affaires']!.accessLevel).toEqual({ text: 'Bac +4/5', bacPlus: 4, rncpLevel: 6 });
    expect(by['architecte-logiciel']!.accessLevel).toEqual({ text: 'Bac +5', bacPlus: 5, rncpLevel: 7 });
  });

  it('notes the copy-paste slips instead of fixing them', () => {
    const by = Object.fromEntries(sheets().map((r) => [r.id, r]));
    expect(by['directeur-artistique']!.synonyms).toContain('Développeur mobile');
    expect(by['directeur-artistique']!.notes.join(' ')).toMatch(/Copier-coller/);
    expect(by['directeur-artistique']!.confidence).toBe('ambiguous');
    expect(by['charge-clientele']!.notes.join(' ')).toMatch(/Ergonome/);
    expect(by['expert-propriete-intellectuelle']!.notes.join(' ')).toMatch(/Consultant\/expert métier/);
    expect(by['ingenieur-etudes-developpement']!.notes.join(' ')).toMatch(/Développeur web mobile/);
    expect(by['marketeur-digital']!.careerMoves).toEqual([]);
    expect(by['marketeur-digital']!.absentSections).toContain('careerMoves');
  });

  it('leaves no broken ligature, bullet glyph or line-end hyphen in the rows', () => {
    const text = JSON.stringify(sheets());
    expect(text).not.toMatch(/�/);
    expect(text).not.toMatch(/dévelop-pement|appli-cations|Adminis-trateur/);
    expect(text).toMatch(/e-marketing/);
  });
});

describe('data/jobs: the article is context only', () => {
  it('one row per domain, the 12 % claim kept with its text', () => {
    const file = load<ArticleSkillsDomainRow>('article-skills-domains');
    expect(file.rows.map((r) => r.id)).toEqual([
      'intelligence-artificielle-machine-learning',
      'cybersecurite',
      'developpement-web-full-stack',
      'marketing-digital-growth',
      'data-analytics',
    ]);
    const figures = file.rows.flatMap((r) => r.claims.filter((c) => c.figure));
    expect(figures).toHaveLength(1);
    expect(figures[0]!.figure).toEqual({ value: 12, unit: '% par an', horizon: '2027', text: "12% par an jusqu'en 2027" });
    expect(figures[0]!.text).toMatch(/^Le marché de la cybersécurité devrait croître de 12% par an/);
    expect((file.notes as string[]).join(' ')).toMatch(/aucune source/);
  });
});

// The seeds live in ../shared, beside the repo in CI; a clone without them cannot re-derive the data.
const seedsPresent = existsSync(DEFAULT_SHEETS_SEED) && existsSync(DEFAULT_ARTICLE_SEED);
if (!seedsPresent) console.warn(`Seeds not found (${DEFAULT_SHEETS_SEED}): skipping the reproducibility check of data/jobs.`);

describe.skipIf(!seedsPresent)('scripts/data-jobs.ts: reproducible', () => {

  it('run on the real seeds, writes exactly the committed files', () => {
    const files = renderFiles();
    // Every jobs dataset but the search synonyms, which scripts/data-synonyms.ts writes (tests/unit/data/synonyms.test.ts).
    const written = ids.filter((id) => id !== 'occupation-synonyms').map((id) => jobsDatasets[id].file);
    expect(Object.keys(files).sort()).toEqual(written.sort());
    for (const [file, content] of Object.entries(files)) {
      expect(content, `data/${file} diffère de la sortie du script : relancer npx tsx scripts/data-jobs.ts`).toBe(readFileSync(join(DATA_DIR, file), 'utf8'));
      expect(content.endsWith('}\n')).toBe(true);
    }
  });

  it('is deterministic', () => {
    expect(renderFiles()).toEqual(renderFiles());
  });
});

describe('scripts/data-jobs.ts: malformed input', () => {
  const spec: ParseSpec = {
    families: [{ id: 'famille-test', label: 'Famille test', directoryHeading: 'FAMILLE TEST', sectionLabel: 'Famille test', sectionNumber: 1 }],
    jobs: [
      { id: 'metier-complet', family: 'famille-test', title: 'Métier complet', directoryTitle: 'Métier complet', introLabel: 'Le métier complet', heading: 'MÉTIER COMPLET' },
      { id: 'metier-casse', family: 'famille-test', title: 'Métier cassé', directoryTitle: 'Métier cassé', introLabel: 'Le métier cassé', heading: 'MÉTIER CASSÉ' },
      { id: 'metier-cite', family: 'famille-test', title: 'Métier cité', directoryTitle: null, introLabel: 'Le métier cité', heading: null },
    ],
    corrections: [],
  };
  const fixture = [
    ' Famille  de métiers Intitulé des métiers',
    'FAMILLE TEST',
    'Métier complet',
    'Métier cassé',
    '',
    ' Famille test1',
    'Trois métiers ont été identifiés :',
    ' � Le métier complet',
    '� Le métier cassé',
    '� Le métier cité',
    ' MÉTIER COMPLET',
    'Le métier complet fait des choses.',
    '',
    'Niveau minimum d’accès : Bac +3',
    '',
    '� Formation Initiale',
    '',
    'Accessible avec une licence de dévelop-',
    'pement.',
    '',
    '� Formation continue',
    '',
    'Ce métier est également accessible par le biais de la formation',
    'continue. Le réseau des Carif-Oref recense 1 234 formations.',
    '',
    'Connaissances en tests.',
    '',
    'Maîtrise de l’anglais.',
    '',
    'Synonymes : Testeur ; Vérificateur.',
    '',
    'Perspectives d’évolution : Chef de test, Responsable qualité.',
    '',
    'Statut : Salarié ; Indépendant.',
    ' MÉTIER CASSÉ',
    'Une fiche sans niveau d’accès et sans nombre lisible.',
    '',
    '� Formation continue',
    '',
    'Le réseau des Carif-Oref recense beaucoup de formations.',
    '',
    'Synonymes : Cassé.',
    '',
  ].join('\n');

  it('parses a well-formed sheet and marks the malformed one', () => {
    const doc = parseJobSheets(fixture, spec);
    const [ok, broken, cited] = doc.rows;
    expect(ok).toMatchObject({
      hasSheet: true,
      accessLevel: { text: 'Bac +3', bacPlus: 3, rncpLevel: 6 },
      continuingCourses: { count: 1234, lowerBound: 1234 },
      initialTraining: ['Accessible avec une licence de développement.'],
      knowledge: ['Connaissances en tests.'],
      skills: ['Maîtrise de l’anglais.'],
      synonyms: ['Testeur', 'Vérificateur'],
      careerMoves: ['Chef de test', 'Responsable qualité'],
      status: ['Salarié', 'Indépendant'],
      confidence: 'certain',
    });
    expect(broken!.confidence).toBe('ambiguous');
    expect(broken!.accessLevel).toMatchObject({ missing: 'not-in-source' });
    expect(broken!.continuingCourses).toMatchObject({ missing: 'ambiguous' });
    expect(broken!.notes.join(' ')).toMatch(/Anomalie de structure : pas de « Niveau minimum d’accès »/);
    expect(broken!.notes.join(' ')).toMatch(/nombre de formations non reconnu/);
    expect(cited!.hasSheet).toBe(false);
    for (const row of doc.rows) expect(issuesOf(JobSheetRow, row)).toEqual([]);
    expect(doc.families[0]).toMatchObject({ jobCount: 3, jobsWithSheet: 2, statedCount: 3 });
  });

  it('stops with a clear error when a sheet heading is missing', () => {
    const jobs = spec.jobs.map((j) => (j.id === 'metier-casse' ? { ...j, heading: 'MÉTIER DISPARU' } : j));
    expect(() => parseJobSheets(fixture, { ...spec, jobs })).toThrow(/Titre de fiche « MÉTIER DISPARU » introuvable/);
  });

  it('stops when an introduction names a job that is not in the table', () => {
    const jobs = spec.jobs.filter((j) => j.id !== 'metier-cite');
    expect(() => parseJobSheets(fixture, { ...spec, jobs })).toThrow(/la puce « Le métier cité » ne correspond à aucun métier/);
  });

  it('repairs known broken ligatures and refuses unknown ones', () => {
    expect(repairText('Les o� res d’emploi, à la � n de l’année.').text).toBe('Les offres d’emploi, à la fin de l’année.');
    expect(repairText('� une puce').ligatures).toBe(0);
    expect(() => repairText('un mot in� connu')).toThrow(/Ligature cassée non répertoriée/);
  });
});

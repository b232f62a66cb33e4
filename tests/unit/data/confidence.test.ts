/**
 * Issue #13, the two-level confidence: every value of every data file is
 * `certain` (printed as is), `proved` (paired with its label by arithmetic),
 * `read` (paired only by the layout of the extracted text) or `ambiguous`.
 * These tests pin the counts per level, and re-do the arithmetic behind each
 * `proved` value so that a value only read from the layout cannot pass as proved.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONFIDENCE_LEVELS, isMissing, type Confidence, type Measure } from '../../../src/data/contract';
import { checkRounded } from '../../../src/data/bmo';

const DATA = resolve(process.cwd(), 'data');
type Row = Record<string, unknown> & { confidence?: Confidence };
interface File {
  id: string;
  confidence: Confidence;
  notes: string[];
  rows: Row[];
}
const load = (path: string) => JSON.parse(readFileSync(resolve(DATA, path), 'utf8')) as File;

function counts(file: File): Record<Confidence, number> {
  const out = { certain: 0, proved: 0, read: 0, ambiguous: 0 };
  for (const row of file.rows) out[row.confidence ?? file.confidence] += 1;
  return out;
}

/** Rows per level after the split (before it, `reconstructed` = proved + read; four BMO department rows went from certain to proved). */
const EXPECTED: Record<string, [number, number, number, number]> = {
  'bmo/bmo-study-by-basin.json': [0, 20, 0, 2],
  'bmo/bmo-study-by-department.json': [2, 10, 0, 0],
  'jobs/article-skills-domains.json': [5, 0, 0, 0],
  'jobs/job-families.json': [5, 0, 4, 0],
  'jobs/job-sheets.json': [24, 0, 5, 6],
  'jobs/occupation-synonyms.json': [0, 0, 175, 0],
  'study/ai-adoption-by-sector.json': [2, 0, 42, 0],
  'study/ai-benefits.json': [7, 0, 0, 0],
  'study/ai-uses.json': [0, 0, 6, 6],
  'study/employment-growth.json': [9, 3, 0, 0],
  'study/employment-key-figures.json': [20, 0, 0, 2],
  'study/employment-profile.json': [6, 0, 14, 10],
  'study/employment-sectors.json': [1, 0, 0, 6],
  'study/genscan-offers.json': [4, 0, 0, 0],
  'study/glossary.json': [26, 0, 0, 0],
  'study/job-activities.json': [29, 0, 0, 0],
  'study/job-offers-duration.json': [2, 0, 0, 4],
  'study/jobseekers-profile.json': [5, 6, 0, 4],
  'study/labour-market.json': [26, 4, 0, 0],
  'study/normanthiia-targets.json': [2, 0, 0, 0],
  'study/rncp-certifications.json': [12, 0, 5, 6],
  'study/rncp-establishments.json': [18, 0, 12, 0],
  'study/skills-matrix.json': [0, 8, 23, 2],
  'study/students-by-diploma.json': [6, 0, 0, 0],
};

describe('two-level confidence: counts per level', () => {
  it.each(Object.keys(EXPECTED))('%s', (path) => {
    const file = load(path);
    const [certain, proved, read, ambiguous] = EXPECTED[path]!;
    expect(counts(file)).toEqual({ certain, proved, read, ambiguous });
    // The file's level is its weakest row's.
    const weakest = CONFIDENCE_LEVELS.filter((level) => counts(file)[level] > 0).at(-1);
    expect(file.confidence).toBe(weakest ?? file.confidence);
  });

  it('no file keeps the old lumped level', () => {
    const files = ['bmo', 'jobs', 'study'].flatMap((dir) => readdirSync(resolve(DATA, dir)).filter((f) => f.endsWith('.json')).map((f) => `${dir}/${f}`));
    const text = files.map((f) => readFileSync(resolve(DATA, f), 'utf8')).join('\n');
    expect(text).not.toMatch(/"confidence": ?"reconstructed"/u);
  });

  it('a proved or read row keeps its printed number, an ambiguous row its candidates', () => {
    for (const path of Object.keys(EXPECTED)) {
      for (const row of load(path).rows) {
        const value = (row.value ?? row.projects ?? row.importance) as Measure | undefined;
        if (value === undefined) continue;
        if (row.confidence === 'ambiguous' && isMissing(value)) expect(value.candidates?.length ?? 0, `${path} ${JSON.stringify(row).slice(0, 80)}`).toBeGreaterThan(0);
        if ((row.confidence === 'read' || row.confidence === 'proved') && isMissing(value)) {
          // Only the 2015 estimates are not printed: their number is the derived estimate beside the Missing.
          expect(path).toBe('study/employment-growth.json');
          expect(typeof row.derivedEstimate).toBe('number');
        }
      }
    }
  });
});

describe('two-level confidence: every « proved » value is proved by arithmetic', () => {
  it('labour market and job seekers: the family’s published share is the weighted average of one pairing only', () => {
    const labour = load('study/labour-market.json').rows;
    const jobseekers = load('study/jobseekers-profile.json').rows;
    const de = (group: string) => labour.find((r) => r.group === group && r.indicator === 'demandeurs-emploi-abc')!.value as number;
    expect(de('ingenieurs') + de('techniciens')).toBe(de('famille'));
    const weighted = (a: number, b: number) => (de('ingenieurs') * a + de('techniciens') * b) / de('famille');
    for (const [indicator, family] of [
      ['part-hommes', 88.7],
      ['part-30-49-ans', 66.3],
    ] as const) {
      const rows = labour.filter((r) => r.indicator === indicator && r.group !== 'famille');
      expect(rows.map((r) => r.confidence)).toEqual(['proved', 'proved']);
      const [eng, tech] = ['ingenieurs', 'techniciens'].map((g) => rows.find((r) => r.group === g)!.value as number);
      expect(Math.round(weighted(eng!, tech!) * 10) / 10).toBe(family);
    }
    // Sex: the inverse pairing (women's shares as men's) would give 82,9 %, not 88,7 %.
    const share = (group: string, category: string) => jobseekers.find((r) => r.group === group && r.dimension === 'sexe' && r.category === category)!.value as number;
    expect(Math.round(weighted(share('ingenieurs', 'hommes'), share('techniciens', 'hommes')) * 10) / 10).toBe(88.7);
    expect(Math.round(weighted(100 - share('ingenieurs', 'femmes'), share('techniciens', 'femmes')) * 10) / 10).not.toBe(88.7);
    // Age: no other value of the printed triplets gives the family’s 66,3 %.
    for (const other of [34.6, 0]) expect(Math.round(weighted(other, 66.5) * 10) / 10).not.toBe(66.3);
    for (const other of [14.1, 19.4]) expect(Math.round(weighted(65.4, other) * 10) / 10).not.toBe(66.3);
    const proved = jobseekers.filter((r) => r.confidence === 'proved');
    expect(proved.map((r) => `${r.group} ${r.category}`).sort()).toEqual(
      ['ingenieurs 30-49-ans', 'ingenieurs femmes', 'ingenieurs hommes', 'techniciens 30-49-ans', 'techniciens femmes', 'techniciens hommes'].sort(),
    );
  });

  it('employment growth: each 2015 estimate is 2021 / (1 + rate)', () => {
    const rows = load('study/employment-growth.json').rows;
    for (const row of rows.filter((r) => r.confidence === 'proved')) {
      const n = rows.find((r) => r.group === row.group && r.period === '2021' && r.indicator === 'actifs-en-emploi')!.value as number;
      const rate = rows.find((r) => r.group === row.group && r.indicator === 'evolution-emploi')!.value as number;
      expect(row.derivedEstimate).toBe(Math.round(n / (1 + rate / 100)));
    }
  });

  it('skills: a shared-block level is proved only because every level printed in the block is 2', () => {
    const proved = load('study/skills-matrix.json').rows.filter((r) => r.confidence === 'proved');
    expect(proved).toHaveLength(8);
    for (const row of proved) {
      expect(row.category).toBe('comportementales');
      expect(row.importance).toBe(2);
    }
  });

  const openRange = (row: Row) => {
    const open = row.openData as { met: { value: number }; metMax: number };
    return { min: open.met.value, max: open.metMax };
  };

  it('BMO departments: each count is paired by the printed share of the total, or is the only remaining value the open data admits', () => {
    const rows = load('bmo/bmo-study-by-department.json').rows;
    expect(rows.filter((r) => r.area === 'normandie').map((r) => r.confidence)).toEqual(['certain', 'certain']);
    for (const occupation of ['M2X90', 'M1X80']) {
      const ofOccupation = rows.filter((r) => r.occupation === occupation);
      const total = ofOccupation.find((r) => r.area === 'normandie')!.projects as number;
      const departments = ofOccupation.filter((r) => r.area !== 'normandie');
      const byShare = departments.filter((r) => typeof r.shareOfRegion === 'number');
      for (const row of byShare) expect(Math.round((1000 * (row.projects as number)) / total) / 10).toBeCloseTo(row.shareOfRegion as number, 0);
      const rest = departments.filter((r) => typeof r.shareOfRegion !== 'number');
      const remaining = rest.map((r) => r.projects as number);
      expect(remaining.reduce((a, b) => a + b, 0) + byShare.reduce((a, r) => a + (r.projects as number), 0)).toBe(total);
      for (const row of departments) expect(row.confidence).toBe('proved');
      for (const row of rest) {
        const admitted = [...new Set(remaining)].filter((x) => checkRounded(x, openRange(row)) !== 'mismatch');
        expect(admitted, `${occupation} ${String(row.area)}`).toEqual([row.projects]);
      }
    }
  });

  it('BMO basins: each placed number is the only printed one its basin’s open data admits (Louviers, engineers: by the Seine-Maritime sum)', () => {
    const rows = load('bmo/bmo-study-by-basin.json').rows;
    const printed: Record<string, number[]> = {
      M2X90: [80, 0, 10, 130, 10, 20, 10, 20],
      M1X80: [220, 30, 30, 0, 70, 10, 10, 10, 10, 10, 0, 0, 10, 0],
    };
    for (const row of rows) {
      if (row.confidence === 'ambiguous') {
        expect(isMissing(row.projects as Measure)).toBe(true);
        continue;
      }
      expect(row.confidence).toBe('proved');
      const admitted = [...new Set(printed[row.occupation as string]!)].filter((x) => checkRounded(x, openRange(row)) !== 'mismatch');
      if (row.occupation === 'M2X90' && row.studyName === 'Louviers') {
        // Seine-Maritime = 90 takes 80 + 10 + 0; Calvados, Manche and Orne take 130, 20, 20: the two numbers left for Vernon and Louviers are both 10.
        const left = [...printed.M2X90!];
        for (const x of [130, 20, 20, 80, 10, 0]) left.splice(left.indexOf(x), 1);
        expect(left).toEqual([10, 10]);
        expect(row.projects).toBe(10);
      } else {
        expect(admitted, `${String(row.occupation)} ${String(row.studyName)}`).toEqual([row.projects]);
      }
    }
    // Every printed number is kept: the placed ones and the ambiguous pair's candidates make up the printed lists.
    for (const occupation of ['M2X90', 'M1X80']) {
      const placed = rows.filter((r) => r.occupation === occupation && typeof r.projects === 'number').map((r) => r.projects as number);
      const pair = rows.filter((r) => r.occupation === occupation && isMissing(r.projects as Measure));
      const fromPair = pair.length ? [0, 10] : [];
      expect([...placed, ...fromPair].sort((a, b) => a - b)).toEqual([...printed[occupation]!].sort((a, b) => a - b));
    }
  });
});

describe('two-level confidence: each chart built from the real files says what it rests on', () => {
  // Imported lazily so the data tests above stay independent of the builders.
  it('AI adoption, AI uses, the profile by diploma and the skills matrix mark the values only read; the study basins rest on proofs', async () => {
    const { chartEvidence } = await import('../../../src/charts/evidence');
    const { DEFAULT_FILTERS } = await import('../../../src/state/filters');
    const { buildAdoptionBySector } = await import('../../../src/features/ai-adoption/buildAdoptionBySector');
    const { buildAiUses } = await import('../../../src/features/ai-adoption/buildAiUses');
    const { buildEmploymentProfile } = await import('../../../src/features/employment/employmentProfile');
    const { buildSkillsMatrix } = await import('../../../src/features/skills/buildSkillsMatrix');
    const { buildStudyBasinChart } = await import('../../../src/features/recruitment/buildStudyBasinChart');
    const data = (path: string) => load(path) as never;

    const adoption = buildAdoptionBySector(data('study/ai-adoption-by-sector.json'), DEFAULT_FILTERS, 'fr');
    expect(chartEvidence(adoption)).toEqual(['certain', 'read']);
    // The two shares the text prints in clear are plain; the others carry « * » in the table and the CSV status.
    const industry = adoption.table.rows.find((row) => row.sector!.text === 'Industrie')!;
    expect(Object.values(industry).filter((cell) => cell.flag === 'read').length).toBeGreaterThan(0);
    expect(Object.values(industry).some((cell) => cell.text.endsWith('*'))).toBe(true);
    const all = adoption.table.rows.find((row) => row.sector!.text === 'Ensemble des TPE-PME')!;
    expect(all['normandie-2024']!.text).toBe('11,6\u00a0%');

    expect(chartEvidence(buildAiUses(data('study/ai-uses.json'), DEFAULT_FILTERS, 'en'))).toEqual(['read', 'ambiguous']);

    const profile = buildEmploymentProfile(data('study/employment-profile.json'), { occupation: 'M1X80' }, 'fr', 'diplome');
    expect(chartEvidence(profile)).toEqual(['certain', 'read']);
    expect(profile.table.rows.map((row) => Object.values(row)[1]!.text)).toEqual(['5,4\u00a0%*', '9,5\u00a0%*', '22,5\u00a0%*', '62,6\u00a0%']);

    const skills = buildSkillsMatrix(data('study/skills-matrix.json'), 'fr');
    expect(chartEvidence(skills)).toEqual(['proved', 'read', 'ambiguous']);

    const basins = buildStudyBasinChart(data('bmo/bmo-study-by-basin.json'), 'M1X80', { basin: null }, 'fr');
    // The open-data column is the published open data (certain); the study's figures are all proved.
    expect(chartEvidence(basins)).toEqual(['certain', 'proved']);
  });
});

import type { SourceRef } from '../../data/contract';
import type { SkillsMatrixRow } from '../../data/schemas/study';
import { SKILL_CATEGORY_LABELS } from '../../data/schemas/study';
import { UNCERTAIN_DECAL } from '../../charts/theme';
import { buildSkillsMatrix, LEVEL_COLORS } from './buildSkillsMatrix';

const SOURCE: SourceRef = { publisher: 'Carif-Oref', dataset: 'Entretiens', year: '2024', citation: 'Sources : Entretiens qualitatifs – Traitement Carif-Oref de Normandie' };
const JOBS = { 'data-ingenieur': 'Data ingénieur', 'developpeur-ia': 'Développeur informatique spécialisé IA' } as const;

function skill(job: keyof typeof JOBS, slug: string, category: SkillsMatrixRow['category'], importance: SkillsMatrixRow['importance']): SkillsMatrixRow {
  return { job, jobLabel: JOBS[job], skill: slug, skillLabel: `Libellé ${slug}`, category, categoryLabel: SKILL_CATEGORY_LABELS[category], importance };
}

const rows: SkillsMatrixRow[] = [
  skill('data-ingenieur', 'bases-de-donnees', 'techniques', 3),
  skill('data-ingenieur', 'travail-equipe', 'comportementales', 1),
  skill('data-ingenieur', 'anglais', 'comportementales', { missing: 'ambiguous', candidates: [2] }),
  skill('developpeur-ia', 'machine-learning', 'techniques', 2),
  skill('developpeur-ia', 'bases-de-donnees', 'techniques', 2),
  skill('developpeur-ia', 'anglais', 'comportementales', { missing: 'ambiguous', candidates: [2] }),
];

interface HeatSeries {
  data: { value: [number, number, number]; itemStyle?: { color?: string } }[];
  itemStyle: { decal?: unknown };
}
function parts(model: ReturnType<typeof buildSkillsMatrix>) {
  return model.option as unknown as {
    series: HeatSeries[];
    xAxis: { data: string[] };
    yAxis: { data: string[]; axisLabel: { formatter: (code: string) => string } };
  };
}

describe('buildSkillsMatrix', () => {
  it('lays skills out by category, each category under a header, jobs as columns', () => {
    const { xAxis, yAxis } = parts(buildSkillsMatrix({ rows, source: SOURCE }, 'fr'));
    expect(xAxis.data).toEqual(['Data ingénieur', 'Développeur informatique spécialisé IA']);
    expect(yAxis.data).toEqual(['categorie:techniques', 'bases-de-donnees', 'machine-learning', 'categorie:comportementales', 'travail-equipe', 'anglais']);
    expect(yAxis.axisLabel.formatter('categorie:techniques')).toBe('{header|Compétences techniques}');
    expect(yAxis.axisLabel.formatter('anglais')).toBe('Libellé anglais');
  });

  it('colours each known level and prints it; an uncertain level is hatched; an unlisted skill is a separate grey cell', () => {
    const [known, uncertain, notListed] = parts(buildSkillsMatrix({ rows, source: SOURCE }, 'fr')).series;
    expect(known!.data).toContainEqual(expect.objectContaining({ value: [0, 1, 3], itemStyle: { color: LEVEL_COLORS[3] } }));
    expect(known!.data).toContainEqual(expect.objectContaining({ value: [1, 2, 2], itemStyle: { color: LEVEL_COLORS[2] } }));
    expect(uncertain!.data.map((cell) => cell.value.slice(0, 2))).toEqual([[0, 5], [1, 5]]);
    expect(uncertain!.itemStyle.decal).toMatchObject({ dashArrayY: UNCERTAIN_DECAL.dashArrayY });
    // Data engineer does not list machine learning; the AI developer does not list team work.
    expect(notListed!.data.map((cell) => cell.value.slice(0, 2))).toEqual([[0, 2], [1, 4]]);
  });

  it('gives the table one row per skill with levels in words, uncertain values flagged with their candidate', () => {
    const model = buildSkillsMatrix({ rows, source: SOURCE }, 'fr');
    expect(model.table.columns.map((column) => column.label)).toEqual(['Catégorie', 'Compétence', 'Data ingénieur', 'Développeur informatique spécialisé IA']);
    expect(model.table.rows).toHaveLength(4);
    expect(model.table.rows[0]!['data-ingenieur']).toEqual({ text: '3 – très élevé', sort: 3 });
    expect(model.table.rows[1]!['data-ingenieur']).toEqual({ text: 'non citée', sort: null, flag: 'not-in-source' });
    expect(model.table.rows[3]!['developpeur-ia']).toEqual({ text: 'niveau incertain (candidat lu : 2)', sort: null, flag: 'ambiguous' });
    expect(model.notes.join(' ')).toContain('Case hachurée');
    expect(model.summary).toBe(
      'Data ingénieur : niveau très élevé pour 1 des 3 compétences citées. Développeur informatique spécialisé IA : niveau très élevé pour 0 des 3 compétences citées. 2 compétences sont citées pour les deux métiers.',
    );
    expect(model.source).toBe(SOURCE.citation);
  });

  it('reserves height for every row so the page does not jump, more on phones where labels wrap', () => {
    expect(buildSkillsMatrix({ rows, source: SOURCE }, 'fr').height).toBe(60 + 6 * 28);
    expect(buildSkillsMatrix({ rows, source: SOURCE }, 'fr', true).height).toBe(60 + 6 * 40);
  });

  it('returns no option without rows', () => {
    expect(buildSkillsMatrix({ rows: [], source: SOURCE }, 'fr').option).toBeNull();
  });
});

import type { SourceRef } from '../../data/contract';
import type { SkillsMatrixRow } from '../../data/schemas/study';
import { SKILL_CATEGORY_LABELS } from '../../data/schemas/study';
import { buildSkillsMatrix, LEVEL_COLORS } from './buildSkillsMatrix';

const SOURCE: SourceRef = {
  publisher: 'Carif-Oref',
  dataset: 'Entretiens',
  year: '2024',
  citation: 'Sources : Entretiens qualitatifs – Traitement Carif-Oref de Normandie',
};
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

describe('buildSkillsMatrix', () => {
  it('lays skills out by category, each category under a header, jobs as columns', () => {
    const heatmap = buildSkillsMatrix({ rows, source: SOURCE }, 'fr').heatmap!;
    expect(heatmap.columns.map((column) => column.label)).toEqual(['Data ingénieur', 'Développeur informatique spécialisé IA']);
    expect(heatmap.rows.map((row) => row.key)).toEqual([
      'categorie:techniques',
      'bases-de-donnees',
      'machine-learning',
      'categorie:comportementales',
      'travail-equipe',
      'anglais',
    ]);
    expect(heatmap.rows[0]).toEqual({ key: 'categorie:techniques', label: 'Compétences techniques', header: true });
    expect(heatmap.rows[5]).toEqual({ key: 'anglais', label: 'Libellé anglais' });
  });

  it('states each known level, an uncertain level with its candidates, and an unlisted skill as no cell at all', () => {
    const heatmap = buildSkillsMatrix({ rows, source: SOURCE }, 'fr').heatmap!;
    expect(heatmap.cells[1]).toEqual([
      { kind: 'number', value: 3 },
      { kind: 'number', value: 2 },
    ]);
    // English: the level is not settled by the text (hatched « ? » by the chart layer).
    expect(heatmap.cells[5]).toEqual([
      { kind: 'ambiguous', candidates: [2] },
      { kind: 'ambiguous', candidates: [2] },
    ]);
    // Data engineer does not list machine learning; the AI developer does not list team work.
    expect(heatmap.cells[2]![0]).toBeNull();
    expect(heatmap.cells[4]![1]).toBeNull();
    expect(heatmap.levels).toEqual([1, 2, 3].map((value) => ({ value, color: LEVEL_COLORS[value as 1 | 2 | 3] })));
    expect(heatmap.tooltip!(1, 0)).toBe('Libellé bases-de-donnees\nData ingénieur : 3 – très élevé');
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

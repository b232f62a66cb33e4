import type { SourceRef } from '../../data/contract';
import type { ArticleSkillsDomainRow } from '../../data/schemas/jobs';
import { buildArticleDomains } from './buildArticleDomains';

const SOURCE: SourceRef = {
  publisher: 'Global Work Hub (blog)',
  dataset: 'Article',
  year: '2026',
  citation: 'Source : Global Work Hub, article de blog (sans sources citées)',
};
const rows: ArticleSkillsDomainRow[] = [
  {
    id: 'cybersecurite',
    order: 2,
    label: 'Cybersécurité',
    skills: [{ name: 'Conformité', examples: 'RGPD, ISO 27001' }],
    claims: [
      {
        text: 'Le marché devrait croître de 12% par an.',
        context: 'Besoin croissant',
        figure: { value: 12, unit: '% par an', horizon: '2027', text: '12% par an' },
      },
    ],
    lines: '27-37',
  },
  {
    id: 'data-analytics',
    order: 1,
    label: 'Data et Analytics',
    skills: [
      { name: 'Data Analysis', examples: 'SQL, Python' },
      { name: 'BI', examples: 'Power BI' },
    ],
    claims: [],
    lines: '63-73',
  },
];

describe('buildArticleDomains', () => {
  it('marks a context source with a visible secondary-source badge and a note', () => {
    const model = buildArticleDomains({ rows, source: SOURCE, authority: 'context', period: '2024' }, 'fr');
    expect(model.badge).toBe('Source secondaire : article de blog d’un recruteur, sans sources citées');
    expect(model.notes[0]).toContain('moindre autorité');
    expect(model.source).toBe(SOURCE.citation);
  });

  it('keeps the article’s order and lists every skill in the table', () => {
    const model = buildArticleDomains({ rows, source: SOURCE, authority: 'context', period: '2024' }, 'fr');
    expect(model.domains.map((domain) => domain.label)).toEqual(['Data et Analytics', 'Cybersécurité']);
    expect(model.table.rows.map((row) => [row.domain!.text, row.skill!.text])).toEqual([
      ['Data et Analytics', 'Data Analysis'],
      ['Data et Analytics', 'BI'],
      ['Cybersécurité', 'Conformité'],
    ]);
    expect(model.subtitle).toBe('2 domaines de compétences numériques, 2024, sans portée normande');
  });

  it('never turns the article’s figure into a plotted value', () => {
    const model = buildArticleDomains({ rows, source: SOURCE, authority: 'context', period: '2024' }, 'fr');
    expect(model.option).toBeNull();
    expect(model.notes.join(' ')).toContain('ni source, ni territoire');
  });

  it('shows no badge for a primary source, and says there is no data when empty', () => {
    expect(buildArticleDomains({ rows, source: SOURCE, authority: 'primary', period: '2024' }, 'fr').badge).toBeNull();
    const empty = buildArticleDomains({ rows: [], source: SOURCE, authority: 'context', period: '2024' }, 'fr');
    expect(empty.domains).toEqual([]);
    expect(empty.summary).toBe('Aucune donnée pour cette sélection');
  });
});

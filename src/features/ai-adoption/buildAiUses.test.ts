import { buildAiUses } from './buildAiUses';
import { SOURCE, aiUseRow } from './testFixtures';

const ambiguousN = { missing: 'ambiguous' as const, candidates: [2.7, 2, 1.2] };
const ambiguousF = { missing: 'ambiguous' as const, candidates: [3.2, 2.7, 2.5] };
const rows = [
  aiUseRow('controle-qualite-detection', 'normandie', 1.3, 'Contrôle qualité, détection'),
  aiUseRow('generation-texte-voix-image', 'normandie', 8.8, 'Génération de texte, de voix ou d’image'),
  aiUseRow('automatisation-taches', 'normandie', ambiguousN, 'Automatisation de tâches (libellé absent du texte extrait)'),
  aiUseRow('chatbot-assistant-recherche', 'normandie', 3.3, 'Chatbot'),
  aiUseRow('controle-qualite-detection', 'france', 1, 'Contrôle qualité, détection'),
  aiUseRow('generation-texte-voix-image', 'france', 9.5, 'Génération de texte, de voix ou d’image'),
  aiUseRow('automatisation-taches', 'france', ambiguousF, 'Automatisation de tâches (libellé absent du texte extrait)'),
  aiUseRow('chatbot-assistant-recherche', 'france', 5.5, 'Chatbot'),
];
const data = { rows, source: SOURCE };

function described(model: ReturnType<typeof buildAiUses>) {
  if (!model.description) throw new Error('no chart description');
  return model.description;
}

describe('buildAiUses', () => {
  it('sorts uses by Normandie share, an uncertain one by the middle of its candidates', () => {
    const model = buildAiUses(data, { sector: null, year: null }, 'fr');
    expect(described(model).categories.map((category) => category.label)).toEqual([
      'Génération de texte, de voix ou d’image',
      'Chatbot',
      'Automatisation de tâches',
      'Contrôle qualité, détection',
    ]);
    expect(model.summary).toMatch(/Génération de texte.*8,8\s%.*9,5\s%.*valeur incertaine : 1\./u);
  });

  it('draws an ambiguous use as a hatched band between its smallest and largest candidates, never as one bar', () => {
    const { series } = described(buildAiUses(data, { sector: null, year: null }, 'fr'));
    expect(series.map((s) => s.name)).toEqual(['Normandie', 'France']);
    const [normandie] = series;
    // Index 2 = automatisation (see the sort above): the layer draws an ambiguous value as a band over its candidates.
    expect(normandie!.values[2]).toEqual({ kind: 'ambiguous', candidates: [2.7, 2, 1.2] });
    expect(normandie!.labels?.[2]).toMatch(/^1,2\s% à 2,7\s% \?$/u);
    // Confident uses are plain values, labelled the layer's way.
    expect(normandie!.values[0]).toEqual({ kind: 'number', value: 8.8 });
    expect(normandie!.labels?.[0]).toBeUndefined();
  });

  it('lists the candidates of an ambiguous use in the table, flagged, and explains it in the notes', () => {
    const model = buildAiUses(data, { sector: null, year: null }, 'fr');
    const row = model.table.rows[2]!;
    expect(row.use!.text).toBe('Automatisation de tâches (libellé absent du texte extrait)');
    expect(row.normandie!.flag).toBe('ambiguous');
    expect(row.normandie!.text).toMatch(/^valeur incertaine \(2,7\s% ; 2\s% ; 1,2\s%\)$/u);
    expect(row.france!.text).toMatch(/3,2\s% ; 2,7\s% ; 2,5\s%/u);
    expect(model.notes.join(' ')).toContain('Bandes hachurées');
    expect(model.notes).toContain('« Automatisation de tâches » : libellé absent du texte extrait.');
  });

  it('has nothing to show for 2023 (uses are published for 2024 only)', () => {
    const model = buildAiUses(data, { sector: null, year: 2023 }, 'fr');
    expect(model.option).toBeNull();
    expect(model.notes).toContain('Cet indicateur n’est publié que pour 2024.');
  });

  it('returns no option without rows', () => {
    expect(buildAiUses({ rows: [], source: SOURCE }, { sector: null, year: null }, 'fr').option).toBeNull();
  });
});

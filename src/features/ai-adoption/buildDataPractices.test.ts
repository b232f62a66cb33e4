import { barValueText } from '../../charts/bars';
import { buildDataPractices } from './buildDataPractices';
import { adoptionRow, SOURCE } from './testFixtures';

const rows = [
  adoptionRow('data-exchange', 'ensemble', 2023, 'normandie', 21.1),
  adoptionRow('data-exchange', 'transport-logistique', 2023, 'normandie', 37, { rank: 1 }),
  adoptionRow('data-exchange', 'commerce', 2023, 'normandie', 32.2, { rank: 2 }),
  adoptionRow('data-exchange', 'ensemble', 2023, 'france', 23.2),
  adoptionRow('data-exchange', 'transport-logistique', 2023, 'france', 34.3, { rank: 1 }),
  adoptionRow('data-exchange', 'numerique', 2023, 'france', 31.3, { rank: 2 }),
  adoptionRow('decision-analytics', 'ensemble', 2023, 'normandie', 8.9),
];
const data = { rows, source: SOURCE };
const noFilter = { sector: null, year: null } as const;

function described(model: ReturnType<typeof buildDataPractices>) {
  if (!model.description) throw new Error('no chart description');
  return model.description;
}

describe('buildDataPractices', () => {
  it('keeps one indicator, total first, Normandie’s ranking then sectors only France publishes', () => {
    const model = buildDataPractices(data, 'data-exchange', noFilter, 'fr');
    expect(model.id).toBe('ai-data-exchange-by-sector');
    expect(model.categories).toEqual(['ensemble', 'transport-logistique', 'commerce', 'numerique']);
    expect(described(model).series.map((s) => s.name)).toEqual(['Normandie 2023', 'France 2023']);
    expect(described(model).series[0]!.values.slice(0, 3)).toEqual([21.1, 37, 32.2].map((value) => ({ kind: 'number', value })));
  });

  it('labels a sector outside a territory’s top 4 “non publié” instead of drawing 0', () => {
    const model = buildDataPractices(data, 'data-exchange', noFilter, 'fr');
    const france = described(model).series[1]!;
    expect(france.values[2]).toEqual({ kind: 'not-in-source' });
    expect(barValueText(described(model), france.values[2]!)).toBe('non publié');
    const row = model.table.rows[2]!;
    expect(row.france).toEqual({ text: 'non publié', sort: null, flag: 'not-in-source' });
    expect(row['normandie-rank']!.text).toBe('2');
    expect(row.normandie!.text).toMatch(/^32,2\s%$/u);
    expect(model.notes.join(' ')).toContain('« non publié » ne veut pas dire zéro');
  });

  it('highlights the picked sector', () => {
    const model = buildDataPractices(data, 'data-exchange', { sector: 'commerce', year: null }, 'fr');
    expect(described(model).emphasis).toEqual({ picked: 'commerce' });
    expect(model.highlight).toMatch(/^Commerce \(détail et gros\) : Normandie 2023 32,2\s% ; France 2023 non publié\.$/u);
  });

  it('has nothing to show for 2024 (published for 2023 only)', () => {
    const model = buildDataPractices(data, 'data-exchange', { sector: null, year: 2024 }, 'fr');
    expect(model.option).toBeNull();
    expect(model.notes).toContain('Cet indicateur n’est publié que pour 2023.');
  });

  it('returns no option for an indicator without rows', () => {
    expect(buildDataPractices({ rows: rows.slice(0, 3), source: SOURCE }, 'decision-analytics', noFilter, 'fr').option).toBeNull();
  });
});

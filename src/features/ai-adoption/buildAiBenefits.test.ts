import type { AiBenefitsRow } from '../../data/schemas/study';
import { buildAiBenefits } from './buildAiBenefits';
import { barTooltipText, barValueText } from '../../charts/bars';
import { SOURCE } from './testFixtures';

const bva = { survey: 'bva-pole-emploi-2023', surveyLabel: 'Enquête BVA', sample: '3 000 entreprises' } as const;
const laboria = { survey: 'laboria-2023', surveyLabel: 'LaborIA', sample: '250 entreprises' } as const;
const rows: AiBenefitsRow[] = [
  { ...bva, benefit: 'accelerer', benefitLabel: 'Accélérer le travail', value: 87 },
  { ...bva, benefit: 'relation-client', benefitLabel: 'Relation client', value: 58 },
  { ...laboria, benefit: 'erreur', benefitLabel: 'Réduire le risque d’erreur', value: 85 },
  { ...laboria, benefit: 'securite', benefitLabel: 'Sécurité', value: { missing: 'not-in-source', note: 'sans pourcentage' } },
];

describe('buildAiBenefits', () => {
  it('gives each survey its own series and states both samples', () => {
    const model = buildAiBenefits({ rows, source: SOURCE }, 'fr');
    const series = model.description!.series;
    expect(series.map((s) => s.name)).toEqual(['Enquête BVA', 'LaborIA']);
    expect(series[0]!.values).toEqual([{ kind: 'number', value: 87 }, { kind: 'number', value: 58 }, null, null]);
    expect(model.description!.max).toBe(100);
    expect(barTooltipText(model.description!, 2)).toMatch(/^Réduire le risque d’erreur\nLaborIA : 85\s%$/u);
    expect(model.notes).toEqual([expect.stringContaining('champs différents'), 'Enquête BVA : 3 000 entreprises.', 'LaborIA : 250 entreprises.']);
    expect(model.summary).toMatch(/^D’après 2 enquêtes nationales de 2023, .*« Accélérer le travail » \(87\s%, Enquête BVA\)/u);
  });

  it('shows a benefit cited without a figure in words, never as a bar', () => {
    const model = buildAiBenefits({ rows, source: SOURCE }, 'fr');
    const laboria = model.description!.series[1]!;
    expect(laboria.values[3]).toEqual({ kind: 'not-in-source' });
    expect(barValueText(model.description!, laboria.values[3]!)).toBe('cité sans pourcentage');
    expect(model.table.rows[3]!.value).toEqual({ text: 'cité sans pourcentage', sort: null, flag: 'not-in-source' });
    expect(model.table.rows[2]!.value!.text).toMatch(/^85\s%$/u);
  });

  it('returns no option without rows', () => {
    expect(buildAiBenefits({ rows: [], source: SOURCE }, 'fr').option).toBeNull();
  });
});

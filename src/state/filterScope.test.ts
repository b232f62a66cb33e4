import { loadCharts } from '../app/charts';
import { ignoredFiltersNote } from '../features/filters';
import { translator } from '../i18n/i18n';
import { DEFAULT_FILTERS } from './filters';
import { ignoredFilters, sectionFilters, VIEW_SCOPES } from './filterScope';

describe('filter scopes', () => {
  it('declares every chart the app registers, in its own section', async () => {
    const charts = await loadCharts();
    for (const chart of charts) {
      expect(VIEW_SCOPES[chart.id], chart.id).toBeDefined();
      expect(VIEW_SCOPES[chart.id]!.section, chart.id).toBe(chart.section);
    }
  });

  it('Emploi with « Calvados » and « 2019 » says both are ignored; the occupation is followed', () => {
    const filters = { ...DEFAULT_FILTERS, occupation: 'A0X40', dep: '14' as const, year: 2019 as const };
    expect(ignoredFilters('employment-growth', filters)).toEqual(['dep', 'year']);
    expect(ignoredFiltersNote('employment-growth', filters, translator('fr'))).toBe(
      'Les filtres « Département : Calvados (14) » et « Année : 2019 » ne s’appliquent pas ici.',
    );
    expect(ignoredFiltersNote('employment-growth', filters, translator('en'))).toBe(
      'The filters “Department: Calvados (14)” and “Year: 2019” do not apply here.',
    );
  });

  it('says nothing when every active filter is followed', () => {
    const filters = { ...DEFAULT_FILTERS, dep: '14' as const, measure: 'difficiles' as const };
    expect(ignoredFiltersNote('recruitment-map', filters, translator('fr'))).toBeNull();
  });

  it('the measure applies only to Recrutements, the year only to IA', () => {
    const sections = ['vue-ensemble', 'emploi', 'ia', 'recrutements', 'competences', 'formations', 'metiers'] as const;
    expect(sections.filter((section) => sectionFilters(section).has('measure'))).toEqual(['recrutements']);
    expect(sections.filter((section) => sectionFilters(section).has('year'))).toEqual(['ia']);
  });
});

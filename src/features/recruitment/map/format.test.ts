import { joinBasins } from './join';
import { BASINS_FIXTURE, ROWS_FIXTURE } from './map.fixtures';
import { basinTooltipLines, formatBasinValue, formatRank } from './format';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('basin texts', () => {
  const projects = new Map(joinBasins(ROWS_FIXTURE, BASINS_FIXTURE, ['M2X90', 'M1X80'], 'projets').basins.map((basin) => [basin.code, basin]));

  it('writes values in fr-FR, lower bounds as "au moins", secret and absent values in words', () => {
    expect(formatBasinValue(projects.get('2801')!, 'projets', 'fr')).toBe(`1${NNBSP}234`);
    expect(formatBasinValue(projects.get('2806')!, 'projets', 'fr')).toBe('au moins 20');
    expect(formatBasinValue(projects.get('2817')!, 'projets', 'fr')).toBe('secret statistique');
    expect(formatBasinValue(projects.get('2821')!, 'projets', 'fr')).toBe('aucun projet');
    expect(formatBasinValue(projects.get('2806')!, 'projets', 'en')).toBe('at least 20');
  });

  it('writes ranks in French and English', () => {
    expect(formatRank(1, 27, 'fr')).toBe('1er sur 27');
    expect(formatRank(3, 27, 'fr')).toBe('3e sur 27');
    expect(formatRank(2, 27, 'en')).toBe('2nd of 27');
    expect(formatRank(11, 27, 'en')).toBe('11th of 27');
  });

  it('gives the tooltip name, value, rank, share of the region and the lower-bound warning', () => {
    const lines = basinTooltipLines(projects.get('2806')!, 'projets', 27, 'fr');
    expect(lines).toEqual([
      'Le Havre (2806)',
      'Projets de recrutement : au moins 20',
      'Rang : 2e sur 27',
      `Part des projets de la région : ≈ 1,6${NBSP}%`,
      'Valeur minimale : des cases soumises au secret statistique (moins de 5 projets) ne sont pas comptées.',
    ]);
    expect(basinTooltipLines(projects.get('2817')!, 'projets', 27, 'fr')).toContain('Rang : non classé');
  });

  it('sets label and value apart the English way in English (no French space before the colon)', () => {
    const lines = basinTooltipLines(projects.get('2806')!, 'projets', 27, 'en');
    expect(lines.slice(1, 3)).toEqual(['Recruitment projects: at least 20', 'Rank: 2nd of 27']);
    expect(lines.join('\n')).not.toMatch(/ :/u);
  });
});

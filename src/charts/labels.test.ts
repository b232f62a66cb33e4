import { textWidth, wrapLabel } from './labels';

describe('wrapLabel', () => {
  it('breaks between words only: a long word keeps its own line, never cut (« télécommunicat/ion »)', () => {
    const lines = wrapLabel('Information et télécommunication', 12);
    expect(lines).toEqual(['Information', 'et', 'télécommunication']);
    for (const word of 'Information et télécommunication'.split(' ')) expect(lines).toContain(word);
  });

  it('never starts a line with punctuation (« Services spécialisés / , techniques »)', () => {
    expect(wrapLabel('Services spécialisés, techniques', 22)).toEqual(['Services spécialisés,', 'techniques']);
    const french = wrapLabel('Données : usages et risques ; bilan ?', 8);
    expect(french.every((line) => !/^[,;:.!?»]/u.test(line))).toBe(true);
    expect(french).toContain('Données :');
  });

  it('keeps an opening guillemet with the word after it', () => {
    const lines = wrapLabel('Le mot « intelligence » ici', 10);
    expect(lines.some((line) => line.endsWith('«'))).toBe(false);
  });

  it('may break a word longer than a line after one of its hyphens', () => {
    expect(wrapLabel('Activités financières-assurances', 14)).toEqual(['Activités', 'financières-', 'assurances']);
  });

  it('keeps a short label on one line', () => {
    expect(wrapLabel('Industrie', 22)).toEqual(['Industrie']);
    expect(wrapLabel('  ', 22)).toEqual([]);
  });

  it('estimates widths generously (more than half an em per character)', () => {
    expect(textWidth('au moins 1 230', 11)).toBeGreaterThanOrEqual(14 * 11 * 0.5);
  });
});

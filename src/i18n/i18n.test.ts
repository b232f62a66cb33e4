import { describe, expect, it } from 'vitest';
import { translator } from './i18n';

describe('translator', () => {
  it('is one function per language, whose texts follow the call’s values (interpolation, plurals, language)', () => {
    const fr = translator('fr');
    expect(translator('fr')).toBe(fr);
    expect(fr('filters.toggle', { count: 1 })).toBe('Filtres (1 actif)');
    expect(fr('filters.toggle', { count: 3 })).toBe('Filtres (3 actifs)');
    expect(fr('filters.toggle', { count: 0 })).toBe('Filtres');
    // Asked again after another call: the remembered text is that call's own, not the last one's.
    expect(fr('filters.toggle', { count: 1 })).toBe('Filtres (1 actif)');
    expect(fr('recruitment.rankOf', { rank: '2e', total: 27 })).toBe('2e sur 27');
    expect(fr('recruitment.rankOf', { rank: '2e', total: 16 })).toBe('2e sur 16');
    expect(translator('en')('recruitment.rankOf', { rank: '2nd', total: 27 })).toBe('2nd of 27');
  });
});

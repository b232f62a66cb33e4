import { describe, expect, it } from 'vitest';
import { labelOrder } from './labelRank';

const basin = (code: string, status: 'value' | 'secret' | 'none', value: number | null, label = code) => ({ code, label, status, value });

describe('labelOrder', () => {
  const basins = [
    basin('none-big', 'none', null),
    basin('small', 'value', 12),
    basin('secret', 'secret', null),
    basin('rouen', 'value', 4200),
    basin('zero', 'value', 0),
    basin('caen', 'value', 3100),
  ];

  it('names the largest values first, never a basin without project before one with projects', () => {
    expect(labelOrder(basins)).toEqual(['rouen', 'caen', 'small', 'zero', 'secret', 'none-big']);
  });

  it('keeps the selected basin first, whatever its value', () => {
    expect(labelOrder(basins, { selected: 'none-big' })[0]).toBe('none-big');
    expect(labelOrder(basins, { selected: 'none-big' }).slice(1)).toEqual(['rouen', 'caen', 'small', 'zero', 'secret']);
  });

  it('breaks ties by area on the map, then by name', () => {
    const tied = [basin('b', 'value', 5, 'Bolbec'), basin('a', 'value', 5, 'Alençon'), basin('c', 'value', 5, 'Caen')];
    expect(labelOrder(tied)).toEqual(['a', 'b', 'c']);
    expect(
      labelOrder(tied, {
        area: new Map([
          ['c', 2],
          ['b', 1],
        ]),
      }),
    ).toEqual(['c', 'b', 'a']);
  });
});

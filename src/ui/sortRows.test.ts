import { sortRows } from './sortRows';

const rows = [
  { name: { text: 'Évreux', sort: 'Évreux' }, value: { text: '120', sort: 120 } },
  { name: { text: 'Caen', sort: 'Caen' }, value: { text: 'secret statistique', sort: null } },
  { name: { text: 'Alençon', sort: 'Alençon' }, value: { text: '1 300', sort: 1300 } },
];

describe('sortRows', () => {
  it('keeps the original order without a sort', () => {
    expect(sortRows(rows, null).map((r) => r.name.text)).toEqual(['Évreux', 'Caen', 'Alençon']);
  });

  it('sorts numbers numerically, not as text', () => {
    expect(sortRows(rows, { key: 'value', direction: 'desc' }).map((r) => r.name.text)).toEqual(['Alençon', 'Évreux', 'Caen']);
  });

  it('puts missing values last in both directions', () => {
    expect(sortRows(rows, { key: 'value', direction: 'asc' }).at(-1)?.name.text).toBe('Caen');
    expect(sortRows(rows, { key: 'value', direction: 'desc' }).at(-1)?.name.text).toBe('Caen');
  });

  it('sorts French names ignoring accents', () => {
    expect(sortRows(rows, { key: 'name', direction: 'asc' }).map((r) => r.name.text)).toEqual(['Alençon', 'Caen', 'Évreux']);
  });
});

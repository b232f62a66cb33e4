import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BASINS, DEPARTMENTS } from '../../../src/state/territories';

// The URL is validated before data loads, so the basin list is a constant; it must match the data.
const basinsFile = JSON.parse(readFileSync(resolve(process.cwd(), 'data/geo/basins.json'), 'utf8')) as {
  rows: { code: string; label: string; dep: string; depName: string }[];
};

describe('territory constants', () => {
  it('list exactly the 27 basins of data/geo/basins.json with the same labels and departments', () => {
    expect(BASINS.map(({ code, label, dep }) => ({ code, label, dep }))).toEqual(basinsFile.rows.map(({ code, label, dep }) => ({ code, label, dep })));
    expect(BASINS).toHaveLength(27);
  });

  it('name departments as the data does', () => {
    const names = new Map(basinsFile.rows.map((row) => [row.dep, row.depName]));
    expect(DEPARTMENTS.map((dep) => [dep.code, dep.label])).toEqual([...names.entries()].sort(([a], [b]) => a.localeCompare(b)));
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BMO_FAMILIES, BMO_OCCUPATION_CODES, FRANCE_NUM_SECTORS } from '../../../src/state/knownValues';

// The URL is validated before data loads, so the known values are constants; they must match the data.
const read = <T>(file: string) => JSON.parse(readFileSync(resolve(process.cwd(), 'data', file), 'utf8')) as T;

describe('values a URL may name', () => {
  it('sectors: exactly the FranceNum sectors of data/study/ai-adoption-by-sector.json but the total, in its order', () => {
    const { rows } = read<{ rows: { sector: string }[] }>('study/ai-adoption-by-sector.json');
    const inData = [...new Set(rows.map((row) => row.sector))].filter((sector) => sector !== 'ensemble');
    expect([...FRANCE_NUM_SECTORS]).toEqual(inData);
  });

  it('occupations: exactly the codes and families of data/bmo/bmo-2024-occupations.json', () => {
    const { rows } = read<{ rows: { code: string; family: string }[] }>('bmo/bmo-2024-occupations.json');
    expect([...BMO_OCCUPATION_CODES]).toEqual(rows.map((row) => row.code).sort());
    expect([...BMO_FAMILIES]).toEqual([...new Set(rows.map((row) => row.family))].sort());
  });

  it('occupations: every code the recruitment data uses is known', () => {
    const { rows } = read<{ rows: { occupation: string }[] }>('bmo/bmo-2024-normandie.json');
    expect([...new Set(rows.map((row) => row.occupation))].filter((code) => !BMO_OCCUPATION_CODES.has(code))).toEqual([]);
  });
});

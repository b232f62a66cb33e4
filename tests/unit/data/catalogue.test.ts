import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as v from 'valibot';
import { buildCatalogue } from '../../../scripts/build-catalogue';
import { Catalogue } from '../../../src/data/contract';
import { datasets } from '../../../src/data/registry';

const dataDir = resolve(process.cwd(), 'data');

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsonFiles(path);
    return name.endsWith('.json') ? [relative(dataDir, path)] : [];
  });
}

describe('data/index.json', () => {
  const catalogue = JSON.parse(readFileSync(join(dataDir, 'index.json'), 'utf8')) as unknown;

  it('is a valid catalogue', () => {
    expect(v.safeParse(Catalogue, catalogue).success).toBe(true);
  });

  it('is up to date with the data files (run `npm run data:catalogue` after changing data)', () => {
    expect(catalogue).toEqual(buildCatalogue((catalogue as { generated: string }).generated));
  });

  // index.json (the catalogue) and datapackage.json (the bulk download, tests/unit/data/datapackage.test.ts) describe the datasets.
  it('every JSON file under data/ is a declared dataset, and every dataset validates', () => {
    const declared = new Map(Object.entries(datasets).map(([id, definition]) => [definition.file, { id, definition }]));
    for (const file of jsonFiles(dataDir).filter((file) => file !== 'index.json' && file !== 'datapackage.json')) {
      const entry = declared.get(file);
      expect(entry, `data/${file} is not declared in src/data/schemas`).toBeDefined();
      const result = v.safeParse(entry!.definition.schema, JSON.parse(readFileSync(join(dataDir, file), 'utf8')));
      expect(result.success, `data/${file}: ${result.issues?.map((issue) => `${v.getDotPath(issue)} ${issue.message}`).join('; ')}`).toBe(true);
    }
  });
});

/**
 * Writes `data/index.json`, the catalogue of every dataset the app declares
 * (src/data/registry.ts), with a release label derived from the files'
 * content: embeds made with "version figée" pin that label. The date only
 * changes when the content does, so regenerating is deterministic.
 *
 *   npx tsx scripts/build-catalogue.ts [--check]
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { datasets } from '../src/data/registry';

const root = resolve(import.meta.dirname, '..');
const dataDir = resolve(root, 'data');
const cataloguePath = resolve(dataDir, 'index.json');

interface CatalogueFile {
  release: string;
  generated: string;
  datasets: { id: string; file: string; title: string; group: string }[];
}

export function buildCatalogue(today = new Date().toISOString().slice(0, 10)): CatalogueFile {
  const entries = Object.entries(datasets)
    .map(([id, definition]) => {
      const path = resolve(dataDir, definition.file);
      if (!existsSync(path)) throw new Error(`${id} : fichier manquant data/${definition.file}`);
      const json = JSON.parse(readFileSync(path, 'utf8')) as { id?: string; title?: string };
      if (json.id !== id) throw new Error(`data/${definition.file} : id « ${json.id} » au lieu de « ${id} »`);
      return { id, file: definition.file, title: json.title ?? id, group: definition.group };
    })
    .sort((a, b) => a.file.localeCompare(b.file));

  const hash = createHash('sha256');
  for (const entry of entries) hash.update(entry.file).update(readFileSync(resolve(dataDir, entry.file)));
  const release = hash.digest('hex').slice(0, 10);

  const previous = existsSync(cataloguePath) ? (JSON.parse(readFileSync(cataloguePath, 'utf8')) as CatalogueFile) : null;
  const generated = previous?.release === release ? previous.generated : today;
  return { release, generated, datasets: entries };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const catalogue = buildCatalogue();
  const text = `${JSON.stringify(catalogue, null, 2)}\n`;
  if (process.argv.includes('--check')) {
    const current = existsSync(cataloguePath) ? readFileSync(cataloguePath, 'utf8') : '';
    if (current !== text) {
      console.error('data/index.json is out of date: run `npm run data:catalogue`.');
      process.exit(1);
    }
    console.log(`data/index.json is up to date (release ${catalogue.release}).`);
  } else {
    writeFileSync(cataloguePath, text);
    console.log(`data/index.json: ${catalogue.datasets.length} datasets, release ${catalogue.release}`);
  }
}

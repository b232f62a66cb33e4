/**
 * The bulk download (#13): every dataset of the data contract
 * (`src/data/registry.ts`) as a Frictionless Data Package —
 * `data/datapackage.json` plus one CSV per dataset under `data/csv/`.
 *
 * Each dataset gives two resources: `<id>` — its rows as CSV (UTF-8, `,`
 * separator, `.` decimals, the Frictionless defaults) with a Table Schema —
 * and `<id>-json`, the dashboard's own JSON file (metadata, notes and rows).
 * Every resource carries its title, its source and its licence as the file
 * states them.
 *
 * How rows become columns, so numbers stay numbers:
 * - a value the source does not give as one number (`{ missing: … }`) leaves
 *   its column empty and fills `<field>_status` (`secret`, `ambiguous`,
 *   `not-in-source`), with `<field>_candidates` for the possible readings;
 * - an object's fields become `<field>_<sub>` columns (a BMO total gives
 *   `_value` and `_lowerBound`, true when a secret cell makes it a minimum);
 * - a list of words becomes one string joined by « | »; a list of objects, JSON.
 *
 * Deterministic: a second run writes the same bytes.
 *
 *   npx tsx scripts/data-package.ts [--check]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { CONFIDENCE_LEVELS } from '../src/data/contract';
import { datasets } from '../src/data/registry';

const root = resolve(import.meta.dirname, '..');
const dataDir = resolve(root, 'data');
export const PACKAGE_PATH = resolve(dataDir, 'datapackage.json');

type Cell = string | number | boolean | null;
type FieldType = 'string' | 'number' | 'integer' | 'boolean';

interface DatasetFile {
  id: string;
  title: string;
  title_en?: string;
  unit: string;
  period: string;
  source: { publisher: string; dataset: string; year: string; citation: string; licence?: string; url?: string };
  notes: string[];
  rows: Record<string, unknown>[];
}

const isMissing = (value: unknown): value is { missing: string; candidates?: number[] } =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { missing?: unknown }).missing === 'string';

/** One row as flat columns (see the header comment). */
export function flatten(row: Record<string, unknown>, prefix = ''): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  for (const [key, value] of Object.entries(row)) {
    const name = `${prefix}${key}`;
    if (value === null || value === undefined) out[name] = null;
    else if (isMissing(value)) {
      out[name] = null;
      out[`${name}_status`] = value.missing;
      if (value.candidates) out[`${name}_candidates`] = value.candidates.join(' | ');
    } else if (Array.isArray(value)) {
      out[name] = value.every((item) => typeof item !== 'object' || item === null) ? value.join(' | ') : JSON.stringify(value);
    } else if (typeof value === 'object') Object.assign(out, flatten(value as Record<string, unknown>, `${name}_`));
    else out[name] = value as Cell;
  }
  return out;
}

function fieldType(values: readonly Cell[]): FieldType {
  const present = values.filter((value) => value !== null && value !== '');
  if (present.length > 0 && present.every((value) => typeof value === 'boolean')) return 'boolean';
  if (present.length > 0 && present.every((value) => typeof value === 'number'))
    return present.every((value) => Number.isInteger(value)) ? 'integer' : 'number';
  return 'string';
}

/** The CSV text and Table Schema of one dataset's rows. */
interface Field {
  name: string;
  type: FieldType;
  /** The row's confidence: one of the contract's four levels (certain, proved, read, ambiguous), checked by the validator. */
  constraints?: { enum: string[] };
}

export function tabulate(rows: readonly Record<string, unknown>[]): { csv: string; fields: Field[] } {
  const flat = rows.map((row) => flatten(row));
  const names: string[] = [];
  for (const row of flat) for (const name of Object.keys(row)) if (!names.includes(name)) names.push(name);
  const fields: Field[] = names.map((name) => {
    const type = fieldType(flat.map((row) => row[name] ?? null));
    return name === 'confidence' && type === 'string' ? { name, type, constraints: { enum: [...CONFIDENCE_LEVELS] } } : { name, type };
  });
  const table = flat.map((row) =>
    names.map((name) => {
      const value = row[name];
      return value === null || value === undefined ? '' : typeof value === 'boolean' ? String(value) : value;
    }),
  );
  return { csv: `${Papa.unparse({ fields: names, data: table }, { newline: '\n' })}\n`, fields };
}

function licenceOf(source: DatasetFile['source']) {
  if (source.licence && /Licence Ouverte/i.test(source.licence))
    return { name: 'etalab-2.0', path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/', title: source.licence };
  // Not an open licence: figures quoted from the study, with their source to cite (Open Definition id « other-at »: attribution).
  return { name: 'other-at', title: source.licence ?? `Reprise avec citation de la source : ${source.citation}` };
}

export function buildPackage(): { descriptor: Record<string, unknown>; csvs: Map<string, string> } {
  const csvs = new Map<string, string>();
  const resources: Record<string, unknown>[] = [];
  for (const [id, definition] of Object.entries(datasets).sort(([a], [b]) => a.localeCompare(b))) {
    const file = JSON.parse(readFileSync(resolve(dataDir, definition.file), 'utf8')) as DatasetFile;
    const { csv, fields } = tabulate(file.rows);
    const csvPath = `csv/${id}.csv`;
    csvs.set(csvPath, csv);
    const common = {
      title: file.title,
      description: [`${file.unit}, ${file.period}.`, file.source.citation, ...(file.title_en ? [`English title: ${file.title_en}`] : [])].join(' '),
      sources: [{ title: `${file.source.publisher} — ${file.source.dataset} (${file.source.year})`, ...(file.source.url ? { path: file.source.url } : {}) }],
      licenses: [licenceOf(file.source)],
    };
    resources.push({
      name: id,
      path: csvPath,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', doubleQuote: true, header: true },
      ...common,
      schema: { fields, missingValues: [''] },
    });
    resources.push({
      name: `${id}-json`,
      path: definition.file,
      profile: 'data-resource',
      format: 'json',
      mediatype: 'application/json',
      encoding: 'utf-8',
      ...common,
    });
  }
  const descriptor = {
    profile: 'data-package',
    name: 'observatoire-data-ia-normandie',
    title: 'Observatoire Data & IA Normandie — données',
    description:
      'Toutes les données du tableau de bord : chaque jeu en CSV (séparateur « , », décimales « . », valeurs absentes vides avec une colonne _status qui dit pourquoi : secret, ambiguous, not-in-source) et dans le fichier JSON du tableau de bord (métadonnées, notes de lecture). Généré par `npm run data:package`.',
    licenses: [{ name: 'other-at', title: 'Chaque ressource porte sa licence et sa source ; citer la source de chaque chiffre.' }],
    resources,
  };
  return { descriptor, csvs };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const { descriptor, csvs } = buildPackage();
  const text = `${JSON.stringify(descriptor, null, 2)}\n`;
  if (process.argv.includes('--check')) {
    const stale = [...csvs]
      .filter(([path, csv]) => !existsSync(resolve(dataDir, path)) || readFileSync(resolve(dataDir, path), 'utf8') !== csv)
      .map(([path]) => path);
    if (!existsSync(PACKAGE_PATH) || readFileSync(PACKAGE_PATH, 'utf8') !== text) stale.push('datapackage.json');
    if (stale.length) {
      console.error(`data package out of date (${stale.join(', ')}): run \`npm run data:package\`.`);
      process.exit(1);
    }
    console.log('data/datapackage.json is up to date.');
  } else {
    mkdirSync(resolve(dataDir, 'csv'), { recursive: true });
    for (const [path, csv] of csvs) writeFileSync(resolve(dataDir, path), csv);
    writeFileSync(PACKAGE_PATH, text);
    console.log(`data/datapackage.json: ${(descriptor.resources as unknown[]).length} resources, ${csvs.size} CSV files`);
  }
}

/**
 * Parser of France Travail's BMO open-data CSV (used by `scripts/data-bmo.ts`):
 * typed rows with French errors naming the CSV line and column. Kept apart
 * from `./bmo.ts` so the app's bundle does not carry papaparse.
 */
import Papa from 'papaparse';
import { secretCell, type BmoCount, type BmoMeasure, type BmoOccupation, type BmoRow } from './bmo';
import type { DepCode } from './schemas/bmo';
// ---------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------

/** Columns of the open-data file, as published (order does not matter). */
export const BMO_COLUMNS = {
  year: 'annee',
  occupation: 'Code métier BMO',
  occupationLabel: 'Nom métier BMO',
  family: 'Famille_met',
  familyLabel: 'Lbl_fam_met',
  region: 'REG',
  regionName: 'NOM_REG',
  dep: 'Dept',
  depName: 'NomDept',
  basin: 'BE24',
  basinName: 'NOMBE24',
  met: 'met',
  xmet: 'xmet',
  smet: 'smet',
} as const;
type ColumnKey = keyof typeof BMO_COLUMNS;

export interface BmoBasinRef {
  code: string;
  /** Official NOMBE24. */
  name: string;
  dep: DepCode;
  depName: string;
}

export interface ParsedBmo {
  /** Survey year, from the `annee` column. */
  year: number;
  /** Sorted by occupation, then basin. */
  rows: BmoRow[];
  /** Sorted by code. */
  occupations: BmoOccupation[];
  /** Basins present in the file, sorted by code. */
  basins: BmoBasinRef[];
}

/** Thrown by {@link parseBmoCsv}; `issues` lists every problem found ("Ligne 42 : …"). */
export class BmoParseError extends Error {
  readonly issues: readonly string[];
  constructor(issues: readonly string[]) {
    const shown = issues.slice(0, 20);
    const more = issues.length > shown.length ? `\n… et ${issues.length - shown.length} autre(s) erreur(s)` : '';
    super(`Fichier BMO invalide (${issues.length} erreur(s)) :\n${shown.join('\n')}${more}`);
    this.name = 'BmoParseError';
    this.issues = issues;
  }
}

const DEPS: readonly string[] = ['14', '27', '50', '61', '76'];
const OCCUPATION_RE = /^[A-Z][A-Z\d][A-Z]\d{2}$/;
const BASIN_RE = /^28\d{2}$/;

/**
 * Reads one cell of met / xmet / smet: a non-negative integer, or `*` (secret).
 * Returns an error message (without the line prefix) when invalid.
 */
export function parseCountCell(raw: string, column: BmoMeasure): BmoCount | string {
  const text = raw.trim();
  if (text === '*') return secretCell();
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    if (Number.isSafeInteger(n) && n <= 10_000_000) return n;
  }
  return `valeur « ${raw} » invalide pour ${column} (entier ou « * » attendu)`;
}

/**
 * Parses the BMO open-data CSV of Normandie (REG = 28).
 *
 * Line numbers in errors are those of the file (the header is line 1). Every
 * row is checked; on any problem a {@link BmoParseError} listing all of them
 * is thrown, so a caller writes nothing.
 */
export function parseBmoCsv(text: string): ParsedBmo {
  const input = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(input, { header: false, skipEmptyLines: false });
  const issues: string[] = [];
  const records = parsed.data;

  // Line number (1-based) where each record starts; a quoted field may span lines.
  const lineOf: number[] = [];
  let line = 1;
  for (const record of records) {
    lineOf.push(line);
    line += 1 + record.reduce((n, field) => n + (field.match(/\n/g)?.length ?? 0), 0);
  }
  for (const error of parsed.errors) {
    const at = error.row !== undefined ? lineOf[error.row] : undefined;
    issues.push(`${at !== undefined ? `Ligne ${at}` : 'Fichier'} : CSV mal formé (${error.message})`);
  }

  const header = (records[0] ?? []).map((name) => name.trim());
  const index = {} as Record<ColumnKey, number>;
  for (const [key, name] of Object.entries(BMO_COLUMNS) as [ColumnKey, string][]) {
    const at = header.indexOf(name);
    if (at < 0) issues.push(`Ligne 1 : colonne « ${name} » absente de l'en-tête`);
    index[key] = at;
  }
  if (issues.length > 0) throw new BmoParseError(issues);

  let year: number | undefined;
  let yearLine = 0;
  const rows: BmoRow[] = [];
  const occupations = new Map<string, BmoOccupation & { line: number }>();
  const basins = new Map<string, BmoBasinRef & { line: number }>();
  const seen = new Map<string, number>();

  for (let r = 1; r < records.length; r++) {
    const record = records[r] ?? [];
    const at = lineOf[r] ?? r + 1;
    if (record.every((field) => field.trim() === '')) continue; // blank line
    const problem = (message: string) => issues.push(`Ligne ${at} : ${message}`);
    if (record.length !== header.length) {
      problem(`${record.length} champ(s) au lieu de ${header.length}`);
      continue;
    }
    const get = (key: ColumnKey) => (record[index[key]] ?? '').trim();
    const before = issues.length;

    const yearText = get('year');
    if (!/^\d{4}$/.test(yearText)) problem(`valeur « ${yearText} » invalide pour ${BMO_COLUMNS.year} (année sur 4 chiffres attendue)`);
    else if (year === undefined) {
      year = Number(yearText);
      yearLine = at;
    } else if (Number(yearText) !== year) problem(`${BMO_COLUMNS.year} « ${yearText} » différente de celle de la ligne ${yearLine} (${year})`);

    const occupation = get('occupation');
    if (!OCCUPATION_RE.test(occupation))
      problem(`valeur « ${occupation} » invalide pour ${BMO_COLUMNS.occupation} (code du type M2X90 attendu)`);
    const label = get('occupationLabel');
    if (label === '') problem(`${BMO_COLUMNS.occupationLabel} vide`);
    const family = get('family');
    if (!/^[A-Z]$/.test(family)) problem(`valeur « ${family} » invalide pour ${BMO_COLUMNS.family} (une lettre majuscule attendue)`);
    const familyLabel = get('familyLabel');
    if (familyLabel === '') problem(`${BMO_COLUMNS.familyLabel} vide`);
    const region = get('region');
    if (region !== '28') problem(`valeur « ${region} » invalide pour ${BMO_COLUMNS.region} (28, Normandie, attendu)`);
    const dep = get('dep');
    if (!DEPS.includes(dep)) problem(`valeur « ${dep} » invalide pour ${BMO_COLUMNS.dep} (14, 27, 50, 61 ou 76 attendu)`);
    const depName = get('depName');
    if (depName === '') problem(`${BMO_COLUMNS.depName} vide`);
    const basin = get('basin');
    if (!BASIN_RE.test(basin)) problem(`valeur « ${basin} » invalide pour ${BMO_COLUMNS.basin} (code de bassin 28xx attendu)`);
    const basinName = get('basinName');
    if (basinName === '') problem(`${BMO_COLUMNS.basinName} vide`);

    const cells = {} as Record<BmoMeasure, BmoCount>;
    for (const measure of ['met', 'xmet', 'smet'] as const) {
      const cell = parseCountCell(record[index[measure]] ?? '', measure);
      if (typeof cell === 'string') problem(cell);
      else cells[measure] = cell;
    }
    const met = cells.met;
    for (const part of ['xmet', 'smet'] as const) {
      const value = cells[part];
      if (typeof met === 'number' && typeof value === 'number' && value > met) problem(`${part} (${value}) supérieur à met (${met})`);
    }
    if (issues.length > before) continue;

    // Consistency across lines.
    const key = `${occupation}|${basin}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problem(`doublon métier ${occupation} × bassin ${basin} (déjà ligne ${first})`);
      continue;
    }
    seen.set(key, at);
    const known = occupations.get(occupation);
    if (!known) occupations.set(occupation, { code: occupation, label, family, familyLabel, line: at });
    else if (known.label !== label || known.family !== family || known.familyLabel !== familyLabel)
      problem(`libellé ou famille du métier ${occupation} différent de la ligne ${known.line}`);
    const knownBasin = basins.get(basin);
    if (!knownBasin) basins.set(basin, { code: basin, name: basinName, dep: dep as DepCode, depName, line: at });
    else if (knownBasin.dep !== dep || knownBasin.name !== basinName || knownBasin.depName !== depName)
      problem(`bassin ${basin} « ${basinName} » (${dep}) différent de la ligne ${knownBasin.line} (« ${knownBasin.name} », ${knownBasin.dep})`);

    rows.push({ occupation, basin, dep: dep as DepCode, met: cells.met, xmet: cells.xmet, smet: cells.smet });
  }

  if (rows.length === 0 && issues.length === 0) issues.push('Fichier : aucune ligne de données');
  if (issues.length > 0 || year === undefined) throw new BmoParseError(issues);

  rows.sort((a, b) => compare(a.occupation, b.occupation) || compare(a.basin, b.basin));
  return {
    year,
    rows,
    occupations: [...occupations.values()]
      .map(({ code, label, family, familyLabel }) => ({ code, label, family, familyLabel }))
      .sort((a, b) => compare(a.code, b.code)),
    basins: [...basins.values()]
      .map(({ code, name, dep, depName }) => ({ code, name, dep, depName }))
      .sort((a, b) => compare(a.code, b.code)),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}


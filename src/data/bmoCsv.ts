/**
 * Parser of France Travail's BMO open-data CSV (used by `scripts/data-bmo.ts`):
 * typed rows with French errors naming the CSV line and column. Kept apart
 * from `./bmo.ts` so the app's bundle does not carry papaparse.
 */
import Papa from 'papaparse';
import { secretCell, type BmoCount, type BmoMeasure, type BmoOccupation, type BmoRow } from './bmo';
import { METRO_REGION_CODES, REGION_NAMES, type DepCode, type RegionCode } from './schemas/bmo';
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

/** A running sum of cells: published values and the number of secret cells left out. */
export interface CellSum {
  value: number;
  secretCells: number;
}

/** Per occupation × region sums of the three measures, over every line of a national file. */
export interface NationalSums {
  /** Every occupation of the file (all regions), sorted by code. */
  occupations: BmoOccupation[];
  /** Regions present in the file, sorted by code. */
  regions: RegionCode[];
  /** Key `${occupation}|${region}`. */
  cells: Map<string, Record<BmoMeasure, CellSum>>;
}

export interface ParsedBmo {
  /** Survey year, from the `annee` column. */
  year: number;
  /** Normandie (REG = 28) only. Sorted by occupation, then basin. */
  rows: BmoRow[];
  /** Sorted by code. */
  occupations: BmoOccupation[];
  /** Basins of Normandie present in the file, sorted by code. */
  basins: BmoBasinRef[];
  /** Present when the file holds lines of other regions than Normandie (the whole-of-France file). */
  national?: NationalSums;
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
const NORMANDIE = '28';
const OTHER_DEP_RE = /^(?:\d{2}|2[AB]|97\d)$/;
const OTHER_BASIN_RE = /^\d{3,4}$/;
const isRegion = (code: string): code is RegionCode => Object.hasOwn(REGION_NAMES, code);

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
 * Reads the BMO open-data CSV one record at a time (see {@link parseBmoCsv}
 * for text and `scripts/data-bmo.ts` for a streamed file). Keeps the rows of
 * Normandie and, for the other regions, only per occupation × region sums, so
 * the whole-of-France file is never held as rows in memory.
 *
 * Line numbers in errors are those of the file (the header is line 1). Every
 * record is checked; {@link finish} throws a {@link BmoParseError} listing all
 * problems, so a caller writes nothing.
 */
export class BmoCsvReader {
  private readonly issues: string[] = [];
  private line = 1;
  private header: string[] | undefined;
  private readonly index = {} as Record<ColumnKey, number>;
  private year: number | undefined;
  private yearLine = 0;
  private readonly rows: BmoRow[] = [];
  private readonly occupations = new Map<string, BmoOccupation & { line: number }>();
  private readonly basins = new Map<string, { code: string; name: string; dep: string; depName: string; region: string; line: number }>();
  private readonly regionNames = new Map<string, { name: string; line: number }>();
  private readonly seen = new Map<string, number>();
  private readonly sums = new Map<string, Record<BmoMeasure, CellSum>>();
  private outsideNormandie = false;

  /** A CSV-level error (malformed quotes…) reported by the CSV parser for the current record. */
  csvError(message: string): void {
    this.issues.push(`Ligne ${this.line} : CSV mal formé (${message})`);
  }

  /** Feeds one record (the first one is the header). */
  record(fields: readonly string[]): void {
    const at = this.line;
    this.line += 1 + fields.reduce((n, field) => n + (field.match(/\n/g)?.length ?? 0), 0);
    if (this.header === undefined) {
      this.readHeader(fields);
      return;
    }
    this.readRow(fields, at);
  }

  private readHeader(fields: readonly string[]): void {
    const header = fields.map((name, i) => (i === 0 ? name.replace(/^\uFEFF/, '') : name).trim());
    this.header = header;
    for (const [key, name] of Object.entries(BMO_COLUMNS) as [ColumnKey, string][]) {
      const at = header.indexOf(name);
      if (at < 0) this.issues.push(`Ligne 1 : colonne « ${name} » absente de l'en-tête`);
      this.index[key] = at;
    }
  }

  private readRow(record: readonly string[], at: number): void {
    const header = this.header ?? [];
    if (Object.values(this.index).some((i) => i < 0)) return;
    if (record.every((field) => field.trim() === '')) return; // blank line
    const issues = this.issues;
    const problem = (message: string) => issues.push(`Ligne ${at} : ${message}`);
    if (record.length !== header.length) {
      problem(`${record.length} champ(s) au lieu de ${header.length}`);
      return;
    }
    const get = (key: ColumnKey) => (record[this.index[key]] ?? '').trim();
    const before = issues.length;

    const yearText = get('year');
    if (!/^\d{4}$/.test(yearText)) problem(`valeur « ${yearText} » invalide pour ${BMO_COLUMNS.year} (année sur 4 chiffres attendue)`);
    else if (this.year === undefined) {
      this.year = Number(yearText);
      this.yearLine = at;
    } else if (Number(yearText) !== this.year) problem(`${BMO_COLUMNS.year} « ${yearText} » différente de celle de la ligne ${this.yearLine} (${this.year})`);

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
    const regionName = get('regionName');
    const normandie = region === NORMANDIE;
    if (!isRegion(region)) problem(`valeur « ${region} » invalide pour ${BMO_COLUMNS.region} (code de région Insee attendu : ${Object.keys(REGION_NAMES).sort().join(', ')})`);
    else if (regionName === '') problem(`${BMO_COLUMNS.regionName} vide`);
    const dep = get('dep');
    const depName = get('depName');
    const basin = get('basin');
    const basinName = get('basinName');
    if (normandie) {
      if (!DEPS.includes(dep)) problem(`valeur « ${dep} » invalide pour ${BMO_COLUMNS.dep} (14, 27, 50, 61 ou 76 attendu)`);
      if (!BASIN_RE.test(basin)) problem(`valeur « ${basin} » invalide pour ${BMO_COLUMNS.basin} (code de bassin 28xx attendu)`);
    } else if (isRegion(region)) {
      if (!OTHER_DEP_RE.test(dep)) problem(`valeur « ${dep} » invalide pour ${BMO_COLUMNS.dep} (code de département attendu)`);
      if (!OTHER_BASIN_RE.test(basin) || !basin.startsWith(String(Number(region))))
        problem(`valeur « ${basin} » invalide pour ${BMO_COLUMNS.basin} (code de bassin de la région ${region} attendu)`);
    }
    if (depName === '') problem(`${BMO_COLUMNS.depName} vide`);
    if (basinName === '') problem(`${BMO_COLUMNS.basinName} vide`);

    const cells = {} as Record<BmoMeasure, BmoCount>;
    for (const measure of ['met', 'xmet', 'smet'] as const) {
      const cell = parseCountCell(record[this.index[measure]] ?? '', measure);
      if (typeof cell === 'string') problem(cell);
      else cells[measure] = cell;
    }
    const met = cells.met;
    for (const part of ['xmet', 'smet'] as const) {
      const value = cells[part];
      if (typeof met === 'number' && typeof value === 'number' && value > met) problem(`${part} (${value}) supérieur à met (${met})`);
    }
    if (issues.length > before) return;

    // Consistency across lines.
    // Outside Normandie, 24 basins straddle departments: the file has one line per occupation × basin × department.
    const key = `${occupation}|${basin}|${dep}`;
    const first = this.seen.get(key);
    if (first !== undefined) {
      problem(`doublon métier ${occupation} × bassin ${basin}${normandie ? '' : ` × département ${dep}`} (déjà ligne ${first})`);
      return;
    }
    this.seen.set(key, at);
    const known = this.occupations.get(occupation);
    if (!known) this.occupations.set(occupation, { code: occupation, label, family, familyLabel, line: at });
    else if (known.label !== label || known.family !== family || known.familyLabel !== familyLabel)
      problem(`libellé ou famille du métier ${occupation} différent de la ligne ${known.line}`);
    const knownBasin = this.basins.get(basin);
    if (!knownBasin) this.basins.set(basin, { code: basin, name: basinName, dep, depName, region, line: at });
    else if (knownBasin.name !== basinName || knownBasin.region !== region || (normandie && (knownBasin.dep !== dep || knownBasin.depName !== depName)))
      problem(`bassin ${basin} « ${basinName} » (${dep}) différent de la ligne ${knownBasin.line} (« ${knownBasin.name} », ${knownBasin.dep})`);
    const knownRegion = this.regionNames.get(region);
    if (!knownRegion) this.regionNames.set(region, { name: regionName, line: at });
    else if (knownRegion.name !== regionName) problem(`${BMO_COLUMNS.regionName} « ${regionName} » différent de la ligne ${knownRegion.line} (« ${knownRegion.name} »)`);

    if (normandie) this.rows.push({ occupation, basin, dep: dep as DepCode, met: cells.met, xmet: cells.xmet, smet: cells.smet });
    else this.outsideNormandie = true;
    const sumKey = `${occupation}|${region}`;
    let sum = this.sums.get(sumKey);
    if (!sum) {
      sum = { met: { value: 0, secretCells: 0 }, xmet: { value: 0, secretCells: 0 }, smet: { value: 0, secretCells: 0 } };
      this.sums.set(sumKey, sum);
    }
    for (const measure of ['met', 'xmet', 'smet'] as const) {
      const cell = cells[measure];
      if (typeof cell === 'number') sum[measure].value += cell;
      else sum[measure].secretCells += 1;
    }
  }

  /** Ends the file: the parsed content, or a {@link BmoParseError} with every problem found. */
  finish(): ParsedBmo {
    const issues = this.issues;
    if (this.header === undefined) issues.push('Fichier : en-tête absent');
    const regions = [...this.regionNames.keys()].filter(isRegion).sort(compare);
    if (issues.length === 0) {
      if (this.rows.length === 0 && !this.outsideNormandie) issues.push('Fichier : aucune ligne de données');
      else if (this.rows.length === 0) issues.push(`Fichier : aucune ligne de Normandie (${BMO_COLUMNS.region} = 28)`);
      else if (this.outsideNormandie) {
        const absent = METRO_REGION_CODES.filter((code) => !regions.includes(code));
        if (absent.length > 0) issues.push(`Fichier : région(s) métropolitaine(s) absente(s) du fichier national : ${absent.join(', ')}`);
      }
    }
    if (issues.length > 0 || this.year === undefined) throw new BmoParseError(issues);

    const rows = [...this.rows].sort((a, b) => compare(a.occupation, b.occupation) || compare(a.basin, b.basin));
    const normandieCodes = new Set(rows.map((r) => r.occupation));
    const strip = ({ code, label, family, familyLabel }: BmoOccupation): BmoOccupation => ({ code, label, family, familyLabel });
    const allOccupations = [...this.occupations.values()].map(strip).sort((a, b) => compare(a.code, b.code));
    const parsed: ParsedBmo = {
      year: this.year,
      rows,
      occupations: allOccupations.filter((o) => normandieCodes.has(o.code)),
      basins: [...this.basins.values()]
        .filter((b) => b.region === NORMANDIE)
        .map(({ code, name, dep, depName }) => ({ code, name, dep: dep as DepCode, depName }))
        .sort((a, b) => compare(a.code, b.code)),
    };
    if (this.outsideNormandie) parsed.national = { occupations: allOccupations, regions, cells: this.sums };
    return parsed;
  }
}

/** Parses a whole BMO open-data CSV held in memory (tests, small files); see {@link BmoCsvReader}. */
export function parseBmoCsv(text: string): ParsedBmo {
  const reader = new BmoCsvReader();
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    header: false,
    skipEmptyLines: false,
    step: (result) => {
      for (const error of result.errors) reader.csvError(error.message);
      reader.record(result.data);
    },
  });
  return reader.finish();
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

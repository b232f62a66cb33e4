/**
 * France Travail BMO (Besoins en main-d'œuvre) — pure helpers shared by the
 * data script (`scripts/data-bmo.ts`), the map, the charts and the tests.
 *
 * - {@link parseBmoCsv}: the open-data CSV → typed rows, with French errors
 *   naming the CSV line and column.
 * - {@link sumRows}, {@link totalsBy}: sums returning the contract's `Total`
 *   (`lowerBound: true` as soon as one summed cell is secret).
 * - {@link share}, {@link difficultShare}, {@link seasonalShare}: percentages
 *   that are `Missing` when the denominator is secret or zero.
 * - {@link rangeOf}, {@link roundToTens}, {@link checkRounded}: bounds used to
 *   compare figures rounded to tens (the study's) with the open data.
 *
 * Secret cells (`*`) hold fewer than 5 projects: they are never read as 0 or 1,
 * only as `{ missing: 'secret' }`, and as the interval 0…{@link SECRET_MAX}
 * when a bound is needed.
 */
import Papa from 'papaparse';
import type { Missing, Total } from './contract';
import type { BmoCount, BmoOccupation, BmoRow, DepCode, RoundingCheck } from './schemas/bmo';

export type { BmoCount, BmoOccupation, BmoRow };

/** The largest value a secret cell can hold (the smallest published value is 5). */
export const SECRET_MAX = 4;

/** The three measures of the survey. */
export type BmoMeasure = 'met' | 'xmet' | 'smet';

/** A fresh secret marker (never share one object between rows). */
export function secretCell(): { missing: 'secret' } {
  return { missing: 'secret' };
}

export function isSecret(cell: BmoCount): cell is { missing: 'secret' } {
  return typeof cell === 'object';
}

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

/**
 * Basin names used by the Carif-Oref study (BMO 2024 pages), by BMO 2024 code.
 * "Lillebonne" is basin 2808 (BOLBEC, which contains Lillebonne and
 * Port-Jérôme); "Vernon-Louviers" covers 2810 + 2812; "Coutances" and "St-Lô"
 * share 2824. Basins the study does not show are absent.
 */
export const STUDY_BASIN_NAMES: Readonly<Record<string, readonly string[]>> = {
  '2801': ['Rouen'],
  '2802': ['Pays de Caux'],
  '2806': ['Le Havre'],
  '2808': ['Lillebonne'],
  '2810': ['Vernon-Louviers'],
  '2811': ['Evreux'],
  '2812': ['Vernon-Louviers'],
  '2814': ['Pont-Audemer'],
  '2817': ['Caen'],
  '2818': ['Bayeux'],
  '2820': ['Lisieux'],
  '2822': ['Nord Cotentin'],
  '2823': ['Sud Manche'],
  '2824': ['Coutances', 'St-Lô'],
  '2826': ['Alençon'],
  '2828': ['Mortagne-l’Aigle'],
};

/** BMO 2024 basin codes behind a study basin name ("Vernon-Louviers" → ["2810", "2812"]). */
export function basinsOfStudyName(name: string): string[] {
  return Object.keys(STUDY_BASIN_NAMES)
    .filter((code) => STUDY_BASIN_NAMES[code]?.includes(name))
    .sort();
}

// ---------------------------------------------------------------------------
// Aggregation
// ---------------------------------------------------------------------------

/** Restricts a sum; an omitted list means "all". */
export interface BmoFilter {
  occupations?: readonly string[];
  basins?: readonly string[];
  deps?: readonly string[];
}

export function matchesFilter(row: BmoRow, filter: BmoFilter = {}): boolean {
  return (
    (!filter.occupations || filter.occupations.includes(row.occupation)) &&
    (!filter.basins || filter.basins.includes(row.basin)) &&
    (!filter.deps || filter.deps.includes(row.dep))
  );
}

/** Sum of cells; `lowerBound` when any cell is secret (the true total is at least `value`). */
export function sumCells(cells: Iterable<BmoCount>): Total {
  let value = 0;
  let lowerBound = false;
  for (const cell of cells) {
    if (typeof cell === 'number') value += cell;
    else lowerBound = true;
  }
  return { value, lowerBound };
}

/** Sum of one measure over the rows matching `filter`. An empty selection gives `{ value: 0, lowerBound: false }`. */
export function sumRows(rows: readonly BmoRow[], measure: BmoMeasure, filter?: BmoFilter): Total {
  return sumCells(rows.filter((row) => matchesFilter(row, filter)).map((row) => row[measure]));
}

/** Totals of one measure grouped by basin, department or occupation (keys sorted). */
export function totalsBy(
  rows: readonly BmoRow[],
  measure: BmoMeasure,
  by: 'basin' | 'dep' | 'occupation',
  filter?: BmoFilter,
): Record<string, Total> {
  const groups = new Map<string, BmoCount[]>();
  for (const row of rows) {
    if (!matchesFilter(row, filter)) continue;
    const key = row[by];
    const list = groups.get(key);
    if (list) list.push(row[measure]);
    else groups.set(key, [row[measure]]);
  }
  const out: Record<string, Total> = {};
  for (const key of [...groups.keys()].sort()) out[key] = sumCells(groups.get(key) ?? []);
  return out;
}

/** Per-basin totals (for the choropleth). */
export const sumByBasin = (rows: readonly BmoRow[], measure: BmoMeasure, filter?: BmoFilter) => totalsBy(rows, measure, 'basin', filter);
/** Per-department totals. */
export const sumByDepartment = (rows: readonly BmoRow[], measure: BmoMeasure, filter?: BmoFilter) => totalsBy(rows, measure, 'dep', filter);
/** Per-occupation totals (ranking charts). */
export const sumByOccupation = (rows: readonly BmoRow[], measure: BmoMeasure, filter?: BmoFilter) =>
  totalsBy(rows, measure, 'occupation', filter);

/**
 * A percentage computed from totals.
 * - `value` is in percent (0–100, not rounded), or `Missing` when the
 *   denominator is 0: `secret` if it is 0 only because every cell is secret,
 *   `not-in-source` if there are no projects at all.
 * - `lowerBoundAffected`: numerator or denominator omits secret cells, so the
 *   true share may differ; show it as approximate.
 */
export interface Share {
  value: number | Missing;
  lowerBoundAffected: boolean;
}

export function share(part: Total, whole: Total): Share {
  const lowerBoundAffected = part.lowerBound || whole.lowerBound;
  if (whole.value === 0) {
    return {
      value: whole.lowerBound
        ? { missing: 'secret', note: 'dénominateur soumis au secret statistique' }
        : { missing: 'not-in-source', note: 'aucun projet de recrutement : part non définie' },
      lowerBoundAffected,
    };
  }
  return { value: Math.min(100, (100 * part.value) / whole.value), lowerBoundAffected };
}

/** Share of recruitment projects judged difficult (xmet / met), in %. */
export function difficultShare(rows: readonly BmoRow[], filter?: BmoFilter): Share {
  return share(sumRows(rows, 'xmet', filter), sumRows(rows, 'met', filter));
}

/** Share of seasonal recruitment projects (smet / met), in %. */
export function seasonalShare(rows: readonly BmoRow[], filter?: BmoFilter): Share {
  return share(sumRows(rows, 'smet', filter), sumRows(rows, 'met', filter));
}

// ---------------------------------------------------------------------------
// Bounds and rounding (comparing figures rounded to tens)
// ---------------------------------------------------------------------------

/** Closed integer interval. */
export interface Range {
  min: number;
  max: number;
}

/** Interval of the true sum of cells: each secret cell counts 0…SECRET_MAX. */
export function rangeOf(cells: Iterable<BmoCount>): Range {
  let min = 0;
  let secrets = 0;
  for (const cell of cells) {
    if (typeof cell === 'number') min += cell;
    else secrets += 1;
  }
  return { min, max: min + secrets * SECRET_MAX };
}

/** {@link rangeOf} for one measure over the rows matching `filter`. */
export function rangeOfRows(rows: readonly BmoRow[], measure: BmoMeasure, filter?: BmoFilter): Range {
  return rangeOf(rows.filter((row) => matchesFilter(row, filter)).map((row) => row[measure]));
}

/** Rounds to the nearest ten, halves up (85 → 90), as the study does. */
export function roundToTens(n: number): number {
  return Math.floor(n / 10 + 0.5) * 10;
}

/** The interval of values rounded to tens that a true value in `range` can give. */
export function roundedRange(range: Range): Range {
  return { min: roundToTens(range.min), max: roundToTens(range.max) };
}

/**
 * Compares a figure rounded to tens with the true value's interval:
 * `exact` when the interval is one value and it rounds to the figure,
 * `bound` when the figure is reachable only for some values of the secret
 * cells, `mismatch` otherwise.
 */
export function checkRounded(figure: number, range: Range): RoundingCheck {
  const rounded = roundedRange(range);
  if (figure % 10 !== 0 || figure < rounded.min || figure > rounded.max) return 'mismatch';
  return range.min === range.max ? 'exact' : 'bound';
}

/**
 * Compares a printed percentage (one decimal) with the interval of
 * part / whole, each an interval: `exact` if both are exact and the share
 * rounds to the figure, `bound` if the figure lies within reach, else `mismatch`.
 */
export function checkShare(percent: number, part: Range, whole: Range, decimals = 1): RoundingCheck {
  if (whole.max === 0) return 'mismatch';
  const step = 10 ** -decimals / 2;
  const low = (100 * part.min) / whole.max;
  const high = whole.min === 0 ? 100 : Math.min(100, (100 * part.max) / whole.min);
  if (percent + step < low || percent - step > high) return 'mismatch';
  if (part.min === part.max && whole.min === whole.max) {
    return Math.abs((100 * part.min) / whole.min - percent) <= step ? 'exact' : 'mismatch';
  }
  return 'bound';
}

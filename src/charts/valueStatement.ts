/**
 * One rule for every statement about a value. Summaries, tooltips, table
 * cells, labels and CSV exports all go through {@link statementText},
 * {@link statementCell} or {@link statementFields}, so a value reads the same
 * everywhere and the rules hold everywhere:
 *
 * - a *secret* value (BMO cells of fewer than 5 projects) is never 0, never
 *   « aucun », never « ≈ 0 % »: it is « secret statistique »;
 * - « aucun » only for a sum the source gives as zero with no secret cell;
 * - a sum that omits secret cells is a lower bound (« au moins 26 »), a share
 *   computed from such sums is approximate (« ≈ 58,2 % »);
 * - a value we computed from the source's figures (a sum of two printed
 *   figures) says how it was derived and is never labelled as the source's.
 */
import type { Confidence, Measure, Total } from '../data/contract';
import { isMissing } from '../data/contract';
import { formatNumber, formatPercent, formatSignedPercent } from '../i18n/format';
import type { Language } from '../state/filters';
import type { TableCell } from './model';

export type StatementUnit = 'count' | 'percent' | 'rate';

/** How a derived value was obtained from the source's own figures. */
export type Derivation = 'sum-of-study-figures' | 'estimate';

/**
 * How a number of the source was paired with its label when the text does not
 * print them together (`Confidence` of the data files): `proved` by arithmetic,
 * or only `read` from the layout of the extracted text (the weaker one, marked « * »).
 */
export type Evidence = 'proved' | 'read';

export type ValueStatement =
  | { kind: 'number'; value: number; evidence?: Evidence }
  /** The true value is at least `value` (a sum omitting secret cells, or « plus de 1 000 »). */
  | { kind: 'lower-bound'; value: number; strict?: boolean; words?: 'several' }
  /** A share computed from sums that omit secret cells. */
  | { kind: 'approximate'; value: number }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'secret' }
  /** The source states zero: no secret cell is hidden in it. */
  | { kind: 'none' }
  | { kind: 'not-in-source' }
  | { kind: 'undefined-share' }
  | { kind: 'ambiguous'; candidates: number[] }
  | { kind: 'derived'; value: number; how: Derivation };

export type StatementStatus = ValueStatement['kind'];

export const number = (value: number): ValueStatement => ({ kind: 'number', value });
export const secret: ValueStatement = { kind: 'secret' };

/**
 * A sum of cells some of which may be secret: 0 with a secret cell is
 * secret, 0 without is « aucun », a positive sum with a secret cell is a
 * lower bound.
 */
export function fromTotal(total: Total | undefined): ValueStatement {
  if (!total) return { kind: 'none' };
  if (total.lowerBound) return total.value === 0 ? { kind: 'secret' } : { kind: 'lower-bound', value: total.value };
  return total.value === 0 ? { kind: 'none' } : { kind: 'number', value: total.value };
}

/**
 * part / whole in percent. Every cell of the numerator secret: the share is
 * unknown (each cell 0 to 4), not « ≈ 0 % ». A secret denominator: secret.
 * No project at all: the share is not defined.
 */
export function fromShare(part: Total, whole: Total): ValueStatement {
  if (part.value === 0 && part.lowerBound) return { kind: 'secret' };
  if (whole.value === 0) return whole.lowerBound ? { kind: 'secret' } : { kind: 'undefined-share' };
  const value = Math.min(100, (100 * part.value) / whole.value);
  return part.lowerBound || whole.lowerBound ? { kind: 'approximate', value } : { kind: 'number', value };
}

/**
 * A contract value (number or typed Missing). `absent`: the dataset has no such value.
 * `confidence`: the row's level; a number `proved` or `read` carries it, so every text of it says so.
 */
export function fromMeasure(value: Measure | undefined, confidence?: Confidence): ValueStatement {
  if (value === undefined) return { kind: 'not-in-source' };
  if (!isMissing(value)) return confidence === 'proved' || confidence === 'read' ? { kind: 'number', value, evidence: confidence } : { kind: 'number', value };
  if (value.missing === 'ambiguous') return { kind: 'ambiguous', candidates: value.candidates ?? [] };
  return { kind: value.missing };
}

/** A sum we compute from the source's own (rounded) figures: null when one of them is not a confident number. */
export function derivedSum(values: readonly ValueStatement[]): ValueStatement | null {
  if (values.length === 0 || values.some((value) => value.kind !== 'number')) return null;
  return { kind: 'derived', value: values.reduce((sum, value) => sum + (value as { value: number }).value, 0), how: 'sum-of-study-figures' };
}

/** The statement's numeric value when it has one (lower bounds and approximations included). */
export function statementValue(statement: ValueStatement): number | null {
  switch (statement.kind) {
    case 'number':
    case 'lower-bound':
    case 'approximate':
    case 'derived':
      return statement.value;
    case 'none':
      return 0;
    default:
      return null;
  }
}

/** True when the statement is a confident figure of the source (no secret, bound, approximation or derivation). */
export function isExact(statement: ValueStatement): boolean {
  return statement.kind === 'number' || statement.kind === 'none';
}

const WORDS = {
  fr: {
    secret: 'secret statistique',
    none: 'aucun',
    noneCount: 'aucun projet',
    notInSource: 'non disponible',
    undefinedShare: 'non définie',
    ambiguous: 'valeur incertaine',
    atLeast: (value: string) => `au moins ${value}`,
    moreThan: (value: string) => `plus de ${value}`,
    several: 'plusieurs',
    approximately: (value: string) => `≈ ${value}`,
    range: (min: string, max: string) => `entre ${min} et ${max}`,
    or: ' ou ',
    derived: { 'sum-of-study-figures': 'somme calculée des chiffres de l’étude', estimate: 'estimation' } satisfies Record<Derivation, string>,
    read: 'lu dans la mise en page du texte, non prouvé',
  },
  en: {
    secret: 'statistical confidentiality',
    none: 'none',
    noneCount: 'no project',
    notInSource: 'not available',
    undefinedShare: 'not defined',
    ambiguous: 'uncertain value',
    atLeast: (value: string) => `at least ${value}`,
    moreThan: (value: string) => `more than ${value}`,
    several: 'several',
    approximately: (value: string) => `≈ ${value}`,
    range: (min: string, max: string) => `between ${min} and ${max}`,
    or: ' or ',
    derived: { 'sum-of-study-figures': 'sum computed from the study’s figures', estimate: 'estimate' } satisfies Record<Derivation, string>,
    read: 'read from the text’s layout, not proved',
  },
} as const;

function formatIn(value: number, unit: StatementUnit, lang: Language): string {
  if (unit === 'percent') return formatPercent(value, lang);
  if (unit === 'rate') return formatSignedPercent(value, lang);
  return formatNumber(value, lang);
}

export interface StatementOptions {
  /** « aucun projet » rather than « aucun » for a zero count of projects. */
  noneText?: string;
  /** Print a derived value without its explanation (a bar label with a legend that says it). */
  terse?: boolean;
}

/** The marker of a value only read from the layout (explained by the chart's evidence line). */
export const READ_MARKER = '*';

/** The one text of a value, in French or English. */
export function statementText(statement: ValueStatement, unit: StatementUnit, lang: Language, options: StatementOptions = {}): string {
  const words = WORDS[lang];
  switch (statement.kind) {
    case 'number': {
      const text = formatIn(statement.value, unit, lang);
      if (statement.evidence !== 'read') return text;
      return options.terse ? `${text}${READ_MARKER}` : `${text}${READ_MARKER} (${words.read})`;
    }
    case 'lower-bound': {
      if (statement.words) return words[statement.words];
      const text = formatIn(statement.value, unit, lang);
      return statement.strict ? words.moreThan(text) : words.atLeast(text);
    }
    case 'approximate':
      return words.approximately(formatIn(statement.value, unit, lang));
    case 'range':
      return words.range(formatIn(statement.min, unit, lang), formatIn(statement.max, unit, lang));
    case 'secret':
      return words.secret;
    case 'none':
      return options.noneText ?? (unit === 'count' ? words.none : formatIn(0, unit, lang));
    case 'not-in-source':
      return words.notInSource;
    case 'undefined-share':
      return words.undefinedShare;
    case 'ambiguous':
      return statement.candidates.length > 0
        ? `${words.ambiguous} (${statement.candidates.map((candidate) => formatIn(candidate, unit, lang)).join(words.or)})`
        : words.ambiguous;
    case 'derived': {
      const text = formatIn(statement.value, unit, lang);
      return options.terse ? text : `${text} (${words.derived[statement.how]})`;
    }
  }
}

const FLAGS: Partial<Record<StatementStatus, NonNullable<TableCell['flag']>>> = {
  'lower-bound': 'lower-bound',
  approximate: 'approximate',
  secret: 'secret',
  'not-in-source': 'not-in-source',
  'undefined-share': 'not-in-source',
  ambiguous: 'ambiguous',
  range: 'ambiguous',
  derived: 'derived',
};

/**
 * A table cell: shown text (a lower bound shows its number, the table's
 * `flag-lower-bound` style draws the « ≥ » and exports say « au moins »), sort key (missing values sort last), flag for the
 * table's style and the statement itself, from which the CSV export takes
 * raw numbers and a status column.
 */
export function statementCell(statement: ValueStatement, unit: StatementUnit, lang: Language, options: StatementOptions = {}): TableCell {
  // « plus de 1 000 » says it in words; « au moins 26 » is drawn "≥ 26" by the table's flag style.
  const strict = statement.kind === 'lower-bound' && statement.strict;
  const flag = strict ? undefined : statement.kind === 'number' && statement.evidence === 'read' ? 'read' : FLAGS[statement.kind];
  return {
    text: statement.kind === 'lower-bound' && !strict ? formatIn(statement.value, unit, lang) : statementText(statement, unit, lang, options),
    sort: statementValue(statement),
    ...(flag ? { flag } : {}),
    statement,
  };
}

/** Machine-readable fields for exports: value (exact only), lower bound, status (English identifiers). */
export interface StatementFields {
  value: number | null;
  lowerBound: number | null;
  status: string;
}

export function statementFields(statement: ValueStatement): StatementFields {
  switch (statement.kind) {
    case 'number':
      // A number the text does not pair with its label says how it was paired: `proved` by arithmetic, or only `read` from the layout.
      return { value: statement.value, lowerBound: null, status: statement.evidence ?? 'exact' };
    case 'none':
      return { value: 0, lowerBound: null, status: 'exact' };
    case 'lower-bound':
      return { value: null, lowerBound: statement.value, status: statement.strict ? 'more-than' : 'lower-bound' };
    case 'approximate':
      return { value: statement.value, lowerBound: null, status: 'approximate' };
    case 'derived':
      return { value: statement.value, lowerBound: null, status: `derived:${statement.how}` };
    case 'range':
      return { value: null, lowerBound: statement.min, status: 'range' };
    case 'ambiguous':
      return { value: null, lowerBound: null, status: statement.candidates.length > 0 ? `ambiguous:${statement.candidates.join('|')}` : 'ambiguous' };
    default:
      return { value: null, lowerBound: null, status: statement.kind };
  }
}

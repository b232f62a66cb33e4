/**
 * The `compare` URL parameter (issue #14): up to four territories compared
 * side by side, among the 27 basins, the 5 departments, Normandie and
 * France. Written as a comma-separated list (`compare=2817,14,normandie,france`).
 * Reading keeps what is valid: unknown tokens and duplicates are dropped, and
 * only the first four valid ones are kept, as other parameters fall back.
 */
import { isBasinCode, isDepartmentCode, type BasinCode, type DepartmentCode } from './territories';

export const MAX_COMPARED = 4;

export type CompareToken = BasinCode | DepartmentCode | 'normandie' | 'france';

export type CompareTerritory = { kind: 'basin'; code: BasinCode } | { kind: 'dep'; code: DepartmentCode } | { kind: 'normandie' } | { kind: 'france' };

export function territoryOf(token: string): CompareTerritory | null {
  if (token === 'normandie') return { kind: 'normandie' };
  if (token === 'france') return { kind: 'france' };
  if (isBasinCode(token)) return { kind: 'basin', code: token };
  if (isDepartmentCode(token)) return { kind: 'dep', code: token };
  return null;
}

/** The valid, distinct tokens of a `compare` value, at most {@link MAX_COMPARED}. */
export function compareTokens(raw: string | null): CompareToken[] {
  if (!raw) return [];
  const out: CompareToken[] = [];
  for (const part of raw.split(',')) {
    const token = part.trim();
    if (out.length < MAX_COMPARED && territoryOf(token) && !out.includes(token as CompareToken)) out.push(token as CompareToken);
  }
  return out;
}

/** The canonical parameter value, or null when nothing in it is valid. */
export function parseCompare(raw: string): string | null {
  const tokens = compareTokens(raw);
  return tokens.length > 0 ? tokens.join(',') : null;
}

/** The parameter value for a list of tokens (null when empty). */
export function compareValue(tokens: readonly string[]): string | null {
  return parseCompare(tokens.join(','));
}

/**
 * Number formatting for every view and chart. ECharts formats numbers the
 * English way by default, so option builders must use these helpers.
 * French uses a narrow no-break space for thousands and "11,6 %".
 */
import type { Measure, Missing, Total } from '../data/contract';
import { isMissing } from '../data/contract';
import type { Language } from '../state/filters';

export const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

/** What sits between a label and its value: « Secteur : Numérique », "Sector: Digital". */
export function colon(lang: Language): string {
  return lang === 'fr' ? ' : ' : ': ';
}

/** The few option sets used below, as a key (a JSON key per call showed in start-up profiles: thousands of calls). */
type FormatOptions = Pick<Intl.NumberFormatOptions, 'style' | 'signDisplay' | 'minimumFractionDigits' | 'maximumFractionDigits'>;
const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Language, options: FormatOptions): Intl.NumberFormat {
  const key = `${lang}|${options.style}|${options.signDisplay}|${options.minimumFractionDigits}|${options.maximumFractionDigits}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], options);
    cache.set(key, format);
  }
  return format;
}

export function formatNumber(value: number, lang: Language = 'fr', maximumFractionDigits = 0): string {
  return numberFormat(lang, { maximumFractionDigits }).format(value);
}

/** `value` is in percent: 11.6 → "11,6 %". */
export function formatPercent(value: number, lang: Language = 'fr', fractionDigits = 1): string {
  return numberFormat(lang, {
    style: 'percent',
    minimumFractionDigits: 0,
    maximumFractionDigits: fractionDigits,
  }).format(value / 100);
}

/** A change in percent with its sign: 12.3 → "+12,3 %". */
export function formatSignedPercent(value: number, lang: Language = 'fr', fractionDigits = 1): string {
  return numberFormat(lang, {
    style: 'percent',
    signDisplay: 'exceptZero',
    maximumFractionDigits: fractionDigits,
  }).format(value / 100);
}

const MISSING_LABELS: Record<Language, Record<Missing['missing'], string>> = {
  fr: { secret: 'secret statistique', 'not-in-source': 'non disponible', ambiguous: 'valeur incertaine' },
  en: { secret: 'statistical confidentiality', 'not-in-source': 'not available', ambiguous: 'uncertain value' },
};

export function missingLabel(value: Missing, lang: Language = 'fr'): string {
  return MISSING_LABELS[lang][value.missing];
}

export type ValueKind = 'count' | 'percent' | 'rate';

/** Any contract value, Missing ones included, as text. */
export function formatMeasure(value: Measure, kind: ValueKind, lang: Language = 'fr'): string {
  if (isMissing(value)) return missingLabel(value, lang);
  if (kind === 'percent') return formatPercent(value, lang);
  if (kind === 'rate') return formatSignedPercent(value, lang);
  return formatNumber(value, lang);
}

/** A sum that may include secret cells: "au moins 1 230". */
export function formatTotal(total: Total, lang: Language = 'fr'): string {
  // Every summed cell secret: confidential, not "at least 0" (see charts/valueStatement.ts, the one rule).
  if (total.lowerBound && total.value === 0) return MISSING_LABELS[lang].secret;
  const number = formatNumber(total.value, lang);
  if (!total.lowerBound) return number;
  return lang === 'fr' ? `au moins ${number}` : `at least ${number}`;
}

/**
 * Two percentages bounding a value, with just enough decimals (1 to 3) to
 * tell them apart; null when they are the same even at 3 decimals.
 */
export function formatPercentBounds(min: number, max: number, lang: Language = 'fr'): [string, string] | null {
  for (let digits = max - min >= 1 ? 0 : 1; digits <= 3; digits++) {
    const low = formatPercent(min, lang, digits);
    const high = formatPercent(max, lang, digits);
    if (low !== high) return [low, high];
  }
  return null;
}

/**
 * What the « Méthode et sources » panel says about one dataset, in words the
 * public reads: where its figures come from, how many rows are read as the
 * source prints them, how many are paired with their label by arithmetic
 * (`proved`), how many only by the layout of the extracted text (`read`, marked
 * « * » wherever shown), how many the text cannot settle. Pure: (dataset, lang) → lines.
 */
import { CONFIDENCE_LEVELS, type Confidence } from '../../data/contract';
import { translator } from '../../i18n/i18n';
import type { Language } from '../../state/filters';
import '../../i18n/messages/method';

export interface MethodDataset {
  id: string;
  title: string;
  title_en?: string;
  source: { citation: string };
  confidence: Confidence;
  notes: readonly string[];
  rows: readonly unknown[];
}

export interface MethodEntry {
  id: string;
  title: string;
  citation: string;
  /** One sentence per kind of evidence present in the file, the weakest last. */
  evidence: { kind: Confidence; text: string }[];
  /** The file's method notes and its rows' remarks, as written (French). */
  notes: readonly string[];
}

const ORDER: readonly Confidence[] = CONFIDENCE_LEVELS;

const rowNote = (row: unknown) => (typeof row === 'object' && row !== null ? (row as { note?: unknown }).note : undefined) as string | undefined;

/** Rows by confidence: a row's own confidence, else the file's. */
export function confidenceCounts(data: Pick<MethodDataset, 'confidence' | 'rows'>): Record<Confidence, number> {
  const counts: Record<Confidence, number> = { certain: 0, proved: 0, read: 0, ambiguous: 0 };
  for (const row of data.rows) {
    const own = typeof row === 'object' && row !== null ? (row as { confidence?: Confidence }).confidence : undefined;
    counts[own ?? data.confidence] += 1;
  }
  return counts;
}

export function methodEntry(data: MethodDataset, lang: Language): MethodEntry {
  const t = translator(lang);
  const counts = confidenceCounts(data);
  return {
    id: data.id,
    title: lang === 'en' && data.title_en ? data.title_en : data.title,
    citation: data.source.citation,
    evidence: ORDER.filter((kind) => counts[kind] > 0).map((kind) => ({ kind, text: t(`method.evidence.${kind}`, { count: counts[kind] }) })),
    notes: [...new Set([...data.notes, ...data.rows.map(rowNote).filter((note): note is string => Boolean(note))])],
  };
}

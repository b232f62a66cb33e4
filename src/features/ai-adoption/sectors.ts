/**
 * What the section's sector charts share: the FranceNum years, the sector
 * picked in the store, and what a click on a sector chart picks.
 */
import { labelIn } from '../../data/labels';
import { SECTOR_LABELS, type AiAdoptionRow } from '../../data/schemas/study';
import { translator } from '../../i18n/i18n';
import type { Filters, Language } from '../../state/filters';
import '../../i18n/messages/ai';

/** Years the FranceNum barometers cover; any other year filter is about another dataset. */
export const FRANCENUM_YEARS = [2023, 2024] as const;
export type FranceNumYear = (typeof FRANCENUM_YEARS)[number];

/** The total row of every sector list: a reference, not a sector one can pick. */
export const ALL_SECTORS = 'ensemble';

export type SectorFilters = Pick<Filters, 'sector' | 'year'>;

/** A sector's name in the page's language (French by default, as the data prints it). */
export function sectorLabel(code: string, lang: Language = 'fr'): string {
  const french = (SECTOR_LABELS as Record<string, string>)[code];
  return french ? labelIn(french, lang) : code;
}

/** Sectors a user can pick: every sector of the dataset but the total, in the dataset's order. */
export function pickableSectors(rows: readonly Pick<AiAdoptionRow, 'sector' | 'sectorLabel'>[]): { code: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const row of rows) if (row.sector !== ALL_SECTORS && !seen.has(row.sector)) seen.set(row.sector, row.sectorLabel);
  return [...seen].map(([code, label]) => ({ code, label }));
}

/** Clicking the sector already picked clears it, as users expect from a toggle. */
export function toggledSector(current: string | null, clicked: string | undefined): string | null | undefined {
  if (!clicked || clicked === ALL_SECTORS) return undefined;
  return current === clicked ? null : clicked;
}

/** Minimal shape of the ECharts click event parameters we read. */
export interface ChartClick {
  componentType?: string;
  dataIndex?: number;
  value?: unknown;
}

/** The sector under a click on a bar or on its axis label, given the axis categories (codes). */
export function sectorAtClick(params: unknown, categories: readonly string[]): string | undefined {
  const click = params as ChartClick;
  if (click.componentType === 'series' && typeof click.dataIndex === 'number') return categories[click.dataIndex];
  if (click.componentType === 'yAxis' && typeof click.value === 'string' && categories.includes(click.value)) return click.value;
  return undefined;
}

/** Which FranceNum years a chart covering `available` shows, and whether the year filter was ignored. */
export function focusedYears(available: readonly number[], year: Filters['year']): { years: number[]; ignoredYear: number | null } {
  if (year === null) return { years: [...available], ignoredYear: null };
  if ((FRANCENUM_YEARS as readonly number[]).includes(year)) return { years: available.filter((y) => y === year), ignoredYear: null };
  return { years: [...available], ignoredYear: year };
}

/** What the picked sector shows in this chart, or that it is not in it. */
export function pickedSentence(picked: string | null, sectors: readonly string[], describe: (code: string) => string, lang: Language): string | null {
  const t = translator(lang);
  if (!picked) return null;
  if (!sectors.includes(picked)) return t('ai.highlightAbsent', { sector: sectorLabel(picked, lang) });
  return t('ai.highlight', { sector: sectorLabel(picked, lang), values: describe(picked) });
}

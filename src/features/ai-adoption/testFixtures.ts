/** Fixture helpers shared by this feature's tests (not shipped: only test files import it). */
import type { SourceRef } from '../../data/contract';
import type { AiAdoptionRow, AiUsesRow } from '../../data/schemas/study';
import { SECTOR_LABELS } from '../../data/schemas/study';

export const SOURCE: SourceRef = {
  publisher: 'France Num (DGE)',
  dataset: 'Baromètre',
  year: '2023 et 2024',
  citation: 'Source : Baromètres FranceNum, traitement Carif-Oref de Normandie',
};

const INDICATOR_LABELS: Record<AiAdoptionRow['indicator'], string> = {
  ai: 'IA',
  'data-exchange': 'Échange de données',
  'decision-analytics': 'Analyse décisionnelle',
};

export function adoptionRow(
  indicator: AiAdoptionRow['indicator'],
  sector: keyof typeof SECTOR_LABELS,
  year: 2023 | 2024,
  area: 'normandie' | 'france',
  value: AiAdoptionRow['value'],
  extra: Partial<AiAdoptionRow> = {},
): AiAdoptionRow {
  return { indicator, indicatorLabel: INDICATOR_LABELS[indicator], sector, sectorLabel: SECTOR_LABELS[sector], year, area, value, ...extra };
}

/** Three sectors + the total, both years, both areas: enough to test order, series and highlight. */
export function aiRows(): AiAdoptionRow[] {
  const table: [keyof typeof SECTOR_LABELS, number, number, number, number][] = [
    // sector, Normandie 2023, Normandie 2024, France 2023, France 2024
    ['ensemble', 3.5, 11.6, 4.8, 12.8],
    ['industrie', 3.6, 13.4, 2.8, 10.8],
    ['numerique', 5.4, 20.1, 14, 39.6],
    ['transport-logistique', 5.5, 8.6, 2.4, 12.4],
  ];
  return table.flatMap(([sector, n23, n24, f23, f24]) => [
    adoptionRow('ai', sector, 2023, 'normandie', n23),
    adoptionRow('ai', sector, 2024, 'normandie', n24),
    adoptionRow('ai', sector, 2023, 'france', f23),
    adoptionRow('ai', sector, 2024, 'france', f24),
  ]);
}

export function aiUseRow(use: AiUsesRow['use'], area: 'normandie' | 'france', value: AiUsesRow['value'], useLabel?: string): AiUsesRow {
  return { use, useLabel: useLabel ?? use, area, year: 2024, value };
}

/** Minimal shapes of the option parts the tests read. */
export interface TestBarItem {
  value: number | null;
  itemStyle?: { opacity?: number; borderColor?: string; color?: string; decal?: unknown };
  label?: { formatter?: unknown; show?: boolean };
}
export interface TestSeries {
  name: string;
  stack?: string;
  type: string;
  data: TestBarItem[];
  itemStyle?: { decal?: unknown; color?: string };
}
export interface TestAxis {
  data: string[];
  axisLabel: { formatter: (value: string | number) => string };
}

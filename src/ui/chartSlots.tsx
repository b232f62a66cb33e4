/**
 * What a chart frame shows that only a feature knows, filled in from above:
 * `ui` may not import `features`, so the app hands the frame these pieces
 * (the note on active filters the view ignores, from the filters feature; « Ajouter à la présentation », from the
 * deck feature).
 */
import { createContext, useContext, type ReactNode } from 'react';

export interface ChartSlots {
  /** Under the subtitle of the chart `viewId`: e.g. « Le filtre « Année : 2019 » ne s’applique pas ici. » */
  headerNote?: (viewId: string) => ReactNode;
  /** Among the chart's share actions: e.g. « Ajouter à la présentation ». */
  shareAction?: (chart: { id: string; title: string }) => ReactNode;
}

const ChartSlotsContext = createContext<ChartSlots>({});

export const ChartSlotsProvider = ChartSlotsContext.Provider;

export function useChartSlots(): ChartSlots {
  return useContext(ChartSlotsContext);
}

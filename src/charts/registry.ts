import type { ComponentType } from 'react';
import type { SectionId } from '../state/sections';

/**
 * A chart the app can show on its own: in its section, alone in an embed
 * (`?embed=<id>`), as a presentation slide. Each feature exports its entries
 * from its index; `src/app/charts.ts` lists them in presentation order.
 * `Component` loads its own data and reads the filter store, wrapped by the
 * caller in a ViewBoundary.
 */
export interface ChartEntry {
  id: string;
  section: SectionId;
  Component: ComponentType;
}

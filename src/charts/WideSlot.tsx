import type { ReactNode } from 'react';
import { ChartSlotContext } from './static/drawings';

/** A card across the whole section grid; its charts are drawn at build time at that width. */
export function WideSlot({ children }: { children: ReactNode }) {
  return (
    <div className="span-all">
      <ChartSlotContext.Provider value="wide">{children}</ChartSlotContext.Provider>
    </div>
  );
}

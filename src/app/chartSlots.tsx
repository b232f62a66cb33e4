/** The feature pieces every chart frame shows: `ui` cannot import features, so the app hands them down (see `ui/chartSlots.tsx`). */
import { AddToDeckButton } from '../features/deck';
import { IgnoredFilters } from '../features/filters';
import type { ChartSlots } from '../ui/chartSlots';

export const APP_CHART_SLOTS: ChartSlots = {
  headerNote: (viewId) => <IgnoredFilters viewId={viewId} />,
  shareAction: (chart) => <AddToDeckButton chartId={chart.id} title={chart.title} />,
};

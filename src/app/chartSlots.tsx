/** The feature pieces every chart frame shows: `ui` cannot import features, so the app hands them down (see `ui/chartSlots.tsx`). */
import { IgnoredFilters } from '../features/filters';
import type { ChartSlots } from '../ui/chartSlots';

export const APP_CHART_SLOTS: ChartSlots = { headerNote: (viewId) => <IgnoredFilters viewId={viewId} /> };

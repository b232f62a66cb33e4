import { useIsFetching, useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useRoute } from '../../state/navigation';
import { relativeHref } from '../../state/route';
import { DEFAULT_SECTION } from '../../state/sections';
import type { ChartEntry } from '../../charts/registry';
import { catalogueQuery } from '../../data/queries';
import { pinnedReleaseStatus } from '../../data/load';
import { useT } from '../../i18n/i18n';
import { selectFilters, useFilterStore } from '../../state/store';
import { serializeFilters } from '../../state/url';
import { ChartDisplayContext } from '../../ui/share/display';
import { ViewBoundary } from '../../ui/ViewBoundary';
import { useHeightMessages } from './useHeightMessages';

interface EmbedViewProps {
  /** The chart asked for, or undefined when no chart has that id. */
  chart: ChartEntry | undefined;
  chartId: string;
  /** The data release a "version figée" snippet pinned. */
  release: string | null;
}

const EMBED_DISPLAY = { mode: 'embed' } as const;

/**
 * `embed/<chart-id>/`: one chart alone for an iframe in someone else's page.
 * No header, nav or filter bar; a transparent background and the host's
 * width; the title, subtitle and source come with the chart, and a link
 * leads to the full view with the same filters.
 */
export function EmbedView({ chart, chartId, release }: EmbedViewProps) {
  const t = useT();
  const root = useRef<HTMLElement>(null);
  const filters = useFilterStore(useShallow(selectFilters));
  useHeightMessages(root, chartId);

  useEffect(() => {
    document.documentElement.classList.add('is-embed');
    return () => document.documentElement.classList.remove('is-embed');
  }, []);

  const route = useRoute();
  // Relative, so it is right in the HTML drawn at build time and under any sub-path.
  const dashboardUrl = relativeHref(route, { kind: 'dashboard', section: chart?.section ?? DEFAULT_SECTION }, serializeFilters(filters));

  return (
    <main ref={root} className="embed" data-embed-chart={chartId}>
      {chart ? (
        <ChartDisplayContext.Provider value={EMBED_DISPLAY}>
          <ViewBoundary>
            <chart.Component />
          </ViewBoundary>
        </ChartDisplayContext.Provider>
      ) : (
        <div className="embed-unknown" role="alert">
          <h1 className="embed-unknown-title">{t('embed.unknownTitle')}</h1>
          <p>{t('embed.unknownText')}</p>
        </div>
      )}
      {release ? <PinnedReleaseNote release={release} /> : null}
      <p className="embed-link">
        <a href={dashboardUrl} target="_blank" rel="noopener">
          {chart ? t('embed.backLink') : t('embed.toDashboard')}
        </a>
      </p>
    </main>
  );
}

/**
 * Tells the reader which figures they see. The pinned release's own files are
 * served when the host kept them (`data/releases/<release>/`); otherwise the
 * live data is shown and the note says the data changed since the embed was made.
 */
function PinnedReleaseNote({ release }: { release: string }) {
  const t = useT();
  const catalogue = useQuery(catalogueQuery());
  // Re-render once data files have loaded: only then is it known whether the pinned folder exists.
  useIsFetching();
  const current = catalogue.data?.release;
  if (!current || current === release) return null;
  const status = pinnedReleaseStatus();
  if (status === 'none') return null;
  return (
    <p className="embed-release-note" role="note">
      {status === 'served' ? t('embed.releasePinned', { pinned: release, current }) : t('embed.releaseChanged', { pinned: release, current })}
    </p>
  );
}

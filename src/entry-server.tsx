/**
 * Build-time drawing of every page (`scripts/prerender.mjs` calls it): each
 * section, each chart alone (embed) and each slide is rendered to HTML with
 * its charts, and every chart's ECharts option is drawn to SVG by the same
 * ECharts build the browser uses (server-side rendering, no DOM). One code
 * path: the pure builders make the option, `ChartFrame` reports it here, and
 * the same option is what ECharts draws in the browser later.
 *
 * Data goes through the real loaders (the caller answers `fetch` from
 * `data/` on disk), so a file that fails validation fails here as it would
 * in the browser; the prerender then stops the build and names the view.
 */
import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { Root } from './app/Root';
import { loadCharts } from './app/charts';
import { renderDrawing } from './charts/static/renderSvg';
import { drawingOrder, setDrawingManifest, type DrawingManifest, type DrawingRequest, type DrawingSize } from './charts/static/drawings';
import { setServerCompact } from './charts/useCompactChart';
import { SECTOR_LABELS } from './data/schemas/study';
import { translator } from './i18n/i18n';
import { DEFAULT_FILTERS, type Filters } from './state/filters';
import { setServerRoute } from './state/navigation';
import type { Route } from './state/route';
import { SECTIONS } from './state/sections';
import { useFilterStore } from './state/store';

export { setDrawingManifest };
export type { DrawingManifest, DrawingRequest, DrawingSize };

/** Every page the build writes: the sections, each chart alone, each slide (and the deck's start). */
export async function listRoutes(): Promise<Route[]> {
  const charts = await loadCharts();
  return [
    ...SECTIONS.map((section): Route => ({ kind: 'dashboard', section: section.id })),
    ...charts.map((chart): Route => ({ kind: 'embed', chartId: chart.id })),
    // Where public/boot.js sends an old `?embed=` link whose id is not a chart id: says so, links to the dashboard.
    { kind: 'embed', chartId: 'unknown' },
    { kind: 'present', slide: null },
    ...charts.map((chart): Route => ({ kind: 'present', slide: chart.id })),
  ];
}

/** Which section each chart belongs to (to give embeds and slides the dependencies found on their section). */
export async function chartSections(): Promise<Record<string, string>> {
  return Object.fromEntries((await loadCharts()).map((chart) => [chart.id, chart.section]));
}

/**
 * Filter values the build tries on each section to learn which filters
 * change which chart: two values each, so a chart that happens to look the
 * same for one value is still caught by the other.
 */
export const FILTER_PROBES: Partial<Filters>[] = [
  { occupation: 'M2X90' },
  { occupation: 'famille-C' },
  { dep: '14' },
  { dep: '76' },
  { basin: '2817', dep: '14' },
  { basin: '2801', dep: '76' },
  { sector: Object.keys(SECTOR_LABELS)[1] },
  { sector: Object.keys(SECTOR_LABELS)[2] },
  { year: 2023 },
  { year: 2019 },
  { measure: 'difficiles' },
  { measure: 'saisonniers' },
  { lang: 'en' },
  { compare: '2817,normandie' },
];

export interface RenderResult {
  html: string;
  /** What each chart of the page would draw, by chart id. */
  drawings: DrawingRequest[];
  /** Errors React reported while rendering. */
  errors: string[];
  /** The page's title, in French. */
  title: string;
}

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });

function tree(collect: (request: DrawingRequest) => void) {
  return <Root queryClient={queryClient} drawingPlaces={drawingOrder()} collect={collect} />;
}

const describe = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

/**
 * Renders `route` under `filters`, as a phone (`compact`) or a desktop
 * screen shows it. Waits for every Suspense boundary (data files, lazy
 * sections) with a static prerender, then renders once more with
 * `renderToString`, which emits no inline script (the CSP forbids them).
 */
export async function renderRoute(
  route: Route,
  { filters = {}, compact = false }: { filters?: Partial<Filters>; compact?: boolean } = {},
): Promise<RenderResult> {
  setServerRoute(route);
  setServerCompact(compact);
  useFilterStore.setState({ ...DEFAULT_FILTERS, ...filters });
  const byId = new Map<string, DrawingRequest>();
  const once = () => {
    byId.clear();
    const errors: string[] = [];
    const html = renderToString(
      tree((request) => byId.set(request.id, request)),
      {
        onError: (error: unknown) => void errors.push(describe(error)),
      } as Parameters<typeof renderToString>[1],
    );
    return { html, errors };
  };
  // Most renders find every data file and lazy module already loaded by an earlier page: one pass. A view
  // that suspended (`<!--$!-->`) gets what it waits for from a static prerender, then the page is rendered again.
  let { html, errors } = once();
  for (let pass = 0; pass < 4 && (html.includes('<!--$!-->') || errors.length); pass += 1) {
    const { prelude } = await prerender(
      tree(() => undefined),
      { onError: () => undefined },
    );
    await new Response(prelude).text();
    ({ html, errors } = once());
  }
  for (const query of queryClient.getQueryCache().getAll()) {
    if (query.state.status === 'error') errors.push(`${query.queryKey.join(':')}: ${describe(query.state.error)}`);
  }
  return { html, drawings: [...byId.values()], errors: [...new Set(errors)], title: pageTitle(route) };
}

export function pageTitle(route: Route): string {
  const t = translator('fr');
  const app = t('app.title');
  if (route.kind !== 'dashboard') return app;
  const key = SECTIONS.find((section) => section.id === route.section)!.key;
  return `${t(`nav.${key}`)} — ${app}`;
}

export { renderDrawing };

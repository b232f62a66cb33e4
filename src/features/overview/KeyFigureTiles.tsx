import { createContext, useContext, useId, useMemo, useState, useSyncExternalStore, type ComponentType } from 'react';
import { useLang, useT } from '../../i18n/i18n';
import { SECTIONS } from '../../state/sections';
import { useFilterStore } from '../../state/store';
import { LoadingPlaceholder } from '../../ui/LoadingPlaceholder';
import { RouteLink } from '../../ui/RouteLink';
import { useHydrated } from '../../ui/useHydrated';
import { ViewBoundary } from '../../ui/ViewBoundary';
import { aiFigure, employedFigure, growthFigure, nationalFigure, recruitmentFigure, studentsFigure, type KeyFigure } from './keyFigures';
import './overview.css';
import { useDataset } from '../../data/useDataset';
import '../../i18n/messages/overview';

/** Height every tile reserves, loading or not, so the page does not jump. */
export const TILE_MIN_HEIGHT = 212;

function EmployedTile() {
  const data = useDataset('employment-growth');
  const occupation = useFilterStore((state) => state.occupation);
  const lang = useLang();
  const figure = useMemo(() => employedFigure(data, { occupation }, lang), [data, occupation, lang]);
  return <KeyFigureTile figure={figure} />;
}

function GrowthTile() {
  const data = useDataset('employment-growth');
  const occupation = useFilterStore((state) => state.occupation);
  const lang = useLang();
  const figure = useMemo(() => growthFigure(data, { occupation }, lang), [data, occupation, lang]);
  return <KeyFigureTile figure={figure} />;
}

function AiTile() {
  const data = useDataset('ai-adoption-by-sector');
  const sector = useFilterStore((state) => state.sector);
  const lang = useLang();
  const figure = useMemo(() => aiFigure(data, { sector }, lang), [data, sector, lang]);
  return <KeyFigureTile figure={figure} />;
}

function RecruitmentTile() {
  const data = useDataset('bmo-2024-normandie');
  const occupations = useDataset('bmo-2024-occupations');
  const occupation = useFilterStore((state) => state.occupation);
  const dep = useFilterStore((state) => state.dep);
  const basin = useFilterStore((state) => state.basin);
  const lang = useLang();
  const figure = useMemo(
    () => recruitmentFigure(data, occupations, { occupation, dep, basin, sector: null }, lang),
    [data, occupations, occupation, dep, basin, lang],
  );
  return <KeyFigureTile figure={figure} />;
}

// Issue #14 (the analyst's questions): Normandy's share of France.
const noSubscription = () => () => {};
/**
 * The national aggregates (~200 KiB, 21 KiB gzip) are not needed for the
 * first paint: the prerender and the hydrating render show the placeholder,
 * so they stay out of the HTML; the tile fetches them once the page is live.
 */
function NationalTile() {
  const live = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return live ? <NationalTileContent /> : <LoadingPlaceholder minHeight={TILE_MIN_HEIGHT} />;
}

function NationalTileContent() {
  const national = useDataset('bmo-2024-france');
  const data = useDataset('bmo-2024-normandie');
  const occupations = useDataset('bmo-2024-occupations');
  const occupation = useFilterStore((state) => state.occupation);
  const lang = useLang();
  const figure = useMemo(() => nationalFigure(national, data, occupations, { occupation }, lang), [national, data, occupations, occupation, lang]);
  return <KeyFigureTile figure={figure} />;
}

function StudentsTile() {
  const data = useDataset('students-by-diploma');
  const occupation = useFilterStore((state) => state.occupation);
  const lang = useLang();
  const figure = useMemo(() => studentsFigure(data, { occupation }, lang), [data, occupation, lang]);
  return <KeyFigureTile figure={figure} />;
}

/** `depends`: the filters each tile follows (their hooks above), for the page drawn at build time (index.css). */
const TILES: { id: KeyFigure['id']; titleKey: `overview.${KeyFigure['id']}.label`; Component: ComponentType; depends: string }[] = [
  { id: 'employed', titleKey: 'overview.employed.label', Component: EmployedTile, depends: 'occupation lang' },
  { id: 'growth', titleKey: 'overview.growth.label', Component: GrowthTile, depends: 'occupation lang' },
  { id: 'ai', titleKey: 'overview.ai.label', Component: AiTile, depends: 'sector lang' },
  { id: 'recruitment', titleKey: 'overview.recruitment.label', Component: RecruitmentTile, depends: 'occupation dep basin lang' },
  { id: 'national', titleKey: 'overview.national.label', Component: NationalTile, depends: 'occupation lang' },
  { id: 'students', titleKey: 'overview.students.label', Component: StudentsTile, depends: 'occupation lang' },
];

/** Plain HTML, no chart library: these paint first and can be prerendered. Each tile has its own error boundary. */
/** The filters the tile follows, for the page drawn at build time (see index.css, `data-pending`). */
const TileDependsContext = createContext<string | undefined>(undefined);

export function KeyFigureTiles() {
  const t = useT();
  return (
    <ul className="kpi-grid span-all" aria-label={t('overview.tilesLabel')}>
      {TILES.map(({ id, titleKey, Component, depends }) => (
        <li key={id} className="kpi-cell">
          <ViewBoundary title={t(titleKey)} minHeight={TILE_MIN_HEIGHT}>
            <TileDependsContext.Provider value={depends}>
              <Component />
            </TileDependsContext.Provider>
          </ViewBoundary>
        </li>
      ))}
    </ul>
  );
}

export function KeyFigureTile({ figure }: { figure: KeyFigure }) {
  const t = useT();
  const depends = useContext(TileDependsContext);
  // Rendered once its data is in: from then on it shows what the address asks for.
  const hydrated = useHydrated();
  const baseId = useId();
  const labelId = `${baseId}-label`;
  const sourceId = `${baseId}-source`;
  const [sourceOpen, setSourceOpen] = useState(false);
  const sectionKey = SECTIONS.find((section) => section.id === figure.section)!.key;
  const open = () => setSourceOpen(true);
  const close = () => setSourceOpen(false);

  return (
    <article
      className="kpi"
      data-key-figure={figure.id}
      data-depends={depends}
      data-checked={hydrated || undefined}
      aria-labelledby={labelId}
      style={{ minHeight: TILE_MIN_HEIGHT }}
    >
      <h3 id={labelId} className="kpi-label">
        {figure.label}
      </h3>
      <p className={figure.value === null ? 'kpi-value kpi-value-missing' : 'kpi-value'} data-flag={figure.flag ?? undefined}>
        {figure.value ?? t('overview.unavailable')}
      </p>
      <p className="kpi-detail">{figure.detail}</p>
      {figure.note ? <p className="kpi-note">{figure.note}</p> : null}
      <div className="kpi-footer">
        <RouteLink className="kpi-link" to={{ kind: 'dashboard', section: figure.section }}>
          {t('overview.goTo', { section: t(`nav.${sectionKey}`) })}
        </RouteLink>
        {/* Hover or focus shows the source; Escape hides it; the pointer can move onto it (WCAG 1.4.13). */}
        <span className="kpi-source-anchor" onMouseEnter={open} onMouseLeave={close}>
          <button
            type="button"
            className="kpi-source-button"
            aria-describedby={sourceId}
            aria-label={t('overview.sourceOf', { label: figure.label })}
            onFocus={open}
            onBlur={close}
            onClick={() => setSourceOpen((shown) => !shown)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') close();
            }}
          >
            {t('overview.source')}
          </button>
          <span id={sourceId} role="tooltip" className="kpi-source" data-open={sourceOpen ? 'true' : 'false'}>
            {figure.source}
          </span>
        </span>
      </div>
    </article>
  );
}

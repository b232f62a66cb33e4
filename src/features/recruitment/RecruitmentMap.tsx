import { useSuspenseQueries } from '@tanstack/react-query';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { lazyView } from '../../app/lazyView';
import { ChartFrame } from '../../ui/ChartFrame';
import type { Choropleth } from './map/choropleth';
import { largestPolygon, ringArea, type Position } from '../../charts/map/labelPoint';
import { labelOrder } from '../../charts/map/labelRank';
import type { ChartModel } from '../../charts/model';
import type { BasinFeatureCollection, DepartementFeatureCollection } from '../../data/schemas/bmo';
import { useLang, useT } from '../../i18n/i18n';
import { useFilterStore } from '../../state/store';
import { DataTable } from '../../ui/DataTable';
import { useNearViewport } from '../../ui/onScreen';
import { useChartDisplay } from '../../ui/share/display';
import { FALLBACK_MAP_NAME, fallbackMapOption, mapExportOption } from '../../charts/map/echartsMap';
import { StaticDrawing } from '../../charts/static/StaticDrawing';
import { useBuildTimeDrawing } from '../../charts/static/useBuildTimeDrawing';
import { useCompactChart } from '../../charts/useCompactChart';
import { usePrinting } from '../../charts/onScreen';
import { BasinList, DepartmentButtons } from './BasinList';
import { buildRecruitmentMap, MAP_HEIGHT, MAP_HEIGHT_PHONE } from './buildRecruitmentMap';
import { basinsGeoQuery, departementsGeoQuery } from './geoQueries';
import { MapLegend } from './MapLegend';
import type { MapLabel } from './MapLibreView';
import { useRecruitmentData } from './useRecruitmentData';
import { useTerritorySelection } from './useTerritorySelection';
import { supportsWebGL2 } from './webgl';
// Issue #14 item 4 (i14): the training layer.
import { withTrainingPlaces, type TrainingPoint } from '../../charts/map/trainingLayer';
import { useTrainingMapLayer } from '../training';
import { TrainingLayerControl } from './TrainingLayerControl';
// Issue #14 item 2 (i14): the compared basins outlined.
import { comparedBasins, withComparedBasins } from './map/compareOutline';
import { CompareOutlineNote } from './CompareOutlineNote';
import './recruitment.css';
import '../../i18n/messages/recruitment';

const MapLibreView = lazyView('MapLibre', () => import('./MapLibreView'));
const FallbackMap = lazyView('FallbackMap', () => import('./FallbackMap'));

/** The recruitment choropleth, its legend, the keyboard basin list and the ranked table. */
export function RecruitmentMap() {
  const lang = useLang();
  const occupation = useFilterStore((state) => state.occupation);
  const measure = useFilterStore((state) => state.measure);
  const data = useRecruitmentData();
  const [basinsGeo, departementsGeo] = useSuspenseQueries({ queries: [basinsGeoQuery(), departementsGeoQuery()] });
  const { model, choropleth } = useMemo(() => buildRecruitmentMap(data, { occupation, measure }, lang), [data, occupation, measure, lang]);
  // The WebGL canvas keeps its pixels (preserveDrawingBuffer), so the PNG export can copy it, with the selection, at any time.
  const snapshotRef = useRef<(() => HTMLCanvasElement) | null>(null);
  const getImage = useCallback(async () => {
    if (!snapshotRef.current) throw new Error('carte non disponible');
    return snapshotRef.current();
  }, []);

  // What the map shows beyond the choropleth (training places, compared basins), for its exports to show it too.
  const layersRef = useRef<MapLayers>({ trainingPoints: null, compared: [] });
  const getDrawing = useMapDrawing(choropleth, basinsGeo.data, layersRef);

  if (choropleth.empty) return <ChartFrame model={model} />;
  return (
    <ChartFrame model={model} getImage={getImage} getDrawing={getDrawing}>
      <MapArea
        model={model}
        choropleth={choropleth}
        basinsGeo={basinsGeo.data}
        departementsGeo={departementsGeo.data}
        onSnapshot={(snapshot) => {
          snapshotRef.current = snapshot;
        }}
        layersRef={layersRef}
      />
    </ChartFrame>
  );
}

type Mode = 'waiting' | 'webgl' | 'fallback';

interface MapAreaProps {
  model: ChartModel;
  choropleth: Choropleth;
  basinsGeo: BasinFeatureCollection;
  departementsGeo: DepartementFeatureCollection;
  onSnapshot: (snapshot: (() => HTMLCanvasElement) | null) => void;
  layersRef: { current: MapLayers };
}

interface MapLayers {
  trainingPoints: readonly TrainingPoint[] | null;
  compared: readonly string[];
}

function MapArea({ model, choropleth, basinsGeo, departementsGeo, onSnapshot, layersRef }: MapAreaProps) {
  const t = useT();
  const lang = useLang();
  const selection = useTerritorySelection();
  const rootRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const [mode, setMode] = useState<Mode>('waiting');
  // The stage's height follows the width in CSS (a phone gets a shorter map); the engines get it in pixels.
  const [stageHeight, setStageHeight] = useState(MAP_HEIGHT);
  const [active, setActive] = useState<string | null>(null);
  const [hover, setHover] = useState<{ code: string; x: number; y: number } | null>(null);
  const training = useTrainingMapLayer();
  const [showTraining, setShowTraining] = useState(true);
  const trainingPoints = showTraining ? training.points : null;
  const compare = useFilterStore((state) => state.compare);
  const compared = useMemo(() => comparedBasins(compare), [compare]);
  useEffect(() => {
    layersRef.current = { trainingPoints, compared };
  }, [layersRef, trainingPoints, compared]);
  const { labels, labelPoints } = useMapLabels(basinsGeo, choropleth);
  // The map as drawn at build time (the no-WebGL map's ECharts option, drawn to SVG): it stays until the
  // user reaches for the map or the selection changes what it shows; MapLibre then takes over in place.
  const display = useChartDisplay();
  const compact = useCompactChart();
  const [engineReady, setEngineReady] = useState(false);
  // On paper the build-time drawing (SVG: the whole map, sharp, with its names) replaces the live canvas when it shows the same.
  const printing = usePrinting();
  const staticOption = useMemo(
    () =>
      display.mode === 'present' || (engineReady && !printing)
        ? null
        : withTrainingPlaces(
            withComparedBasins(fallbackMapOption(choropleth, { basin: selection.basin, dep: selection.dep }, labelPoints), compared, selection.basin),
            trainingPoints,
          ),
    [choropleth, selection.basin, selection.dep, display.mode, engineReady, printing, labelPoints, trainingPoints, compared],
  );
  const drawing = useBuildTimeDrawing(model.id, staticOption, compact ? MAP_HEIGHT_PHONE : MAP_HEIGHT, display.mode, { slot: 'map', geo: 'basins' });
  const [reachedFor, setReachedFor] = useState(false);
  const reachFor = useCallback(() => setReachedFor(true), []);

  // Load the map engine when the map is about to be seen and has no build-time drawing, or once reached for.
  const nearViewport = useNearViewport(rootRef, { initial: false });
  const wanted = drawing.valid ? reachedFor : nearViewport;
  useEffect(() => {
    if (!wanted) return;
    setStageHeight(stageRef.current?.clientHeight || MAP_HEIGHT);
    setMode((current) => (current === 'waiting' ? (supportsWebGL2() ? 'webgl' : 'fallback') : current));
  }, [wanted]);

  const setReady = useCallback((ready: boolean) => {
    setEngineReady(ready);
    const figure = rootRef.current?.closest('[data-chart-id]');
    if (!figure) return;
    if (ready) figure.setAttribute('data-map-ready', 'true');
    else figure.removeAttribute('data-map-ready');
  }, []);
  useEffect(() => () => setReady(false), [setReady]);
  const onFailure = useCallback(() => {
    setReady(false);
    onSnapshot(null);
    setHover(null);
    setMode('fallback');
  }, [setReady, onSnapshot]);
  const onHover = useCallback((code: string | null, point: { x: number; y: number } | null) => {
    setHover(code && point ? { code, ...point } : null);
  }, []);

  const byCode = useMemo(() => new Map(choropleth.basins.map((basin) => [basin.code, basin])), [choropleth]);
  const hovered = hover ? byCode.get(hover.code) : undefined;
  const focused = byCode.get(active ?? hover?.code ?? selection.basin ?? '');

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && (selection.basin || selection.dep)) {
      selection.clearOne();
      event.stopPropagation();
    }
  };

  return (
    <div
      className="rmap"
      ref={rootRef}
      onKeyDown={onKeyDown}
      onPointerOver={reachFor}
      onTouchStart={reachFor}
      onFocus={reachFor}
      data-map-mode={mode}
      data-drawing={drawing.valid && !engineReady ? 'build' : undefined}
      data-print-drawing={printing && drawing.valid && engineReady ? 'build' : undefined}
    >
      <div className="rmap-main">
        <div className="rmap-stage" ref={stageRef}>
          {drawing.valid && drawing.entry && (!engineReady || printing) ? (
            <StaticDrawing
              entry={drawing.entry}
              sizes={drawing.sizes}
              mainVariant={drawing.mainVariant}
              height={compact ? MAP_HEIGHT_PHONE : MAP_HEIGHT}
              alt={`${model.title}. ${model.summary}`}
              covered={mode !== 'waiting'}
              onMissing={reachFor}
              timing="map-drawing"
            />
          ) : null}
          {mode === 'waiting' ? (
            drawing.valid ? null : (
              <div className="chart-skeleton rmap-placeholder" role="status">
                <span className="sr-only">{t('recruitment.map.loading')}</span>
              </div>
            )
          ) : (
            <Suspense
              fallback={
                <div className="chart-skeleton rmap-placeholder" role="status">
                  <span className="sr-only">{t('recruitment.map.loading')}</span>
                </div>
              }
            >
              {mode === 'webgl' ? (
                <MapLibreView
                  basinsGeo={basinsGeo}
                  departementsGeo={departementsGeo}
                  choropleth={choropleth}
                  basin={selection.basin}
                  dep={selection.dep}
                  active={active ?? hover?.code ?? null}
                  labels={labels}
                  trainingPoints={trainingPoints}
                  comparedBasins={compared}
                  lang={lang}
                  onToggle={selection.toggleBasin}
                  onHover={onHover}
                  onReady={(snapshot) => {
                    onSnapshot(snapshot);
                    setReady(true);
                  }}
                  onFailure={onFailure}
                />
              ) : (
                <FallbackMap
                  basinsGeo={basinsGeo}
                  choropleth={choropleth}
                  basin={selection.basin}
                  dep={selection.dep}
                  trainingPoints={trainingPoints}
                  comparedBasins={compared}
                  labelPoints={labelPoints}
                  height={stageHeight}
                  ariaLabel={`${model.title}. ${model.summary}`}
                  onToggle={selection.toggleBasin}
                  onReady={() => setReady(true)}
                />
              )}
            </Suspense>
          )}
          {mode === 'webgl' && hovered && hover ? (
            <div className="rmap-tooltip" style={{ left: hover.x, top: hover.y }} data-flip={hover.x > 220 ? 'left' : undefined} aria-hidden="true">
              {hovered.tooltip().map((line, index) => (
                <span key={index} className={index === 0 ? 'rmap-tooltip-title' : undefined}>
                  {line}
                </span>
              ))}
            </div>
          ) : null}
        </div>
        <MapLegend legend={choropleth.legend} />
        <CompareOutlineNote basins={compared} />
        <TrainingLayerControl layer={training} shown={showTraining} onShow={setShowTraining} />
        <div className="rmap-info" aria-live="polite" aria-atomic="true">
          {focused ? (
            <ul>
              {focused.tooltip().map((line, index) => (
                <li key={index} className={index === 0 ? 'rmap-info-title' : undefined}>
                  {line}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('recruitment.map.info')}</p>
          )}
        </div>
        {mode === 'webgl' ? <p className="rmap-hint rmap-gestures">{t('recruitment.map.gestures')}</p> : null}
      </div>
      <div className="rmap-side">
        <DepartmentButtons dep={selection.dep} basin={selection.basin} onToggle={selection.toggleDepartment} />
        <BasinList
          basins={choropleth.basins}
          measure={choropleth.measure}
          lang={lang}
          selected={selection.basin}
          dep={selection.dep}
          active={active}
          onActive={setActive}
          onToggle={selection.toggleBasin}
          onEscape={selection.clearOne}
        />
      </div>
      {mode === 'fallback' ? (
        <div className="rmap-fallback">
          <p role="note" className="rmap-fallback-note">
            {t('recruitment.map.fallback')}
          </p>
          <DataTable caption={t('chart.tableCaption', { title: model.title })} table={model.table} id="recruitment-map-ranking" />
        </div>
      ) : null}
    </div>
  );
}

/**
 * The basins' names and where they go (issue #12): when names collide, the
 * basins that matter most for the measure keep theirs (`labelOrder`), on the
 * MapLibre map as on its no-WebGL drawing.
 */
function useMapLabels(basinsGeo: BasinFeatureCollection, choropleth: Choropleth) {
  const areas = useMemo(
    () => new Map(basinsGeo.features.map((feature) => [feature.properties.code, ringArea(largestPolygon(feature.geometry)[0] ?? [])])),
    [basinsGeo],
  );
  const labelPoints = useMemo(
    () => new Map<string, Position>(basinsGeo.features.map((feature) => [feature.properties.code, feature.properties.label_point])),
    [basinsGeo],
  );
  const labels = useMemo<MapLabel[]>(() => {
    const features = new Map(basinsGeo.features.map((feature) => [feature.properties.code, feature]));
    return labelOrder(choropleth.basins, { area: areas }).flatMap((code) => {
      const feature = features.get(code);
      if (!feature) return [];
      return [{ code, label: feature.properties.label, point: feature.properties.label_point }];
    });
  }, [basinsGeo, choropleth, areas]);
  return { labels, labelPoints };
}

/**
 * The map's PNG and SVG exports (issue #12 item 5), with or without WebGL:
 * drawn by ECharts as SVG from the no-WebGL map's option, so the image
 * carries the basins' names (ranked and hidden on collision as on screen),
 * the selected basin and the legend.
 */
function useMapDrawing(choropleth: Choropleth, basinsGeo: BasinFeatureCollection, layersRef: { current: MapLayers }) {
  const selection = useTerritorySelection();
  const { labelPoints } = useMapLabels(basinsGeo, choropleth);
  return useCallback(async () => {
    const [{ echarts, withHouseDefaults }, { FONT_FAMILY }] = await Promise.all([import('../../charts/echartsSetup'), import('../../charts/theme')]);
    if (!echarts.getMap(FALLBACK_MAP_NAME)) echarts.registerMap(FALLBACK_MAP_NAME, basinsGeo as unknown as Parameters<typeof echarts.registerMap>[1]);
    const width = 846;
    const { option, height } = mapExportOption(choropleth, { basin: selection.basin, dep: selection.dep }, labelPoints, {
      width,
      mapHeight: MAP_HEIGHT,
    });
    const { trainingPoints, compared } = layersRef.current;
    const shown = withTrainingPlaces(withComparedBasins(option, compared, selection.basin), trainingPoints);
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
    try {
      chart.setOption(withHouseDefaults(shown, { animation: false }));
      // Our font stack's double quotes are written unescaped inside style="…", which no image decoder accepts.
      const svg = chart.renderToSVGString().replaceAll(FONT_FAMILY, FONT_FAMILY.replace(/"/g, "'"));
      return { svg, width, height };
    } finally {
      chart.dispose();
    }
  }, [choropleth, basinsGeo, labelPoints, layersRef, selection.basin, selection.dep]);
}

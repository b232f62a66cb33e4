/**
 * The MapLibre choropleth. This module is only reached through a dynamic
 * import once the map scrolls into view, so maplibre-gl (and its CSS and
 * worker) never weigh on the first paint.
 */
import { AttributionControl, Map as MapLibreMap, NavigationControl, setWorkerUrl, type MapLayerMouseEvent } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef } from 'react';
import type { Choropleth } from '../../charts/map/choropleth';
import { patternPixels } from '../../charts/map/colors';
import { collectionBounds, type Position } from '../../charts/map/labelPoint';
import { fillColorExpression, LAYERS, mapStyle, patternExpression, patternFilter, selectionStates, SOURCES } from '../../charts/map/style';
import type { BasinFeatureCollection, DepartementFeatureCollection } from '../../data/schemas/bmo';
import { translator } from '../../i18n/i18n';
import type { Language } from '../../state/filters';

// Vite needs the worker as a separate asset; without this MapLibre reports "Worker failed to load".
setWorkerUrl(workerUrl);

export interface MapLabel {
  code: string;
  label: string;
  point: Position;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

export interface MapViewProps {
  basinsGeo: BasinFeatureCollection;
  departementsGeo: DepartementFeatureCollection;
  choropleth: Choropleth;
  basin: string | null;
  dep: string | null;
  active: string | null;
  labels: readonly MapLabel[];
  lang: Language;
  onToggle: (code: string) => void;
  onHover: (code: string | null, point: { x: number; y: number } | null) => void;
  onReady: (canvas: HTMLCanvasElement) => void;
  onFailure: (reason: string) => void;
}

export default function MapLibreView(props: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const labelsRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const loadedRef = useRef(false);
  const placeLabelsRef = useRef<() => void>(() => {});
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  // Create the map once; later prop changes update paint properties and filters only.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const initial = latest.current;
    const t = translator(initial.lang);
    const bounds = collectionBounds(initial.basinsGeo.features.map((feature) => feature.geometry));
    let map: MapLibreMap;
    let ready = false;
    try {
      map = new MapLibreMap({
        container,
        style: mapStyle({
          basins: initial.basinsGeo,
          departements: initial.departementsGeo,
          choropleth: initial.choropleth.basins,
        }),
        bounds,
        fitBoundsOptions: { padding: 12 },
        maxBounds: [
          [bounds[0][0] - 2, bounds[0][1] - 1.2],
          [bounds[1][0] + 2, bounds[1][1] + 1.2],
        ],
        minZoom: 5,
        maxZoom: 11,
        attributionControl: false,
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        // One finger scrolls the page, two fingers move the map; Ctrl + wheel zooms on desktop.
        cooperativeGestures: true,
        canvasContextAttributes: { preserveDrawingBuffer: true },
        locale: {
          'NavigationControl.ZoomIn': t('recruitment.map.zoomIn'),
          'NavigationControl.ZoomOut': t('recruitment.map.zoomOut'),
          'NavigationControl.ResetBearing': t('recruitment.map.resetBearing'),
          'AttributionControl.ToggleAttribution': t('recruitment.map.toggleAttribution'),
          'CooperativeGesturesHandler.WindowsHelpText': t('recruitment.map.ctrlHelp'),
          'CooperativeGesturesHandler.MacHelpText': t('recruitment.map.macHelp'),
          'CooperativeGesturesHandler.MobileHelpText': t('recruitment.map.mobileHelp'),
        },
      });
    } catch (error) {
      initial.onFailure(error instanceof Error ? error.message : String(error));
      return;
    }
    mapRef.current = map;
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new AttributionControl({ compact: true, customAttribution: initial.basinsGeo.attribution }), 'bottom-right');
    const canvas = map.getCanvas();
    canvas.setAttribute('aria-label', t('recruitment.map.mapLabel'));

    for (const kind of ['hatch', 'dots'] as const) map.addImage(kind, { width: 8, height: 8, data: patternPixels(kind, 8) });

    // Names that would collide are hidden, larger basins first; the selected and hovered names always show.
    const placeLabels = () => {
      const overlay = labelsRef.current;
      if (!overlay) return;
      const { labels, basin, active } = latest.current;
      const elements = new Map([...overlay.querySelectorAll<HTMLElement>('[data-basin-label]')].map((element) => [element.dataset.basinLabel, element]));
      const forced = (code: string) => code === basin || code === active;
      const ordered = [...labels].sort((a, b) => Number(forced(b.code)) - Number(forced(a.code)));
      const placed: Box[] = [];
      for (const label of ordered) {
        const element = elements.get(label.code);
        if (!element) continue;
        const { x, y } = map.project(label.point as [number, number]);
        const halfWidth = element.offsetWidth / 2 + 2;
        const halfHeight = element.offsetHeight / 2;
        const box = { left: x - halfWidth, right: x + halfWidth, top: y - halfHeight, bottom: y + halfHeight };
        const clipped = box.left < 0 || box.top < 0 || box.right > container.clientWidth || box.bottom > container.clientHeight;
        const visible = forced(label.code) || (!clipped && !placed.some((other) => overlaps(box, other)));
        if (visible) placed.push(box);
        element.style.visibility = visible ? 'visible' : 'hidden';
        element.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px) translate(-50%, -50%)`;
      }
    };
    placeLabelsRef.current = placeLabels;

    const fail = (reason: string) => {
      if (mapRef.current !== map) return;
      latest.current.onFailure(reason);
    };
    // Until the user pans or zooms, keep the whole region in view: the stage can change size after creation
    // (fonts, the basin list wrapping under the map on a phone).
    let userMoved = false;
    const fit = () => {
      if (!userMoved) map.fitBounds(bounds, { padding: 12, animate: false });
    };
    map.on('movestart', (event) => {
      if ('originalEvent' in event && event.originalEvent) userMoved = true;
    });
    map.on('load', () => {
      loadedRef.current = true;
      fit();
      // Compact attribution starts open on wide maps and hides the south of the region: start it closed.
      container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
      placeLabels();
    });
    map.on('move', placeLabels);
    map.on('resize', () => {
      fit();
      placeLabels();
    });
    map.once('idle', () => {
      ready = true;
      placeLabels();
      latest.current.onReady(canvas);
    });
    map.on('error', (event) => {
      // Before the first frame an error means no map at all: fall back. Later ones are transient.
      if (!ready) fail(event.error?.message ?? 'error');
    });
    map.on('webglcontextlost', () => fail('webglcontextlost'));

    const onMove = (event: MapLayerMouseEvent) => {
      const code = event.features?.[0]?.properties?.code;
      map.getCanvas().style.cursor = code ? 'pointer' : '';
      latest.current.onHover(typeof code === 'string' ? code : null, { x: event.point.x, y: event.point.y });
    };
    map.on('mousemove', LAYERS.fill, onMove);
    map.on('mouseleave', LAYERS.fill, () => {
      map.getCanvas().style.cursor = '';
      latest.current.onHover(null, null);
    });
    map.on('click', LAYERS.fill, (event) => {
      const code = event.features?.[0]?.properties?.code;
      if (typeof code === 'string') latest.current.onToggle(code);
    });

    return () => {
      mapRef.current = null;
      loadedRef.current = false;
      map.remove();
    };
  }, []);

  const { choropleth, basin, dep, active, basinsGeo } = props;
  // Colours change with the occupation or measure only: the one update that rebuilds expressions.
  const styledChoropleth = useRef(choropleth);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || styledChoropleth.current === choropleth) return;
    const apply = () => {
      styledChoropleth.current = choropleth;
      map.setPaintProperty(LAYERS.fill, 'fill-color', fillColorExpression(choropleth.basins));
      map.setPaintProperty(LAYERS.pattern, 'fill-pattern', patternExpression(choropleth.basins));
      map.setFilter(LAYERS.pattern, patternFilter(choropleth.basins));
      placeLabelsRef.current();
    };
    if (loadedRef.current) apply();
    else map.once('load', apply);
  }, [choropleth]);

  // A basin or department selection only flips feature states: a repaint, no re-tiling.
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const apply = () => {
      const states = selectionStates(
        basinsGeo.features.map((feature) => ({ code: feature.properties.code, dep: feature.properties.dep })),
        { basin, dep },
      );
      for (const [id, state] of states.basins) map.setFeatureState({ source: SOURCES.basins, id }, state);
      for (const [id, state] of states.departments) map.setFeatureState({ source: SOURCES.departements, id }, state);
      placeLabelsRef.current();
    };
    if (loadedRef.current) apply();
    else map.once('load', apply);
  }, [basinsGeo, basin, dep]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !active) return;
    const target = { source: SOURCES.basins, id: active };
    const apply = () => {
      map.setFeatureState(target, { hover: true });
      placeLabelsRef.current();
    };
    if (loadedRef.current) apply();
    else map.once('load', apply);
    return () => {
      if (mapRef.current === map && loadedRef.current) map.setFeatureState(target, { hover: false });
    };
  }, [active]);

  return (
    <div className="rmap-gl">
      <div ref={containerRef} className="rmap-gl-canvas" />
      <div ref={labelsRef} className="rmap-labels" aria-hidden="true">
        {props.labels.map((label) => (
          <span
            key={label.code}
            data-basin-label={label.code}
            className={['rmap-label', label.code === basin ? 'is-selected' : '', label.code === active ? 'is-active' : ''].join(' ').trim()}
          >
            {label.label}
          </span>
        ))}
      </div>
    </div>
  );
}

/**
 * The MapLibre choropleth. This module is only reached through a dynamic
 * import once the map scrolls into view, so maplibre-gl (and its CSS and
 * worker) never weigh on the first paint.
 */
import { AttributionControl, Map as MapLibreMap, NavigationControl, setWorkerUrl, type MapLayerMouseEvent } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef } from 'react';
import type { Choropleth } from './map/choropleth';
import { patternPixels } from '../../charts/map/colors';
import { collectionBounds, type Position } from '../../charts/map/labelPoint';
import { drawOverlay, OVERLAY_STROKES, selectionOverlay, VEIL_OPACITY, type OverlayPaths } from '../../charts/map/overlay';
import { fillColorExpression, LAYERS, mapStyle, patternExpression, patternFilter, SOURCES } from '../../charts/map/style';
import { MAP_COLORS } from '../../charts/map/colors';
import type { BasinFeatureCollection, DepartementFeatureCollection } from '../../data/schemas/bmo';
import { translator } from '../../i18n/i18n';
import type { Language } from '../../state/filters';
import { TRAINING_POINT_COLOR, TRAINING_POINT_STROKE, trainingPointsGeoJson, type TrainingPoint } from '../../charts/map/trainingLayer';
import { COMPARE_OUTLINE } from './map/compareOutline';
import '../../i18n/messages/recruitment';

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
  /** Issue #14: the training layer's points, or null when the layer is off. */
  trainingPoints?: readonly TrainingPoint[] | null;
  /** Issue #14: the basins of the `compare` parameter, outlined. */
  comparedBasins?: readonly string[];
  lang: Language;
  onToggle: (code: string) => void;
  onHover: (code: string | null, point: { x: number; y: number } | null) => void;
  /** `snapshot` draws the map as seen (canvas and selection overlay) onto a new canvas, for the PNG export. */
  onReady: (snapshot: () => HTMLCanvasElement) => void;
  onFailure: (reason: string) => void;
}

const SVG = 'http://www.w3.org/2000/svg';

function createOverlayElement(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'rmap-overlay');
  svg.setAttribute('aria-hidden', 'true');
  const veil = document.createElementNS(SVG, 'path');
  veil.dataset.overlay = 'veil';
  veil.setAttribute('fill', MAP_COLORS.background);
  veil.setAttribute('fill-opacity', String(VEIL_OPACITY));
  veil.setAttribute('fill-rule', 'evenodd');
  svg.append(veil);
  for (const kind of ['department', 'hover', 'basin'] as const) {
    const path = document.createElementNS(SVG, 'path');
    path.dataset.overlay = kind;
    path.setAttribute('fill', 'none');
    path.setAttribute('stroke', OVERLAY_STROKES[kind].color);
    path.setAttribute('stroke-width', String(OVERLAY_STROKES[kind].width));
    path.setAttribute('stroke-linejoin', 'round');
    svg.append(path);
  }
  return svg;
}

const TRAINING_SOURCE = 'training-places';
const TRAINING_LAYER = 'training-places-circle';

/** Issue #14 item 4: the training points as a circle layer over the basins, added once, then shown or hidden. */
function syncTrainingLayer(map: MapLibreMap, points: readonly TrainingPoint[] | null | undefined) {
  if (points && !map.getSource(TRAINING_SOURCE)) {
    map.addSource(TRAINING_SOURCE, { type: 'geojson', data: trainingPointsGeoJson(points) });
    map.addLayer({
      id: TRAINING_LAYER,
      type: 'circle',
      source: TRAINING_SOURCE,
      paint: {
        'circle-radius': ['/', ['get', 'size'], 2],
        'circle-color': TRAINING_POINT_COLOR,
        'circle-stroke-color': TRAINING_POINT_STROKE,
        'circle-stroke-width': 1.5,
        'circle-opacity': 0.95,
      },
    });
  }
  if (map.getLayer(TRAINING_LAYER)) map.setLayoutProperty(TRAINING_LAYER, 'visibility', points ? 'visible' : 'none');
}

const COMPARE_LAYER = 'basins-compared-line';

/** Issue #14 item 2: the compared basins as a dashed line layer (in the canvas, so in the PNG export), under the training points. */
function syncCompareLayer(map: MapLibreMap, basins: readonly string[] | undefined) {
  if (!map.getLayer(COMPARE_LAYER)) {
    map.addLayer(
      {
        id: COMPARE_LAYER,
        type: 'line',
        source: SOURCES.basins,
        paint: { 'line-color': COMPARE_OUTLINE.color, 'line-width': COMPARE_OUTLINE.width, 'line-dasharray': [...COMPARE_OUTLINE.dash] },
        layout: { 'line-join': 'round' },
        filter: ['in', ['get', 'code'], ['literal', []]],
      },
      map.getLayer(TRAINING_LAYER) ? TRAINING_LAYER : undefined,
    );
  }
  map.setFilter(COMPARE_LAYER, ['in', ['get', 'code'], ['literal', [...(basins ?? [])]]]);
}

export default function MapLibreView(props: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const labelsRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const loadedRef = useRef(false);
  const placeLabelsRef = useRef<() => void>(() => {});
  const drawOverlayRef = useRef<() => void>(() => {});
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
        canvasContextAttributes: { preserveDrawingBuffer: true, alpha: false },
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

    // Names that would collide are hidden, in the labels' order (the measure's largest values first); the selected and hovered names always show.
    // All sizes are read before any label moves: interleaving reads and writes forces a layout per label.
    const placeLabels = () => {
      const overlay = labelsRef.current;
      if (!overlay) return;
      const { labels, basin, active } = latest.current;
      const elements = new Map([...overlay.querySelectorAll<HTMLElement>('[data-basin-label]')].map((element) => [element.dataset.basinLabel, element]));
      const forced = (code: string) => code === basin || code === active;
      const stage = { width: container.clientWidth, height: container.clientHeight };
      const measured = [...labels]
        .sort((a, b) => Number(forced(b.code)) - Number(forced(a.code)))
        .flatMap((label) => {
          const element = elements.get(label.code);
          if (!element) return [];
          return [
            {
              label,
              element,
              point: map.project(label.point as [number, number]),
              halfWidth: element.offsetWidth / 2 + 2,
              halfHeight: element.offsetHeight / 2,
            },
          ];
        });
      // Issue #12 (j12): the zoom buttons take room like a name: no name is drawn under them.
      const origin = container.getBoundingClientRect();
      const placed: Box[] = [...container.querySelectorAll('.maplibregl-ctrl-top-right')].flatMap((control) => {
        const rect = control.getBoundingClientRect();
        return rect.width > 0
          ? [{ left: rect.left - origin.left, right: rect.right - origin.left, top: rect.top - origin.top, bottom: rect.bottom - origin.top }]
          : [];
      });
      for (const { label, element, point, halfWidth, halfHeight } of measured) {
        const box = { left: point.x - halfWidth, right: point.x + halfWidth, top: point.y - halfHeight, bottom: point.y + halfHeight };
        const clipped = box.left < 0 || box.top < 0 || box.right > stage.width || box.bottom > stage.height;
        const visible = forced(label.code) || (!clipped && !placed.some((other) => overlaps(box, other)));
        if (visible) placed.push(box);
        element.style.visibility = visible ? 'visible' : 'hidden';
        element.style.transform = `translate(${Math.round(point.x)}px, ${Math.round(point.y)}px) translate(-50%, -50%)`;
      }
    };
    // React-driven changes (selection, hover, colours) place labels at the next frame: read synchronously
    // right after React's commit, label sizes would force an extra layout of the whole page.
    let pendingPlacement = 0;
    placeLabelsRef.current = () => {
      if (pendingPlacement) return;
      pendingPlacement = requestAnimationFrame(() => {
        pendingPlacement = 0;
        placeLabels();
      });
    };

    // The selection and hover outlines are SVG over the canvas: projecting a few hundred points is
    // cheaper than a WebGL repaint, and reads no layout.
    const features = {
      basins: initial.basinsGeo.features.map((feature) => ({ code: feature.properties.code, geometry: feature.geometry })),
      departments: initial.departementsGeo.features.map((feature) => ({ code: feature.properties.code, geometry: feature.geometry })),
    };
    let overlayPaths: OverlayPaths = { veil: '', department: '', basin: '', hover: '' };
    // In MapLibre's canvas container, so it sits over the canvas and under the zoom and attribution controls.
    const overlay = createOverlayElement();
    map.getCanvasContainer().append(overlay);
    const drawSelection = () => {
      const { basin, dep, active } = latest.current;
      const canvasBox = map.getCanvas();
      overlayPaths = selectionOverlay({ ...features, basin, dep, hover: active, width: canvasBox.clientWidth, height: canvasBox.clientHeight }, (position) =>
        map.project(position as [number, number]),
      );
      for (const [kind, path] of Object.entries(overlayPaths)) overlay.querySelector(`[data-overlay="${kind}"]`)?.setAttribute('d', path);
    };
    drawOverlayRef.current = drawSelection;
    const snapshot = () => {
      const source = map.getCanvas();
      const image = document.createElement('canvas');
      image.width = source.width;
      image.height = source.height;
      const context = image.getContext('2d');
      if (!context) return source;
      context.drawImage(source, 0, 0);
      context.scale(source.width / (source.clientWidth || source.width), source.height / (source.clientHeight || source.height));
      drawOverlay(context, overlayPaths);
      return image;
    };

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
      syncTrainingLayer(map, latest.current.trainingPoints);
      syncCompareLayer(map, latest.current.comparedBasins);
      fit();
      // Compact attribution starts open on wide maps and hides the south of the region: start it closed.
      container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
      placeLabels();
      drawSelection();
    });
    map.on('move', () => {
      placeLabels();
      drawSelection();
    });
    map.on('resize', () => {
      fit();
      placeLabels();
      drawSelection();
    });
    map.once('idle', () => {
      ready = true;
      placeLabels();
      drawSelection();
      latest.current.onReady(snapshot);
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
      cancelAnimationFrame(pendingPlacement);
      mapRef.current = null;
      loadedRef.current = false;
      map.remove();
    };
  }, []);

  const { choropleth, basin, dep, active } = props;
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

  const { trainingPoints } = props;
  useEffect(() => {
    if (mapRef.current && loadedRef.current) syncTrainingLayer(mapRef.current, trainingPoints);
  }, [trainingPoints]);

  const { comparedBasins } = props;
  useEffect(() => {
    if (mapRef.current && loadedRef.current) syncCompareLayer(mapRef.current, comparedBasins);
  }, [comparedBasins]);

  // A selection or a hover redraws the SVG overlay only; the canvas keeps its pixels.
  useEffect(() => {
    if (!mapRef.current) return;
    drawOverlayRef.current();
    placeLabelsRef.current();
  }, [basin, dep, active]);

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

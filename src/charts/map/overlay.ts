/**
 * The selection, drawn over the map canvas rather than into it: the selected
 * basin's or department's outline, the hovered basin's, and a veil over
 * everything outside the selected department. Selecting or hovering then
 * never repaints the WebGL canvas, which costs tens of milliseconds a frame
 * wherever WebGL is software-rendered (no GPU: office virtual machines,
 * remote desktops, CI). The same paths feed the SVG on screen and the PNG
 * export (`Path2D` reads SVG path data).
 */
import { MAP_COLORS } from './colors';
import type { AreaGeometry, Position } from './labelPoint';

export type Project = (position: Position) => { x: number; y: number };

export interface OverlayInput {
  basins: readonly { code: string; geometry: AreaGeometry }[];
  departments: readonly { code: string; geometry: AreaGeometry }[];
  basin: string | null;
  dep: string | null;
  hover: string | null;
  width: number;
  height: number;
}

/** SVG path data, '' when there is nothing to draw. */
export interface OverlayPaths {
  /** Everything but the selected department (fill-rule evenodd). */
  veil: string;
  department: string;
  basin: string;
  hover: string;
}

/**
 * Opacity of the veil: a basin under it keeps about 35 % of its colour, as a
 * faded fill did when the selection was drawn in WebGL (0.35 of 0.92).
 */
export const VEIL_OPACITY = 0.62;

export const OVERLAY_STROKES = {
  department: { color: MAP_COLORS.selected, width: 3 },
  basin: { color: MAP_COLORS.selected, width: 3 },
  hover: { color: MAP_COLORS.departmentLine, width: 2 },
} as const;

const round = (value: number) => Math.round(value * 10) / 10;

export function geometryPath(geometry: AreaGeometry, project: Project): string {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let path = '';
  for (const rings of polygons) {
    for (const ring of rings) {
      ring.forEach((position, index) => {
        const { x, y } = project(position);
        path += `${index === 0 ? 'M' : 'L'}${round(x)} ${round(y)}`;
      });
      if (ring.length > 0) path += 'Z';
    }
  }
  return path;
}

export function selectionOverlay(input: OverlayInput, project: Project): OverlayPaths {
  const pathOf = (list: OverlayInput['basins'], code: string | null) => {
    const feature = code === null ? undefined : list.find((candidate) => candidate.code === code);
    return feature ? geometryPath(feature.geometry, project) : '';
  };
  const department = pathOf(input.departments, input.dep);
  return {
    veil: department ? `M0 0H${round(input.width)}V${round(input.height)}H0Z${department}` : '',
    // A basin selection outlines the basin, not its whole department.
    department: input.basin ? '' : department,
    basin: pathOf(input.basins, input.basin),
    hover: input.hover === input.basin ? '' : pathOf(input.basins, input.hover),
  };
}

/** Draws the overlay onto a 2D canvas already scaled to CSS pixels (for the PNG export). */
export function drawOverlay(context: CanvasRenderingContext2D, paths: OverlayPaths): void {
  context.save();
  if (paths.veil) {
    context.globalAlpha = VEIL_OPACITY;
    context.fillStyle = MAP_COLORS.background;
    context.fill(new Path2D(paths.veil), 'evenodd');
    context.globalAlpha = 1;
  }
  context.lineJoin = 'round';
  for (const kind of ['department', 'hover', 'basin'] as const) {
    if (!paths[kind]) continue;
    context.strokeStyle = OVERLAY_STROKES[kind].color;
    context.lineWidth = OVERLAY_STROKES[kind].width;
    context.stroke(new Path2D(paths[kind]));
  }
  context.restore();
}

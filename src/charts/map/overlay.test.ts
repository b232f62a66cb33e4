import type { AreaGeometry } from './labelPoint';
import { geometryPath, selectionOverlay, type OverlayInput } from './overlay';

const square = (x: number, y: number): AreaGeometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + 1, y],
      [x + 1, y + 1],
      [x, y],
    ],
  ],
});
// Screen pixels = degrees × 10, y down: enough to check what is drawn where.
const project = ([x, y]: readonly [number, number]) => ({ x: x * 10, y: 100 - y * 10 });

const input: OverlayInput = {
  basins: [
    { code: '2817', geometry: square(0, 0) },
    { code: '2818', geometry: square(1, 0) },
    { code: '2801', geometry: square(5, 5) },
  ],
  departments: [
    { code: '14', geometry: { type: 'MultiPolygon', coordinates: [square(0, 0).coordinates as never, square(1, 0).coordinates as never] } },
    { code: '76', geometry: square(5, 5) },
  ],
  basin: null,
  dep: null,
  hover: null,
  width: 200,
  height: 100,
};

describe('selection overlay', () => {
  it('projects every ring into SVG path data, one subpath per ring', () => {
    expect(geometryPath(square(0, 0), project)).toBe('M0 100L10 100L10 90L0 100Z');
    const twoParts = geometryPath(input.departments[0]!.geometry, project);
    expect(twoParts.match(/M/g)).toHaveLength(2);
    expect(twoParts.match(/Z/g)).toHaveLength(2);
  });

  it('draws nothing without a selection or hover', () => {
    expect(selectionOverlay(input, project)).toEqual({ veil: '', department: '', basin: '', hover: '' });
  });

  it('outlines a selected department and veils everything outside it', () => {
    const paths = selectionOverlay({ ...input, dep: '14' }, project);
    const department = geometryPath(input.departments[0]!.geometry, project);
    expect(paths.department).toBe(department);
    // The whole stage with the department as a hole (even-odd).
    expect(paths.veil).toBe(`M0 0H200V100H0Z${department}`);
    expect(paths.basin).toBe('');
  });

  it('outlines a selected basin rather than its department, and keeps its department clear of the veil', () => {
    const paths = selectionOverlay({ ...input, dep: '14', basin: '2817' }, project);
    expect(paths.basin).toBe(geometryPath(square(0, 0), project));
    expect(paths.department).toBe('');
    expect(paths.veil).toContain(geometryPath(input.departments[0]!.geometry, project));
  });

  it('outlines the hovered basin unless it is the selected one', () => {
    expect(selectionOverlay({ ...input, hover: '2801' }, project).hover).toBe(geometryPath(square(5, 5), project));
    expect(selectionOverlay({ ...input, hover: '2817', basin: '2817', dep: '14' }, project).hover).toBe('');
  });

  it('ignores codes it does not know', () => {
    expect(selectionOverlay({ ...input, basin: '9999', dep: '99', hover: '0000' }, project)).toEqual({ veil: '', department: '', basin: '', hover: '' });
  });
});

/**
 * Choropleth colours: a single-hue sequential blue ramp (d3-scale-chromatic
 * Blues), readable by colour-blind users because it varies in lightness only.
 * The ramp starts at 30 % so the lightest class stays distinct from the
 * "aucun projet" white and the map background; "secret statistique" is a
 * hatched grey, never a colour of the ramp.
 */
import { interpolateBlues } from 'd3-scale-chromatic';

export const MAP_COLORS = {
  background: '#eef2f6',
  /** Fill of a basin with no recruitment project (drawn with a dot pattern). */
  none: '#ffffff',
  noneInk: '#9ca3af',
  /** Fill of a basin whose cells are all secret (drawn with diagonal hatching). */
  secret: '#d1d5db',
  secretInk: '#4b5563',
  basinLine: '#ffffff',
  departmentLine: '#1f2937',
  selected: '#c2410c',
} as const;

const RAMP_START = 0.3;
const RAMP_END = 0.95;

/** `count` colours, lightest first, as `#rrggbb`. */
export function classColors(count: number): string[] {
  if (count <= 0) return [];
  if (count === 1) return [toHex(interpolateBlues((RAMP_START + RAMP_END) / 2))];
  return Array.from({ length: count }, (_, i) => toHex(interpolateBlues(RAMP_START + ((RAMP_END - RAMP_START) * i) / (count - 1))));
}

/** d3 gives `rgb(r, g, b)`; hex keeps tests, ECharts and MapLibre on one notation. */
export function toHex(color: string): string {
  const match = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(color);
  if (!match) return color;
  return `#${match
    .slice(1, 4)
    .map((channel) => Number(channel).toString(16).padStart(2, '0'))
    .join('')}`;
}

/** WCAG relative luminance of `#rrggbb`. */
export function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Dark or white text, whichever reads better on `fill`. */
export function inkOn(fill: string): string {
  return contrastRatio(fill, '#1f2937') >= contrastRatio(fill, '#ffffff') ? '#1f2937' : '#ffffff';
}

export type FillPattern = 'hatch' | 'dots';

/**
 * RGBA pixels of a repeating pattern (`size`×`size`), given to MapLibre with
 * `addImage` so the style needs no remote sprite.
 */
export function patternPixels(kind: FillPattern, size = 8): Uint8ClampedArray {
  const pixels = new Uint8ClampedArray(size * size * 4);
  const [background, ink] = kind === 'hatch' ? [MAP_COLORS.secret, MAP_COLORS.secretInk] : [MAP_COLORS.none, MAP_COLORS.noneInk];
  const rgb = (hex: string) => [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const inked = kind === 'hatch' ? (x + y) % size < 2 : x % 4 === 1 && y % 4 === 1;
      const [r, g, b] = rgb(inked ? ink : background) as [number, number, number];
      const at = (y * size + x) * 4;
      pixels[at] = r;
      pixels[at + 1] = g;
      pixels[at + 2] = b;
      pixels[at + 3] = 255;
    }
  }
  return pixels;
}

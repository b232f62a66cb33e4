/**
 * Colours. Series colours come from the Okabe–Ito colour-blind-safe set,
 * darkened where needed so each reaches 3:1 against white (WCAG 1.4.11).
 */
export const SERIES_COLORS = ['#0b5cad', '#c2410c', '#047857', '#7c3aed', '#a16207', '#be185d'] as const;

/** Normandie is the subject, France the reference: blue against neutral grey. */
export const AREA_COLORS = { normandie: '#0b5cad', france: '#6b7280' } as const;

export const HIGHLIGHT_COLOR = '#c2410c';
export const TEXT_COLOR = '#1f2937';
export const MUTED_TEXT_COLOR = '#4b5563';
export const GRID_LINE_COLOR = '#e5e7eb';

/** Hatching for values that are uncertain, so they are never read as confident figures. */
export const UNCERTAIN_DECAL: { symbol: 'rect'; dashArrayX: number[]; dashArrayY: number[]; rotation: number; color: string } = {
  symbol: 'rect',
  dashArrayX: [1, 0],
  dashArrayY: [3, 3],
  rotation: Math.PI / 4,
  color: 'rgba(255,255,255,0.6)',
};

/** Single quotes: ECharts writes the family into SVG `style` attributes as is, where a double quote would end the attribute. */
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

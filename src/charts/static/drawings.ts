/**
 * The drawings made at build time, and how a chart finds its own.
 *
 * scripts/prerender.mjs draws every chart of every page to an SVG file
 * (`static/<fingerprint>-<size>.svg`) and writes, into each page, the list
 * of those drawings (`<script type="application/json" id="__DRAWINGS__">`:
 * data, not code, so the CSP holds). A chart shows its drawing only while
 * its own fingerprint, computed from the data the browser loaded, is the
 * one the build drew: stale figures are never left on screen as current.
 */
import { createContext } from 'react';
import type { Filters } from '../../state/filters';

/** A URL parameter a drawing may depend on: a filter, or the pinned data release of an embed. */
export type DependencyName = keyof Filters | 'release';

/** Which drawing a chart needs: a phone-width card, a desktop card, a slide. */
export type DrawingVariant = 'desktop' | 'phone' | 'slide' | 'slidePhone';

/** Where a chart sits: a full-width card, a half-width card (two per row on desktop), the map's stage. */
export type ChartSlot = 'wide' | 'half' | 'map';

export interface DrawingEntry {
  /** Fingerprint per variant drawn. */
  fingerprints: Partial<Record<DrawingVariant, string>>;
  /** The filters that change this chart: a link that sets one marks the drawing as updating until redrawn. */
  depends: DependencyName[];
}

export type DrawingManifest = Record<string, DrawingEntry>;

export const DRAWINGS_SCRIPT_ID = '__DRAWINGS__';

/**
 * Pixel widths the build draws at, per page width: a phone (≤ 40rem), a
 * 1280 px screen, a 1920 px screen (the page is at most 1440 px wide), a
 * slide at 1920×1080, an embed in a report column. Measured on the built
 * page (tests/browser/prerender.browser.mjs checks them); between two
 * widths the drawing scales to the card, and ECharts redraws at the exact
 * width as soon as the user reaches for the chart.
 */
export const DRAWING_WIDTHS = {
  phone: 317,
  desktopWide: 1182,
  desktopHalf: 562,
  largeWide: 1342,
  largeHalf: 642,
  slide: 1805,
  // A slide opened on a phone (a shared slide link): its chart box at 375 px.
  slidePhone: 343,
  embed: 760,
  mapPhone: 317,
  mapDesktop: 846,
  mapLarge: 1006,
  mapEmbed: 792,
} as const;

export type DrawingSize = keyof typeof DRAWING_WIDTHS;

export function drawingFile(fingerprint: string, size: DrawingSize): string {
  return `static/${fingerprint}-${size}.svg`;
}

let manifest: DrawingManifest | null = null;

/** Build time: the manifest the final render reads. */
export function setDrawingManifest(next: DrawingManifest | null): void {
  manifest = next;
}

/** The page's manifest, read once from the page (an empty one if absent or unreadable). */
export function drawingManifest(): DrawingManifest {
  if (manifest) return manifest;
  if (typeof document === 'undefined') return {};
  try {
    const text = document.getElementById(DRAWINGS_SCRIPT_ID)?.textContent;
    manifest = text ? (JSON.parse(text) as DrawingManifest) : {};
  } catch {
    manifest = {};
  }
  return manifest;
}

/** What a chart reports to the build while it renders there. */
export interface DrawingRequest {
  id: string;
  variant: DrawingVariant;
  fingerprint: string;
  option: unknown;
  height: number;
  sizes: DrawingSize[];
  /** The map draws from the basin geometry, registered by the build. */
  geo?: 'basins';
  /** Where the drawing sits when its box is wider than it: cards left, the map centred. */
  align: 'left' | 'center';
}

/**
 * How many drawings a page asks for first, in document order: the first screen's (the map, or a row of two
 * cards). Each SVG file is a small document the browser parses on the main thread before its next frame, so
 * fetching every drawing of a section at once delays the first one; the rest load as they near the viewport.
 */
export const EAGER_DRAWINGS = 2;

/** Numbers one render's drawings in document order: each call returns the next place (0, 1, 2…). */
export type DrawingOrder = () => number;

/** A fresh count for one render of the page. */
export function drawingOrder(): DrawingOrder {
  let next = 0;
  return () => next++;
}
export const DrawingOrderContext = createContext<DrawingOrder | null>(null);

/** Present only at build time (scripts/prerender.mjs): collects what each render pass drew. */
export const DrawingCollectorContext = createContext<((request: DrawingRequest) => void) | null>(null);

/** The files a `<picture>` offers for a chart: one per screen width the page lays out differently. */
export interface PictureSizes {
  phone?: DrawingSize;
  large?: DrawingSize;
  main: DrawingSize;
}

export function pictureSizes(mode: 'dashboard' | 'embed' | 'present', slot: ChartSlot): PictureSizes {
  if (mode === 'present') return { phone: 'slidePhone', main: 'slide' };
  if (slot === 'map') return mode === 'embed' ? { phone: 'mapPhone', main: 'mapEmbed' } : { phone: 'mapPhone', large: 'mapLarge', main: 'mapDesktop' };
  if (mode === 'embed') return { phone: 'phone', main: 'embed' };
  return slot === 'wide' ? { phone: 'phone', large: 'largeWide', main: 'desktopWide' } : { phone: 'phone', large: 'largeHalf', main: 'desktopHalf' };
}

/** Which of those sizes a chart shown as `variant` asks the build to draw. */
export function sizesFor(mode: 'dashboard' | 'embed' | 'present', slot: ChartSlot, variant: DrawingVariant): DrawingSize[] {
  const sizes = pictureSizes(mode, slot);
  if (variant === 'phone' || variant === 'slidePhone') return sizes.phone ? [sizes.phone] : [];
  return [sizes.main, ...(sizes.large ? [sizes.large] : [])];
}

/** Full-width cards (`span-all`) tell their charts so, for the width of their build-time drawing. */
export const ChartSlotContext = createContext<ChartSlot>('half');

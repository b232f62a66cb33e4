import { useContext, useMemo } from 'react';
import { useCompactChart } from '../useCompactChart';
import { ChartSlotContext, DrawingCollectorContext, drawingManifest, pictureSizes, sizesFor, type ChartSlot, type DrawingVariant } from './drawings';
import { drawingFingerprint } from './fingerprint';

type Mode = 'dashboard' | 'embed' | 'present';

/**
 * The build-time drawing of a chart, if the page has one and it is still
 * this chart's: its fingerprint, computed from the data and filters the
 * browser has now, must be the one the build drew. At build time, reports
 * what it would draw to the prerender (which turns it into an SVG file).
 * `option` null: nothing to draw (an empty chart, or one that draws itself).
 */
export function useBuildTimeDrawing(
  id: string,
  option: unknown,
  height: number,
  mode: Mode,
  { slot: slotOverride, geo }: { slot?: ChartSlot; geo?: 'basins' } = {},
) {
  const compact = useCompactChart();
  const contextSlot = useContext(ChartSlotContext);
  const slot = slotOverride ?? contextSlot;
  const collect = useContext(DrawingCollectorContext);
  // A slide on a phone is drawn for the phone too (its chart laid out compact, as the browser lays it out).
  const variant: DrawingVariant = mode === 'present' ? (compact ? 'slidePhone' : 'slide') : compact ? 'phone' : 'desktop';
  const fingerprint = useMemo(() => (option ? drawingFingerprint(option, height) : null), [option, height]);
  if (collect && fingerprint && option) {
    collect({ id, variant, fingerprint, option, height, sizes: sizesFor(mode, slot, variant), geo, align: slot === 'map' ? 'center' : 'left' });
  }
  const entry = drawingManifest()[id];
  const valid = Boolean(fingerprint && entry && entry.fingerprints[variant] === fingerprint);
  return {
    valid,
    entry: valid ? entry : undefined,
    sizes: pictureSizes(mode, slot),
    mainVariant: (mode === 'present' ? 'slide' : 'desktop') as 'desktop' | 'slide',
    depends: entry?.depends.join(' ') || undefined,
  };
}

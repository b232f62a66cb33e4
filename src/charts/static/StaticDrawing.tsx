import { useContext, useEffect, useRef, useState } from 'react';
import { rootPrefix } from '../../state/route';
import { useRoute } from '../../state/navigation';
import { DrawingOrderContext, EAGER_DRAWINGS, drawingFile, type DrawingEntry, type DrawingSize, type PictureSizes } from './drawings';

/** The same breakpoints as the page's layout and `useCompactChart`. */
const PHONE_MEDIA = '(max-width: 40rem)';
const LARGE_MEDIA = '(min-width: 1600px)';

interface StaticDrawingProps {
  entry: DrawingEntry;
  /** The files the page offers for this chart (see `pictureSizes`). */
  sizes: PictureSizes;
  /** Which of the entry's fingerprints the main file is drawn from (a slide's, or a desktop card's). */
  mainVariant: 'desktop' | 'slide';
  height: number;
  /** The chart's accessible description: the drawing is an image, and says what it shows. */
  alt: string;
  /** While ECharts' drawing is being laid over it: hidden from assistive technology. */
  covered?: boolean;
  /** The file did not load (offline before it was ever seen, a host that lost it): ECharts draws instead. */
  onMissing?: () => void;
  /** Element Timing name, so the benchmark (and any RUM) sees when the drawing was painted. */
  timing?: 'chart-drawing' | 'map-drawing';
}

/**
 * The chart as drawn at build time: an SVG file per screen size, picked by
 * the browser before any script runs (it is in the HTML the host sends).
 * An image, not markup: its text is the build's own SVG, never injected
 * into the page, and it renders under the strict CSP and without JavaScript.
 */
export function StaticDrawing({ entry, sizes, mainVariant, height, alt, covered = false, onMissing, timing = 'chart-drawing' }: StaticDrawingProps) {
  const route = useRoute();
  const image = useRef<HTMLImageElement>(null);
  // Decided once, at the drawing's first render: on the build's page, the first drawings of the page are eager.
  const place = useContext(DrawingOrderContext);
  const [eager] = useState(() => (place ? place() < EAGER_DRAWINGS : true));
  // An image that failed before React was listening (while the page was hydrating) fires no error event now.
  useEffect(() => {
    const element = image.current;
    if (element?.complete && element.naturalWidth === 0) onMissing?.();
  }, [onMissing]);
  const prefix = rootPrefix(route);
  const url = (variant: keyof DrawingEntry['fingerprints'], size: DrawingSize) => {
    const fingerprint = entry.fingerprints[variant];
    return fingerprint ? `${prefix}${drawingFile(fingerprint, size)}` : null;
  };
  const phone = sizes.phone ? url(mainVariant === 'slide' ? 'slidePhone' : 'phone', sizes.phone) : null;
  const large = sizes.large ? url(mainVariant, sizes.large) : null;
  const main = url(mainVariant, sizes.main);
  if (!main) return null;
  return (
    <picture className="chart-static" data-covered={covered || undefined} aria-hidden={covered || undefined}>
      {phone ? <source media={PHONE_MEDIA} srcSet={phone} /> : null}
      {large ? <source media={LARGE_MEDIA} srcSet={large} /> : null}
      <img
        ref={image}
        src={main}
        alt={alt}
        height={height}
        // The first drawings are the landing page's first chart: painted in the frame they arrive in, not one later.
        {...(eager ? { fetchPriority: 'high' as const } : { loading: 'lazy' as const, decoding: 'async' as const })}
        onError={onMissing}
        {...{ elementtiming: timing }}
      />
    </picture>
  );
}

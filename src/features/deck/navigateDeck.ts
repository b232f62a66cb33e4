import { appRootPath, appRootUrl, NAVIGATE_EVENT } from '../../state/navigation';
import { useFilterStore } from '../../state/store';
import { parseFilters } from '../../state/url';
import { slideAddress, type DeckSlide } from './deck';

/**
 * Opens slide `at` of a deck: its chart's page, its own filters (the
 * audience's language kept), the deck in the fragment. A new history entry,
 * so Back returns to the previous slide with its filters.
 */
export function goToDeckSlide(slides: readonly DeckSlide[], at: number): void {
  const slide = slides[at];
  if (!slide) return;
  const lang = useFilterStore.getState().lang;
  const address = slideAddress(slides, at);
  const query = new URLSearchParams(slide.query);
  if (lang !== 'fr') query.set('lang', lang);
  const search = query.toString();
  const [path, hash] = [address.slice(0, address.indexOf('?') >= 0 ? address.indexOf('?') : address.indexOf('#')), address.slice(address.indexOf('#'))];
  window.history.pushState(null, '', `${appRootPath()}${path}${search ? `?${search}` : ''}${hash}`);
  useFilterStore.getState().replaceFilters(parseFilters(window.location.search).filters);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** The deck's link to share: its first slide, absolute. */
export function deckUrl(slides: readonly DeckSlide[]): string {
  return `${appRootUrl()}${slideAddress(slides, 0)}`;
}

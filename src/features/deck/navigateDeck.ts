import { editQuery, notifyNavigation, writeAddress } from '../../state/address';
import { appRootPath, appRootUrl } from '../../state/navigation';
import { useFilterStore } from '../../state/store';
import { parseFilters } from '../../state/url';
import { deckHash, slideAddress, type DeckSlide } from './deck';

/**
 * Opens slide `at` of a deck: its chart's page, its own filters (the
 * audience's language kept), the deck in the fragment. A new history entry,
 * so Back returns to the previous slide with its filters.
 */
export function goToDeckSlide(slides: readonly DeckSlide[], at: number): void {
  const slide = slides[at];
  if (!slide) return;
  const lang = useFilterStore.getState().lang;
  const query = editQuery(slide.query, lang !== 'fr' ? { lang } : {});
  writeAddress(`${appRootPath()}present/${slide.chart}/${query}${deckHash(slides, at)}`, { notify: false });
  useFilterStore.getState().replaceFilters(parseFilters(query).filters);
  notifyNavigation();
}

/** The deck's link to share: its first slide, absolute. */
export function deckUrl(slides: readonly DeckSlide[]): string {
  return `${appRootUrl()}${slideAddress(slides, 0)}`;
}

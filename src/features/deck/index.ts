export { AddToDeckButton, DeckButton } from './DeckControls';
export { deckFromHash, type DeckSlide } from './deck';
export { goToDeckSlide } from './navigateDeck';

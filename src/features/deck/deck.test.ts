import { addSlide, decodeDeck, deckFromHash, deckHash, encodeDeck, moveSlide, removeSlide, slideAddress, withNote, type DeckSlide } from './deck';

const slides: DeckSlide[] = [
  { chart: 'recruitment-map', query: '?dep=14', title: 'Projets de recrutement', note: 'Calvados d’abord' },
  { chart: 'employment-growth', query: '', title: 'Emploi', note: '' },
  { chart: 'ai-uses', query: '?sector=industrie&lang=fr', title: 'Usages « IA »', note: 'Note <b>1</b>' },
];

describe('deck', () => {
  it('travels in a link and comes back the same, accents, quotes and markup as text', () => {
    const back = decodeDeck(encodeDeck(slides));
    expect(back?.map((slide) => slide.chart)).toEqual(['recruitment-map', 'employment-growth', 'ai-uses']);
    expect(back?.[0]).toEqual(slides[0]);
    expect(back?.[2]?.note).toBe('Note <b>1</b>');
    expect(encodeDeck(slides)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('keeps only valid filters of each slide and refuses what is not a deck', () => {
    const dirty = encodeDeck([{ chart: 'ai-uses', query: '?dep=99&zzz=1&measure=difficiles', title: 't', note: '' }]);
    expect(decodeDeck(dirty)?.[0]?.query).toBe('?measure=difficiles');
    expect(decodeDeck('not-base64!')).toBeNull();
    expect(decodeDeck(btoa(JSON.stringify([['../etc', '', '', '']])))).toBeNull();
    expect(decodeDeck(btoa('[]'))).toBeNull();
    expect(decodeDeck(null)).toBeNull();
  });

  it('reads its position from the fragment, within the deck', () => {
    expect(deckFromHash(deckHash(slides, 2))).toMatchObject({ at: 2 });
    expect(deckFromHash(`${deckHash(slides, 0)}&at=9`)?.at).toBe(2);
    expect(deckFromHash('#main')).toBeNull();
    expect(slideAddress(slides, 0)).toMatch(/^present\/recruitment-map\/\?dep=14#deck=/);
  });

  it('is reordered, captioned and pruned', () => {
    expect(moveSlide(slides, 2, 0).map((slide) => slide.chart)).toEqual(['ai-uses', 'recruitment-map', 'employment-growth']);
    expect(moveSlide(slides, 0, -1).map((slide) => slide.chart)).toEqual(slides.map((slide) => slide.chart));
    expect(removeSlide(slides, 1).map((slide) => slide.chart)).toEqual(['recruitment-map', 'ai-uses']);
    expect(withNote(slides, 1, 'Point clé')[1]?.note).toBe('Point clé');
    expect(addSlide([], { chart: 'ai-uses', query: '?lang=fr&dep=76', title: 't', note: '' })[0]?.query).toBe('?dep=76');
  });
});

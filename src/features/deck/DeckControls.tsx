import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/i18n';
import { copyText } from '../../ui/share/browser';
import { readAddress } from '../../state/address';
import { addSlide, MAX_NOTE, moveSlide, removeSlide, slideFiltersText as filtersText, withNote, type DeckSlide } from './deck';
import { getDraftDeck, setDraftDeck, useDraftDeck } from './deckStore';
import { deckUrl, goToDeckSlide } from './navigateDeck';

/** « Ajouter à la présentation » on every chart: the chart with the filters on screen now. */
export function AddToDeckButton({ chartId, title }: { chartId: string; title: string }) {
  const t = useT();
  const [status, setStatus] = useState('');
  return (
    <>
      <button
        type="button"
        className="button button-secondary"
        data-add-to-deck={chartId}
        onClick={() => {
          const slides = addSlide(getDraftDeck(), { chart: chartId, query: readAddress().search, title, note: '' });
          setDraftDeck(slides);
          setStatus(t('present.deck.added', { count: slides.length }));
        }}
      >
        {t('present.deck.add')}
      </button>
      <span className="share-status" role="status">
        {status}
      </span>
    </>
  );
}

/** « Ma présentation (3) » in the header: opens the deck being built. */
export function DeckButton() {
  const t = useT();
  const slides = useDraftDeck();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={button} type="button" className="button button-secondary deck-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('present.deck.open', { count: slides.length })}
      </button>
      {open ? (
        <DeckDialog
          slides={slides}
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      ) : null}
    </>
  );
}

/**
 * The deck being built, in a native modal dialog: each slide's caption, its
 * place (Monter / Descendre), Retirer; then Présenter or Copier le lien.
 * Every action is a button or a field: all of it works from the keyboard.
 */
export function DeckDialog({ slides, onClose }: { slides: readonly DeckSlide[]; onClose: () => void }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const baseId = useId();
  const [status, setStatus] = useState('');
  const [manual, setManual] = useState<string | null>(null);
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
  }, []);

  /** After a move, the focus follows the slide to its new place. */
  const move = (from: number, to: number, which: 'up' | 'down') => {
    setDraftDeck(moveSlide(slides, from, to));
    setStatus(t('present.deck.moved', { title: slides[from]!.title, position: to + 1 }));
    // The same button when it can still move the slide that way, the other one at the end of the list.
    requestAnimationFrame(() => {
      const item = dialog.current?.querySelector(`[data-slide-index="${to}"]`);
      (
        item?.querySelector<HTMLButtonElement>(`[data-move="${which}"]:not(:disabled)`) ?? item?.querySelector<HTMLButtonElement>('[data-move]:not(:disabled)')
      )?.focus();
    });
  };

  return (
    <dialog ref={dialog} className="share-dialog deck-dialog" aria-labelledby={`${baseId}-title`} onClose={onClose}>
      <h2 id={`${baseId}-title`} className="share-dialog-title">
        {t('present.deck.title')}
      </h2>
      {slides.length === 0 ? (
        <p>{t('present.deck.empty')}</p>
      ) : (
        <ol className="deck-list">
          {slides.map((slide, index) => (
            <li key={`${index}-${slide.chart}-${slide.query}`} data-slide-index={index} className="deck-item">
              <p className="deck-item-title">
                <strong>{slide.title}</strong>
                {slide.query ? <span className="deck-item-filters"> — {filtersText(slide.query)}</span> : null}
              </p>
              <label className="field field-wide" htmlFor={`${baseId}-note-${index}`}>
                {t('present.deck.note')}
                <textarea
                  id={`${baseId}-note-${index}`}
                  rows={2}
                  maxLength={MAX_NOTE}
                  defaultValue={slide.note}
                  onBlur={(event) => {
                    if (event.currentTarget.value !== slide.note) setDraftDeck(withNote(getDraftDeck(), index, event.currentTarget.value));
                  }}
                />
              </label>
              <div className="deck-item-actions">
                <button
                  type="button"
                  className="button button-secondary"
                  data-move="up"
                  disabled={index === 0}
                  aria-label={t('present.deck.upLabel', { title: slide.title })}
                  onClick={() => move(index, index - 1, 'up')}
                >
                  {t('present.deck.up')}
                </button>
                <button
                  type="button"
                  className="button button-secondary"
                  data-move="down"
                  disabled={index === slides.length - 1}
                  aria-label={t('present.deck.downLabel', { title: slide.title })}
                  onClick={() => move(index, index + 1, 'down')}
                >
                  {t('present.deck.down')}
                </button>
                <button
                  type="button"
                  className="button button-secondary"
                  data-remove
                  aria-label={t('present.deck.removeLabel', { title: slide.title })}
                  onClick={() => {
                    setDraftDeck(removeSlide(slides, index));
                    setStatus(t('present.deck.removed', { title: slide.title }));
                    requestAnimationFrame(() =>
                      dialog.current?.querySelector<HTMLElement>('.deck-item-actions button:not(:disabled), [data-deck-close]')?.focus(),
                    );
                  }}
                >
                  {t('present.deck.remove')}
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <p className="share-status" role="status">
        {status}
      </p>
      {manual ? (
        <input
          className="share-manual-link"
          readOnly
          value={manual}
          aria-label={t('present.deck.copyLink')}
          onFocus={(event) => event.currentTarget.select()}
        />
      ) : null}
      <div className="share-dialog-actions">
        <button
          type="button"
          className="button"
          disabled={slides.length === 0}
          onClick={() => {
            // Captions typed last are saved on blur, which comes before this click.
            const deck = getDraftDeck();
            dialog.current?.close();
            goToDeckSlide(deck, 0);
          }}
        >
          {t('present.deck.present')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={slides.length === 0}
          onClick={() => {
            const url = deckUrl(getDraftDeck());
            void copyText(url).then((copied) => {
              if (copied) return setStatus(t('present.deck.linkCopied'));
              setManual(url);
              setStatus(t('present.deck.copyFailed'));
            });
          }}
        >
          {t('present.deck.copyLink')}
        </button>
        <button type="button" className="button button-secondary" data-deck-close onClick={() => dialog.current?.close()}>
          {t('present.deck.close')}
        </button>
      </div>
    </dialog>
  );
}

/**
 * Which slide a `slide=` parameter points at: a 1-based number (handy to type)
 * or a chart id (stable when charts are added). Anything else opens the first.
 */
export function slideIndex(slide: string | null, ids: readonly string[]): number {
  if (!slide || ids.length === 0) return 0;
  const byId = ids.indexOf(slide);
  if (byId >= 0) return byId;
  if (/^\d{1,4}$/.test(slide)) return Math.min(Math.max(Number(slide) - 1, 0), ids.length - 1);
  return 0;
}

/** Whether a `slide` value names a slide of the deck (none, an id of it, or a number); an unknown one is said so. */
export function isKnownSlide(slide: string | null, ids: readonly string[]): boolean {
  return slide === null || ids.includes(slide) || /^\d{1,4}$/.test(slide);
}

export type SlideKeyAction = 'next' | 'previous' | 'first' | 'last' | 'exit' | null;

/**
 * Keys a presenter (or a clicker, which sends PageUp/PageDown) uses. Arrow
 * keys and Space keep their own meaning inside form controls, and Space on a
 * button presses that button.
 */
export function slideKeyAction(key: string, target: { tagName: string; type?: string; role?: string | null } | null): SlideKeyAction {
  const tag = target?.tagName.toLowerCase() ?? '';
  const inField =
    tag === 'select' || tag === 'textarea' || (tag === 'input' && target?.type !== 'checkbox') || target?.role === 'radio' || target?.role === 'option';
  const onButton = tag === 'button' || tag === 'a' || tag === 'summary';
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return inField && key === 'ArrowRight' ? null : 'next';
    case ' ':
      return inField || onButton ? null : 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return inField && key === 'ArrowLeft' ? null : 'previous';
    case 'Home':
      return inField ? null : 'first';
    case 'End':
      return inField ? null : 'last';
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}

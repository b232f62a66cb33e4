import { useEffect, useRef } from 'react';
import { useT } from '../i18n/i18n';
import { SECTIONS, type SectionId } from '../state/sections';
import { RouteLink } from '../ui/RouteLink';

/** Section links keep the filters, so they survive navigation; each section is a page of its own. */
export function Nav({ current }: { current: SectionId }) {
  const t = useT();
  useFocusHeadingOnSectionChange(current);
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <ul>
        {SECTIONS.map((section) => (
          <li key={section.id}>
            <RouteLink to={{ kind: 'dashboard', section: section.id }} aria-current={section.id === current ? 'page' : undefined}>
              {t(`nav.${section.key}`)}
            </RouteLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * After the user switches section, move focus to the new section's heading so
 * keyboard and screen-reader users land on the content they asked for (the
 * page does not reload, so nothing else would announce the change).
 */
function useFocusHeadingOnSectionChange(current: SectionId) {
  const previous = useRef(current);
  useEffect(() => {
    if (previous.current === current) return;
    previous.current = current;
    // Sections load lazily: wait (a few seconds at most) for the new heading to be in the page.
    const key = SECTIONS.find((section) => section.id === current)!.key;
    const deadline = performance.now() + 5000;
    let frame = 0;
    const focusWhenReady = () => {
      const heading = document.getElementById(`section-${key}-title`);
      if (heading) heading.focus({ preventScroll: false });
      else if (performance.now() < deadline) frame = requestAnimationFrame(focusWhenReady);
    };
    frame = requestAnimationFrame(focusWhenReady);
    return () => cancelAnimationFrame(frame);
  }, [current]);
}

import { useT } from '../i18n/i18n';
import { SECTIONS, type SectionId } from '../state/sections';

/** Section links keep the query string, so filters survive navigation. */
export function Nav({ current }: { current: SectionId }) {
  const t = useT();
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <ul>
        {SECTIONS.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`} aria-current={section.id === current ? 'page' : undefined}>
              {t(`nav.${section.key}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import type { MouseEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n/i18n';
import { navigate, useRoute } from '../../state/navigation';
import { relativeHref, type Route } from '../../state/route';
import { selectFilters, useFilterStore } from '../../state/store';
import { serializeFilters } from '../../state/url';
import type { SheetLinks } from './sheetLinks';
import '../../i18n/messages/jobs';

const RECRUITMENT: Route = { kind: 'dashboard', section: 'recrutements' };
const TRAINING: Route = { kind: 'dashboard', section: 'formations' };

/** A sheet's BMO occupations (each a link that selects it in Recrutements) and the certifications that train for it. */
export function SheetLinksView({ links }: { links: SheetLinks }) {
  const t = useT();
  const from = useRoute();
  const filters = useFilterStore(useShallow(selectFilters));
  const go = (to: Route, patch: Partial<typeof filters>) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    useFilterStore.getState().setFilters(patch);
    navigate(to, { query: serializeFilters({ ...filters, ...patch }) });
    window.scrollTo({ top: 0 });
  };
  return (
    <div className="job-links" data-sheet-links="">
      <div className="job-fields job-links-fields">
        <div className="job-field">
          <h5 className="job-links-title">{t('jobs.links.occupations')}</h5>
          <div>
            {links.occupations.length ? (
              <ul className="job-list">
                {links.occupations.map(({ code, label }) => (
                  <li key={code}>
                    <a
                      href={relativeHref(from, RECRUITMENT, serializeFilters({ ...filters, occupation: code, fiche: null }))}
                      onClick={go(RECRUITMENT, { occupation: code, fiche: null })}
                      data-bmo-code={code}
                    >
                      {label} ({code})
                    </a>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('jobs.links.none')}</p>
            )}
            <p className="job-muted">
              {t(`jobs.links.fit.${links.fit}`)} {links.occupationsReason}
            </p>
          </div>
        </div>
        <div className="job-field">
          <h5 className="job-links-title">{t('jobs.links.certifications')}</h5>
          <div>
            {links.certifications.length ? (
              <>
                <ul className="job-list">
                  {links.certifications.map((c) => (
                    <li key={c.id}>
                      {c.title} — {c.level}
                    </li>
                  ))}
                </ul>
                <p className="job-muted">
                  {links.certificationsReason}{' '}
                  <a href={relativeHref(from, TRAINING, serializeFilters({ ...filters, fiche: null }))} onClick={go(TRAINING, { fiche: null })}>
                    {t('jobs.links.toTraining')}
                  </a>
                </p>
              </>
            ) : (
              <p>{links.certificationsReason}</p>
            )}
          </div>
        </div>
      </div>
      <p className="job-muted">{t('jobs.links.editorial')}</p>
    </div>
  );
}

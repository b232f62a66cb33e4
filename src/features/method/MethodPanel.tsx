import { useSuspenseQueries } from '@tanstack/react-query';
import { useId } from 'react';
import { dataUrl } from '../../data/load';
import { datasetQuery } from '../../data/queries';
import { useHydrated } from '../../ui/useHydrated';
import type { DatasetId } from '../../data/registry';
import { useLang, useT } from '../../i18n/i18n';
import { methodEntry, type MethodDataset } from './methodSummary';
import './method.css';
import '../../i18n/messages/method';

interface MethodPanelProps {
  /** The datasets the section's views read. */
  datasets: readonly DatasetId[];
  /** Keys under `method.derived` of what the section's views compute themselves. */
  derived: readonly string[];
}

/**
 * « Méthode et sources »: for a section, what the source prints, what was
 * reconstructed and how, what the text cannot settle, and what the dashboard
 * computes itself. Folded by default; data text is rendered as text, never HTML.
 */
export function MethodPanel({ datasets, derived }: MethodPanelProps) {
  const t = useT();
  const lang = useLang();
  const headingId = useId();
  // The package's address depends on where the app is hosted: known once hydrated (the build draws it folded anyway).
  const hydrated = useHydrated();
  const results = useSuspenseQueries({ queries: datasets.map((id) => datasetQuery(id)) });
  const entries = results.map((result) => methodEntry(result.data as unknown as MethodDataset, lang));
  return (
    <details className="method-panel" data-method-panel="">
      <summary>
        <span id={headingId}>{t('method.title')}</span>
      </summary>
      <p>{t('method.intro')}</p>
      {derived.length > 0 ? (
        <>
          <h3>{t('method.derivedTitle')}</h3>
          <ul>
            {derived.map((key) => (
              <li key={key} data-method-derived={key}>
                {t(`method.derived.${key}` as never)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t('method.datasetsTitle')}</h3>
      <p className="method-download">
        {hydrated ? (
          <a href={dataUrl('datapackage.json')} download="datapackage.json" data-method-download="">
            {t('method.download')}
          </a>
        ) : (
          t('method.download')
        )}
        <br />
        <small>{t('method.downloadHint')}</small>
      </p>
      {entries.map((entry) => (
        <section key={entry.id} className="method-dataset" data-method-dataset={entry.id} aria-label={entry.title}>
          <h4>{entry.title}</h4>
          <p className="method-citation" lang="fr">
            {entry.citation}
          </p>
          <ul>
            {entry.evidence.map((line) => (
              <li key={line.kind} data-evidence={line.kind}>
                {line.text}
              </li>
            ))}
          </ul>
          {entry.notes.length > 0 ? (
            <details className="method-notes">
              <summary>{t('method.notes', { count: entry.notes.length })}</summary>
              <ul lang="fr">
                {entry.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            </details>
          ) : null}
        </section>
      ))}
    </details>
  );
}

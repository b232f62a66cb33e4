import { useEffect, useId, useMemo, useState } from 'react';
import { slideRows } from '../../charts/slideScale';
import { useChartDisplay } from '../../ui/share/display';
import { useLang, useT } from '../../i18n/i18n';
import { useFilterStore } from '../../state/store';
import { DEPARTMENTS, isDepartmentCode } from '../../state/territories';
import { DataTable } from '../../ui/DataTable';
import { SearchBox } from '../../ui/SearchBox';
import { buildRncpTable, filterRncp, joinRncp, RNCP_LEVELS, RNCP_TABLE_ID, rncpNotes, type RncpLevelFilter } from './rncp';
import './training.css';
import { IgnoredFilters } from '../filters';
import { useDataset } from '../../data/useDataset';
import { chartEvidence } from '../../charts/evidence';
import '../../i18n/messages/training';

/**
 * The RNCP certifications as a searchable, sortable table in the same frame
 * as the charts. The department picker is the dashboard's own `dep` filter,
 * so choosing Calvados here also narrows every other view, and vice versa.
 */
export function RncpTable() {
  const t = useT();
  const lang = useLang();
  const certifications = useDataset('rncp-certifications');
  const establishments = useDataset('rncp-establishments');
  const dep = useFilterStore((state) => state.dep);
  const setFilters = useFilterStore((state) => state.setFilters);
  const [text, setText] = useState('');
  const [level, setLevel] = useState<RncpLevelFilter>('all');
  const baseId = useId();

  const entries = useMemo(() => joinRncp(certifications.rows, establishments.rows), [certifications, establishments]);
  const query = { text, level, dep };
  const visible = useMemo(() => filterRncp(entries, { text, level, dep }), [entries, text, level, dep]);
  // On a slide (issue #12): a few rows at a time, the next ones with → (the deck's part counter says which).
  const display = useChartDisplay();
  const slide = useMemo(() => (display.mode === 'present' ? slideRows(visible, display.part ?? 0) : null), [display.mode, display.part, visible]);
  const onSlideParts = display.onParts;
  useEffect(() => void (slide && onSlideParts?.(slide)), [slide, onSlideParts]);
  const table = useMemo(() => buildRncpTable(slide ? slide.items : visible, lang), [slide, visible, lang]);
  const notes = rncpNotes(certifications.rows, query, lang);
  // Issue #13: what the table rests on, as every chart frame says it (pairings only read from the layout are marked « * »).
  const evidence = chartEvidence({ table });
  const title = t('training.rncpTitle');

  return (
    <figure className="chart span-all" data-chart-id={RNCP_TABLE_ID} aria-labelledby={`${baseId}-title`}>
      <header className="chart-header">
        <h3 id={`${baseId}-title`} className="chart-title">
          {title}
        </h3>
        <p className="chart-subtitle">{t('training.rncpSubtitle', { period: certifications.period })}</p>
        <IgnoredFilters viewId={RNCP_TABLE_ID} />
      </header>
      <div className="chart-controls">
        <SearchBox
          label={t('training.rncpSearch')}
          value={text}
          onChange={setText}
          status={t('training.rncpCount', { count: visible.length, total: entries.length })}
          clearLabel={t('training.clearSearch')}
        />
        <label className="field" htmlFor={`${baseId}-level`}>
          {t('training.rncpLevel')}
          <select id={`${baseId}-level`} value={level} onChange={(event) => setLevel(event.target.value as RncpLevelFilter)}>
            <option value="all">{t('training.rncpAllLevels')}</option>
            {RNCP_LEVELS.map((value) => (
              <option key={value} value={String(value)}>
                {t('training.rncpLevelValue', { level: value })}
              </option>
            ))}
          </select>
        </label>
        <label className="field" htmlFor={`${baseId}-dep`}>
          {t('training.rncpDepartment')}
          <select
            id={`${baseId}-dep`}
            value={dep ?? ''}
            onChange={(event) => {
              const value = event.target.value;
              setFilters({ dep: isDepartmentCode(value) ? value : null });
            }}
          >
            <option value="">{t('filters.allDeps')}</option>
            {DEPARTMENTS.map((department) => (
              <option key={department.code} value={department.code}>
                {department.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {visible.length === 0 ? (
        <p className="chart-empty" role="status">
          {t('training.rncpNoResults')}
        </p>
      ) : (
        <div className="rncp-table">
          <DataTable caption={t('training.rncpCaption')} table={table} />
        </div>
      )}
      {evidence.length > 0 ? (
        <p className="chart-evidence" data-evidence={evidence.join(' ')}>
          {t('chart.evidence.lead', { parts: evidence.map((kind) => t(`chart.evidence.${kind}`)).join(t('chart.evidence.separator')) })}
        </p>
      ) : null}
      <ul className="chart-notes">
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      <figcaption className="chart-source" lang="fr">
        {certifications.source.citation}
      </figcaption>
    </figure>
  );
}

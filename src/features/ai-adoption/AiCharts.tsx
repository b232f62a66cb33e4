import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { ChartFrame } from '../../ui/ChartFrame';
import { useCompactChart } from '../../charts/useCompactChart';
import { datasetQuery } from '../../data/queries';
import { useLang, useT } from '../../i18n/i18n';
import { useFilterStore } from '../../state/store';
import { buildAdoptionBySector, type AdoptionSort } from './buildAdoptionBySector';
import { buildAiBenefits } from './buildAiBenefits';
import { buildAiUses } from './buildAiUses';
import { buildDataPractices, type PracticeIndicator } from './buildDataPractices';
import { pickableSectors } from './sectors';
import { SectorHighlight, SectorPicker, SortChoice, useSectorClick } from './SectorControls';
import './ai-adoption.css';

function useSectorFilters() {
  const sector = useFilterStore((state) => state.sector);
  const year = useFilterStore((state) => state.year);
  return useMemo(() => ({ sector, year }), [sector, year]);
}

export function AiAdoptionBySectorChart() {
  const t = useT();
  const lang = useLang();
  const { data } = useSuspenseQuery(datasetQuery('ai-adoption-by-sector'));
  const filters = useSectorFilters();
  const [sortBy, setSortBy] = useState<AdoptionSort>('normandie');
  const compact = useCompactChart();
  const model = useMemo(() => buildAdoptionBySector(data, filters, lang, { sortBy, compact }), [data, filters, lang, sortBy, compact]);
  const sectors = useMemo(() => pickableSectors(data.rows), [data.rows]);
  const onEvents = useSectorClick(model.categories);
  return (
    <ChartFrame
      model={model}
      onEvents={onEvents}
      controls={
        <>
          <SectorPicker sectors={sectors} />
          <SortChoice
            label={t('ai.sortBy')}
            value={sortBy}
            onChange={setSortBy}
            options={[
              { value: 'normandie', label: t('ai.sortNormandie') },
              { value: 'france', label: t('ai.sortFrance') },
            ]}
          />
          <p className="ai-hint">{t('ai.clickHint')}</p>
          <SectorHighlight text={model.highlight} />
        </>
      }
    />
  );
}

function DataPracticesChart({ indicator }: { indicator: PracticeIndicator }) {
  const lang = useLang();
  const { data } = useSuspenseQuery(datasetQuery('ai-adoption-by-sector'));
  const filters = useSectorFilters();
  const compact = useCompactChart();
  const model = useMemo(() => buildDataPractices(data, indicator, filters, lang, compact), [data, indicator, filters, lang, compact]);
  const sectors = useMemo(() => pickableSectors(data.rows), [data.rows]);
  const onEvents = useSectorClick(model.categories);
  return (
    <ChartFrame
      model={model}
      onEvents={onEvents}
      controls={
        <>
          <SectorPicker sectors={sectors} />
          <SectorHighlight text={model.highlight} />
        </>
      }
    />
  );
}

export function AiDataExchangeChart() {
  return <DataPracticesChart indicator="data-exchange" />;
}

export function AiDecisionAnalyticsChart() {
  return <DataPracticesChart indicator="decision-analytics" />;
}

export function AiUsesChart() {
  const lang = useLang();
  const { data } = useSuspenseQuery(datasetQuery('ai-uses'));
  const filters = useSectorFilters();
  const compact = useCompactChart();
  const model = useMemo(() => buildAiUses(data, filters, lang, compact), [data, filters, lang, compact]);
  return <ChartFrame model={model} />;
}

export function AiBenefitsChart() {
  const lang = useLang();
  const { data } = useSuspenseQuery(datasetQuery('ai-benefits'));
  const compact = useCompactChart();
  const model = useMemo(() => buildAiBenefits(data, lang, compact), [data, lang, compact]);
  return <ChartFrame model={model} />;
}

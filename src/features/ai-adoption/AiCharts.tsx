import { useMemo, useState } from 'react';
import { ChartFrame } from '../../ui/ChartFrame';
import { useCompactChart } from '../../charts/useCompactChart';
import { useLang, useT } from '../../i18n/i18n';
import { useFilterStore } from '../../state/store';
import { buildAdoptionBySector, type AdoptionSort } from './buildAdoptionBySector';
import { buildAiBenefits } from './buildAiBenefits';
import { buildAiUses } from './buildAiUses';
import { buildDataPractices, type PracticeIndicator } from './buildDataPractices';
import { pickableSectors } from './sectors';
import { SectorHighlight, SectorPicker, SortChoice, useSectorClick } from './SectorControls';
import './ai-adoption.css';
import { useDataset } from '../../data/useDataset';
import '../../i18n/messages/ai';

function useSectorFilters() {
  const sector = useFilterStore((state) => state.sector);
  const year = useFilterStore((state) => state.year);
  return useMemo(() => ({ sector, year }), [sector, year]);
}

export function AiAdoptionBySectorChart() {
  const t = useT();
  const lang = useLang();
  const data = useDataset('ai-adoption-by-sector');
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
  const data = useDataset('ai-adoption-by-sector');
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
  const data = useDataset('ai-uses');
  const filters = useSectorFilters();
  const compact = useCompactChart();
  const model = useMemo(() => buildAiUses(data, filters, lang, compact), [data, filters, lang, compact]);
  return <ChartFrame model={model} />;
}

export function AiBenefitsChart() {
  const lang = useLang();
  const data = useDataset('ai-benefits');
  const compact = useCompactChart();
  const model = useMemo(() => buildAiBenefits(data, lang, compact), [data, lang, compact]);
  return <ChartFrame model={model} />;
}

import { useDeferredValue, useMemo } from 'react';
import { useCompactChart } from '../../charts/useCompactChart';
import { useDataset } from '../../data/useDataset';
import { BMO_CURRENT } from '../../data/schemas/bmo';
import { useLang, useT } from '../../i18n/i18n';
import { useFilterStore } from '../../state/store';
import { useChartDisplay } from '../../ui/share/display';
import { ChartFrame } from '../../ui/ChartFrame';
import { DataTable } from '../../ui/DataTable';
import { buildTrainingDemand, buildTrainingPlacesTable, type TrainingDemandInput } from './buildTrainingDemand';
import '../../i18n/messages/training';

/** The RNCP training files and the current BMO rows, as the training-vs-demand builders take them. */
export function useTrainingDemandInput(): TrainingDemandInput {
  const bmo = useDataset(BMO_CURRENT.rows);
  const certifications = useDataset('rncp-certifications');
  const establishments = useDataset('rncp-establishments');
  const places = useDataset('training-places');
  return useMemo(
    () => ({
      bmo: bmo.rows,
      bmoCitation: bmo.source.citation,
      certifications: certifications.rows,
      establishments: establishments.rows,
      places: places.rows,
      trainingCitation: places.source.citation,
    }),
    [bmo, certifications, establishments, places],
  );
}

/** Training against demand, per department or per basin of the selected department; the establishments there listed below. */
export function TrainingDemandChart() {
  const t = useT();
  const lang = useLang();
  const compact = useCompactChart();
  const input = useTrainingDemandInput();
  const dep = useDeferredValue(useFilterStore((state) => state.dep));
  const basin = useDeferredValue(useFilterStore((state) => state.basin));
  const model = useMemo(() => buildTrainingDemand(input, { dep, basin }, lang, { compact }), [input, dep, basin, lang, compact]);
  const places = useMemo(() => buildTrainingPlacesTable(input, { dep, basin }, lang), [input, dep, basin, lang]);
  // A slide is the chart alone, on one screen; the list of establishments stays with the dashboard and the embed.
  const onSlide = useChartDisplay().mode === 'present';
  return (
    <>
      <ChartFrame model={model} />
      {onSlide ? null : places.rows.length === 0 ? (
        <p className="training-places" data-training-places="">
          {t('training.demand.noPlaces')}
        </p>
      ) : (
        <details className="training-places" data-training-places="">
          <summary>{t('training.demand.placesSummary', { count: places.rows.length })}</summary>
          <DataTable caption={t('training.demand.layerTable')} table={places} id="training-places-table" />
        </details>
      )}
    </>
  );
}

/**
 * The map's training layer (issue #14 item 4), built from training-places and
 * rncp-establishments: one point per town, and the table of the establishments
 * it stands for (the layer's keyboard and screen-reader equivalent).
 */
import { useMemo } from 'react';
import type { TrainingPoint } from '../../charts/map/trainingLayer';
import type { TableModel } from '../../charts/model';
import { useDataset } from '../../data/useDataset';
import type { RncpCertificationsRow, RncpEstablishmentsRow } from '../../data/schemas/study';
import type { TrainingPlacesRow } from '../../data/schemas/training';
import { translator, useLang } from '../../i18n/i18n';
import type { Language } from '../../state/filters';
import { buildTrainingPlacesTable } from './buildTrainingDemand';
import '../../i18n/messages/training';

export function buildTrainingPoints(places: readonly TrainingPlacesRow[], lang: Language): TrainingPoint[] {
  const t = translator(lang);
  return places.map((place) => ({
    town: place.town,
    commune: place.commune,
    basin: place.basin,
    point: place.point,
    count: place.establishments.length,
    tooltip: t('training.demand.pointTooltip', { town: place.town, count: place.establishments.length }),
  }));
}

export interface TrainingMapLayer {
  points: TrainingPoint[];
  table: TableModel;
}

export function trainingMapLayer(
  input: { places: readonly TrainingPlacesRow[]; establishments: readonly RncpEstablishmentsRow[]; certifications: readonly RncpCertificationsRow[] },
  lang: Language,
): TrainingMapLayer {
  return { points: buildTrainingPoints(input.places, lang), table: buildTrainingPlacesTable(input, { dep: null, basin: null }, lang) };
}

/** The layer for the map container: suspends until its three small files are loaded. */
export function useTrainingMapLayer(): TrainingMapLayer {
  const lang = useLang();
  const places = useDataset('training-places');
  const establishments = useDataset('rncp-establishments');
  const certifications = useDataset('rncp-certifications');
  return useMemo(
    () => trainingMapLayer({ places: places.rows, establishments: establishments.rows, certifications: certifications.rows }, lang),
    [places, establishments, certifications, lang],
  );
}

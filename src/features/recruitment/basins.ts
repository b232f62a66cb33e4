import type { BasinRef } from './map/join';
import { BASINS } from '../../state/territories';

/**
 * The 27 basins with display labels. The constants in state/territories are
 * checked against data/geo/basins.json by a unit test, so the two agree.
 */
export const BASIN_REFS: readonly BasinRef[] = BASINS.map(({ code, label, dep }) => ({ code, label, dep }));

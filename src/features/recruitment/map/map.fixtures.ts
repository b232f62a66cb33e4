import type { BmoOccupation, BmoRow } from '../../../data/schemas/bmo';
import type { BasinRef } from './join';

const secret = () => ({ missing: 'secret' as const });

/** Four basins: one plain, one with a secret cell, one all secret, one with no row. */
export const BASINS_FIXTURE: BasinRef[] = [
  { code: '2801', label: 'Rouen', dep: '76' },
  { code: '2806', label: 'Le Havre', dep: '76' },
  { code: '2817', label: 'Caen', dep: '14' },
  { code: '2821', label: 'Vire', dep: '14' },
];

export const ROWS_FIXTURE: BmoRow[] = [
  { occupation: 'M2X90', basin: '2801', dep: '76', met: 1200, xmet: 600, smet: 0 },
  { occupation: 'M1X80', basin: '2801', dep: '76', met: 34, xmet: 10, smet: secret() },
  { occupation: 'M2X90', basin: '2806', dep: '76', met: secret(), xmet: secret(), smet: secret() },
  { occupation: 'M1X80', basin: '2806', dep: '76', met: 20, xmet: secret(), smet: 5 },
  { occupation: 'M2X90', basin: '2817', dep: '14', met: secret(), xmet: secret(), smet: secret() },
  { occupation: 'A0X40', basin: '2821', dep: '14', met: 50, xmet: 25, smet: 40 },
];

export const OCCUPATIONS_FIXTURE: BmoOccupation[] = [
  { code: 'A0X40', label: 'Agriculteurs', family: 'Z', familyLabel: 'Autres métiers' },
  { code: 'M1X80', label: 'Techniciens d’étude et de développement en informatique', family: 'C', familyLabel: 'Fonctions d’encadrement' },
  { code: 'M2X90', label: 'Ingénieurs et cadres d’étude, R&D en informatique', family: 'C', familyLabel: 'Fonctions d’encadrement' },
];

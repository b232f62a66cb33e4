/**
 * The values a URL may name, known before any data file has loaded: a value
 * of the right shape that names nothing (`sector=zzz`, `occupation=Z9X99`)
 * is dropped from the address like any other garbage. Kept as constants,
 * as the basins are (./territories.ts); `tests/unit/state/knownValues.test.ts`
 * checks them against the data files so they cannot drift apart.
 */

/**
 * Sectors of the FranceNum barometers one can pick (data/study/ai-adoption-by-sector.json),
 * in the dataset's order; « ensemble » is the total, a reference, not a sector to filter on.
 */
export const FRANCE_NUM_SECTORS = [
  'numerique',
  'services-specialises',
  'activites-financieres-assurances',
  'industrie',
  'transport-logistique',
  'commerce',
  'hebergement-restauration',
  'information-communication',
  'services-a-la-personne',
] as const;

/** Every BMO 2024 occupation code present in Normandy (data/bmo/bmo-2024-occupations.json), sorted. */
export const BMO_OCCUPATION_CODES: ReadonlySet<string> = new Set(
  `
  A0X40 A0X41 A0X42 A0X43 A1X40 A1X41 A1X42 A2X70 A2X90 A3X40 A3X41 A3X90
  B0X30 B0X31 B0X32 B1X30 B1X31 B1X33 B1X34 B1X38 B2X30 B2X31 B2X32 B2X33
  B2X35 B2X36 B2X37 B2X38 B5X40 B6X70 B6X71 B6X72 B6X73 B6X74 B7X90 B7X91
  B7X92 C0X30 C2X70 D0X30 D0X31 D0X33 D1X30 D1X32 D1X33 D2X30 D2X31 D2X32
  D6X70 D6X80 E0X30 E1X21 E1X30 E1X41 E2X20 E2X40 E3X20 E3X40 E4X30 E4X32
  E5X70 E5X80 F0X30 F0X32 F0X33 F1X30 F1X31 F2X30 G0A40 G0A41 G0A43 G0B40
  G0B41 G1X70 G1X71 G1X72 G1X74 G1X75 G1X76 G1X77 G1X78 H0X40 H0X90 H0X91
  H0X92 H1X90 H1X91 H1X92 H1X93 J0X30 J0X31 J0X32 J0X33 J0X34 J1X80 J2X40
  J3X40 J3X41 J3X42 J3X43 J4X60 J4X62 J4X63 J5X40 J5X60 J5X80 J5X81 J6X90
  J6X92 K0X30 K0X32 L0X60 L1X60 L2X60 L2X61 L3X80 L4X80 L4X81 L4X82 L5X90
  L5X91 L5X92 L5X93 L6X00 M1X80 M1X81 M2X90 M2X91 M2X92 M2X93 N0X70 N1X90
  N1X91 P3X90 QAX01 QAX02 QAX03 QBX01 QCX01 QCX02 QDX01 QDX02 QEX01 R0X60
  R0X61 R1X60 R1X61 R1X62 R1X67 R1X68 R2X80 R2X83 R3X80 R3X82 R3X83 R3X84
  R4X90 R4X91 R4X92 R4X93 S0X40 S0X41 S0X42 S1X20 S1X40 S1X80 S2X60 S2X61
  S2X80 S2X81 S3X90 T0X60 T1X60 T2A60 T2B60 T3X60 T3X61 T4X60 T4X61 T4X62
  T6X61 U0X80 U0X81 U0X90 U0X91 U0X92 U1X80 U1X82 U1X91 U1X92 V0X60 V1X80
  V2X90 V2X91 V2X92 V2X93 V3X70 V3X71 V3X80 V3X90 V4X80 V4X83 V4X84 V4X85
  V5X81 V5X82 V5X84 W0X80 W0X90 W0X92 W1X80
`
    .trim()
    .split(/\s+/),
);

/** BMO occupation families (the letter of `famille-<letter>`). */
export const BMO_FAMILIES = 'ACIOSTVZ';

const sectors: ReadonlySet<string> = new Set(FRANCE_NUM_SECTORS);

export function isKnownSector(value: string): boolean {
  return sectors.has(value);
}

export function isKnownOccupationCode(value: string): boolean {
  return BMO_OCCUPATION_CODES.has(value);
}

export function isKnownFamily(letter: string): boolean {
  return letter.length === 1 && BMO_FAMILIES.includes(letter);
}

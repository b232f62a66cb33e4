/**
 * Schemas of the recruitment (France Travail BMO) and geography datasets.
 *
 * Files are produced by `npm run data:bmo` (scripts/data-bmo.ts) and
 * `npm run data:geo` (scripts/data-geo.ts); see data/bmo/SOURCES.md and
 * data/geo/SOURCES.md for provenance and caveats.
 *
 * Ids of the open-data files carry the survey year (`bmo-2024-normandie`,
 * `bmo-2024-occupations`) so that two vintages can live side by side. The app
 * should reach "the current year" through {@link BMO_CURRENT} rather than
 * hard-coding an id: next year, add the two `bmo-2025-*` entries below and
 * point BMO_CURRENT at them.
 */
import * as v from 'valibot';
import { Confidence, Count, Percent, Total } from '../contract';
import { defineDataset } from '../define';

// ---------------------------------------------------------------------------
// Codes
// ---------------------------------------------------------------------------

/**
 * BMO occupation code, e.g. "M2X90". The second character is a letter for the
 * banking / insurance codes of the 2024 nomenclature (QAX01 … QEX01), hence
 * `[A-Z\d]` rather than a digit only.
 */
export const OccupationCode = v.pipe(v.string(), v.regex(/^[A-Z][A-Z\d][A-Z]\d{2}$/, 'code métier BMO attendu (ex. M2X90)'));
/** BMO employment basin of Normandie (BE24), e.g. "2817". */
export const BasinCode = v.pipe(v.string(), v.regex(/^28\d{2}$/, 'code de bassin BMO normand attendu (28xx)'));
export const DEP_CODES = ['14', '27', '50', '61', '76'] as const;
export const DepCode = v.picklist(DEP_CODES);
export type DepCode = v.InferOutput<typeof DepCode>;

/** A BMO cell: a published integer (always ≥ 5 in practice) or the secret marker (`*`, fewer than 5). */
export const BmoCount = v.union([
  v.pipe(v.number(), v.finite(), v.integer(), v.minValue(0), v.maxValue(10_000_000)),
  v.object({ missing: v.literal('secret') }),
]);
export type BmoCount = v.InferOutput<typeof BmoCount>;

// ---------------------------------------------------------------------------
// Open data: bmo-YYYY-normandie, bmo-YYYY-occupations
// ---------------------------------------------------------------------------

/** One occupation × basin cell of the open data file. */
export const BmoRowSchema = v.object({
  occupation: OccupationCode,
  basin: BasinCode,
  dep: DepCode,
  /** Recruitment projects (`met`). */
  met: BmoCount,
  /** Projects judged difficult (`xmet`). */
  xmet: BmoCount,
  /** Seasonal projects (`smet`). */
  smet: BmoCount,
});
export type BmoRow = v.InferOutput<typeof BmoRowSchema>;

export const BmoOccupationSchema = v.object({
  code: OccupationCode,
  /** `Nom métier BMO`, as published. */
  label: v.pipe(v.string(), v.minLength(1)),
  /** `Famille_met`, one letter (A, C, I, O, S, T, V, Z). */
  family: v.pipe(v.string(), v.regex(/^[A-Z]$/)),
  /** `Lbl_fam_met`. */
  familyLabel: v.pipe(v.string(), v.minLength(1)),
});
export type BmoOccupation = v.InferOutput<typeof BmoOccupationSchema>;

// ---------------------------------------------------------------------------
// National aggregates: bmo-YYYY-france (from the whole-of-France file)
// ---------------------------------------------------------------------------

/** The 13 metropolitan regions (Insee codes, 2016 map), with their names as the BMO file prints them. */
export const METRO_REGIONS = {
  '11': 'Île-de-France',
  '24': 'Centre-Val de Loire',
  '27': 'Bourgogne-Franche-Comté',
  '28': 'Normandie',
  '32': 'Hauts-de-France',
  '44': 'Grand Est',
  '52': 'Pays de la Loire',
  '53': 'Bretagne',
  '75': 'Nouvelle-Aquitaine',
  '76': 'Occitanie',
  '84': 'Auvergne-Rhône-Alpes',
  '93': "Provence-Alpes-Côte d'Azur",
  '94': 'Corse',
} as const;
export type MetroRegionCode = keyof typeof METRO_REGIONS;
export const METRO_REGION_CODES = Object.keys(METRO_REGIONS).sort() as MetroRegionCode[];
/** The 5 overseas regions of the BMO file (Insee codes). */
export const OVERSEAS_REGIONS = {
  '01': 'Guadeloupe',
  '02': 'Martinique',
  '03': 'Guyane',
  '04': 'La Réunion',
  '06': 'Mayotte',
} as const;
export type RegionCode = MetroRegionCode | keyof typeof OVERSEAS_REGIONS;
export const REGION_NAMES: Readonly<Record<RegionCode, string>> = { ...OVERSEAS_REGIONS, ...METRO_REGIONS };

/**
 * A sum of BMO cells: the contract's Total (`lowerBound` when a summed cell
 * is secret) plus, when it is a lower bound, how many secret cells it omits,
 * so that the true value lies in [value, value + 4 × secretCells].
 */
export const BmoAggregate = v.pipe(
  v.strictObject({
    value: v.pipe(v.number(), v.integer(), v.minValue(0)),
    lowerBound: v.boolean(),
    secretCells: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  }),
  v.check((t) => t.lowerBound === (t.secretCells !== undefined), 'secretCells présent si et seulement si lowerBound'),
);
export type BmoAggregate = v.InferOutput<typeof BmoAggregate>;

const regionEntries = Object.fromEntries(METRO_REGION_CODES.map((code) => [code, BmoAggregate])) as Record<MetroRegionCode, typeof BmoAggregate>;

/** One occupation (or one family, summed over its occupations) across France. */
export const BmoNationalRowSchema = v.strictObject({
  kind: v.picklist(['occupation', 'family']),
  /** A BMO occupation code (kind `occupation`) or a family letter (kind `family`). */
  code: v.pipe(v.string(), v.regex(/^(?:[A-Z]|[A-Z][A-Z\d][A-Z]\d{2})$/, 'code métier BMO ou lettre de famille attendu')),
  /** France entière: the 18 regions, overseas included. */
  france: v.strictObject({ met: BmoAggregate, xmet: BmoAggregate, smet: BmoAggregate }),
  /** Recruitment projects (met) in each of the 13 metropolitan regions. */
  regions: v.strictObject(regionEntries),
});
export type BmoNationalRow = v.InferOutput<typeof BmoNationalRowSchema>;

// ---------------------------------------------------------------------------
// Geography: bmo-basins (+ GeoJSON, no contract envelope)
// ---------------------------------------------------------------------------

export const BasinSchema = v.object({
  code: BasinCode,
  /** Official NOMBE24, upper case ("SAINT LO COUTANCES"). */
  name: v.pipe(v.string(), v.minLength(1)),
  /** Display label with accents ("Saint-Lô Coutances"); not official. */
  label: v.pipe(v.string(), v.minLength(1)),
  dep: DepCode,
  depName: v.pipe(v.string(), v.minLength(1)),
  /** Names the Carif-Oref study uses for this basin (empty when the study does not show it). */
  studyNames: v.array(v.pipe(v.string(), v.minLength(1))),
});
export type Basin = v.InferOutput<typeof BasinSchema>;

const Longitude = v.pipe(v.number(), v.finite(), v.minValue(-180), v.maxValue(180));
const Latitude = v.pipe(v.number(), v.finite(), v.minValue(-90), v.maxValue(90));
export const Position = v.tuple([Longitude, Latitude]);
/** A closed linear ring: at least 4 positions, first = last. */
export const LinearRing = v.pipe(
  v.array(Position),
  v.minLength(4, 'un anneau compte au moins 4 positions'),
  v.check((ring) => {
    const first = ring[0];
    const last = ring[ring.length - 1];
    return first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
  }, 'anneau non fermé'),
);
export const PolygonGeometry = v.object({ type: v.literal('Polygon'), coordinates: v.pipe(v.array(LinearRing), v.minLength(1)) });
export const MultiPolygonGeometry = v.object({
  type: v.literal('MultiPolygon'),
  coordinates: v.pipe(v.array(v.pipe(v.array(LinearRing), v.minLength(1))), v.minLength(1)),
});
export const AreaGeometry = v.variant('type', [PolygonGeometry, MultiPolygonGeometry]);

/** Foreign member carried by our GeoJSON files (RFC 7946 §6.1). */
export const GeoMetadata = v.object({
  title: v.string(),
  attribution: v.pipe(v.string(), v.minLength(1)),
  licence: v.pipe(v.string(), v.minLength(1)),
  sources: v.array(v.string()),
  caveats: v.array(v.string()),
  coordinatePrecision: v.pipe(v.number(), v.integer()),
  generatedBy: v.string(),
});

function featureCollection<TProps extends v.GenericSchema>(properties: TProps) {
  return v.object({
    type: v.literal('FeatureCollection'),
    attribution: v.pipe(v.string(), v.minLength(1)),
    metadata: GeoMetadata,
    features: v.array(v.object({ type: v.literal('Feature'), properties, geometry: AreaGeometry })),
  });
}

export const BasinFeatureProperties = v.object({
  code: BasinCode,
  name: v.pipe(v.string(), v.minLength(1)),
  label: v.pipe(v.string(), v.minLength(1)),
  dep: DepCode,
  dep_name: v.pipe(v.string(), v.minLength(1)),
  /** [longitude, latitude] of the basin's name, inside its largest polygon (computed by scripts/data-geo.ts). */
  label_point: v.tuple([v.pipe(v.number(), v.minValue(-180), v.maxValue(180)), v.pipe(v.number(), v.minValue(-90), v.maxValue(90))]),
});
export const DepartementFeatureProperties = v.object({ code: DepCode, name: v.pipe(v.string(), v.minLength(1)) });

/** `data/geo/bassins-bmo-2024.geojson` */
export const BasinFeatureCollection = featureCollection(BasinFeatureProperties);
export type BasinFeatureCollection = v.InferOutput<typeof BasinFeatureCollection>;
/** `data/geo/departements.geojson` */
export const DepartementFeatureCollection = featureCollection(DepartementFeatureProperties);
export type DepartementFeatureCollection = v.InferOutput<typeof DepartementFeatureCollection>;

export const geoFiles = {
  basins: { file: 'geo/bassins-bmo-2024.geojson', schema: BasinFeatureCollection },
  departements: { file: 'geo/departements.geojson', schema: DepartementFeatureCollection },
} as const;

// ---------------------------------------------------------------------------
// The study's BMO figures, checked against the open data
// ---------------------------------------------------------------------------

/** How a study figure compares with the open data rounded to tens (half up). */
export const RoundingCheck = v.picklist(['exact', 'bound', 'mismatch']);
export type RoundingCheck = v.InferOutput<typeof RoundingCheck>;

/** Sums of the open-data cells behind a study figure. `*Max` counts each secret cell as 4. */
export const OpenDataComparison = v.object({
  met: Total,
  metMax: v.pipe(v.number(), v.integer(), v.minValue(0)),
  xmet: Total,
  xmetMax: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Number of cells summed, and how many of their `met` are secret. */
  cells: v.pipe(v.number(), v.integer(), v.minValue(0)),
  secretCells: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type OpenDataComparison = v.InferOutput<typeof OpenDataComparison>;

const StudyOccupation = v.picklist(['M2X90', 'M1X80']);

export const StudyByDepartmentRowSchema = v.object({
  occupation: StudyOccupation,
  /** The study's name for the group ("Ingénieurs de l'informatique"). */
  occupationLabel: v.string(),
  area: v.picklist([...DEP_CODES, 'normandie']),
  areaLabel: v.string(),
  /** Recruitment projects as the study shows them (rounded to tens). */
  projects: Count,
  /** Share of the region's projects printed by the study, in %. */
  shareOfRegion: v.optional(Percent),
  /** Share of difficult recruitments printed by the study, in %. */
  difficultShare: v.optional(Percent),
  openData: OpenDataComparison,
  /** `projects` against the open data rounded to tens. */
  check: RoundingCheck,
  /** `difficultShare` against the open-data range of xmet / met. */
  difficultCheck: v.optional(RoundingCheck),
  confidence: Confidence,
  lines: v.string(),
  note: v.string(),
});
export type StudyByDepartmentRow = v.InferOutput<typeof StudyByDepartmentRowSchema>;

export const StudyByBasinRowSchema = v.object({
  occupation: StudyOccupation,
  occupationLabel: v.string(),
  /** The basin name printed by the study ("Lillebonne", "Vernon", "Coutances – St-Lô"). */
  studyName: v.string(),
  /** BMO 2024 basin codes the study name maps to. */
  basins: v.pipe(v.array(BasinCode), v.minLength(1)),
  dep: DepCode,
  /** Recruitment projects as the study shows them, or `ambiguous` with candidates. */
  projects: Count,
  /** Another study name sharing the same basin(s) (Coutances / St-Lô), or the other half of an ambiguous pair. */
  pairedWith: v.optional(v.string()),
  openData: OpenDataComparison,
  check: RoundingCheck,
  confidence: Confidence,
  note: v.string(),
});
export type StudyByBasinRow = v.InferOutput<typeof StudyByBasinRowSchema>;

// ---------------------------------------------------------------------------
// Registry
// ---------------------------------------------------------------------------

export const bmoDatasets = {
  'bmo-2024-normandie': defineDataset('bmo/bmo-2024-normandie.json', 'recrutements', BmoRowSchema),
  'bmo-2024-occupations': defineDataset('bmo/bmo-2024-occupations.json', 'recrutements', BmoOccupationSchema),
  'bmo-basins': defineDataset('geo/basins.json', 'geographie', BasinSchema),
  'bmo-study-by-department': defineDataset('bmo/bmo-study-by-department.json', 'recrutements', StudyByDepartmentRowSchema),
  'bmo-study-by-basin': defineDataset('bmo/bmo-study-by-basin.json', 'recrutements', StudyByBasinRowSchema),
  'bmo-2024-france': defineDataset('bmo/bmo-2024-france.json', 'recrutements', BmoNationalRowSchema),
} as const;

/** The ids of the BMO vintage the dashboard shows ("current" file). */
export const BMO_CURRENT = {
  year: 2024,
  rows: 'bmo-2024-normandie',
  occupations: 'bmo-2024-occupations',
  france: 'bmo-2024-france',
} as const satisfies { year: number; rows: keyof typeof bmoDatasets; occupations: keyof typeof bmoDatasets; france: keyof typeof bmoDatasets };

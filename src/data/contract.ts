/**
 * The data contract shared by every dataset file under `data/`.
 *
 * A dataset file is `{ ...DatasetMeta, rows: Row[] }`: metadata that lets every
 * chart answer "what, where, when, according to whom", plus tidy rows whose
 * shape is declared per dataset (see `./schemas/*`). Types are inferred from
 * the schemas so the validator and the compiler can never disagree.
 */
import * as v from 'valibot';

/**
 * How sure we are of a value read from a PDF turned into text, strongest first:
 * - `certain`: printed as is, with its label (or official open data);
 * - `proved`: the text does not pair it with its label, arithmetic does (a sum, a share,
 *   a weighted average, the BMO open data's rounding, or every candidate being equal);
 * - `read`: paired only by the layout of the extracted text (order of the values, same
 *   line, the only one of its kind in a block): plausible, not proved;
 * - `ambiguous`: the text cannot settle it (the value is a typed Missing with candidates).
 */
export const CONFIDENCE_LEVELS = ['certain', 'proved', 'read', 'ambiguous'] as const;
export const Confidence = v.picklist(CONFIDENCE_LEVELS);
export type Confidence = v.InferOutput<typeof Confidence>;

/** Whose figure it is, as the study itself cites it. */
export const SourceRef = v.object({
  /** e.g. "Insee", "France Travail", "France Num" */
  publisher: v.pipe(v.string(), v.minLength(1)),
  /** e.g. "Recensement de la population", "Enquête Besoins en main-d'œuvre" */
  dataset: v.pipe(v.string(), v.minLength(1)),
  /** e.g. "2024", "2015 et 2021", "T1 2019 – T1 2024" */
  year: v.pipe(v.string(), v.minLength(1)),
  /** The line printed under the chart: "Source : …, traitement Carif-Oref de Normandie". */
  citation: v.pipe(v.string(), v.minLength(1)),
  licence: v.optional(v.string()),
  url: v.optional(v.pipe(v.string(), v.url())),
});
export type SourceRef = v.InferOutput<typeof SourceRef>;

/** Where in `../shared/seeds` (or which open data file) the values were read. */
export const SeedRef = v.object({
  /** e.g. "001_551c35311d31be88.txt" or "src_bmo2024_open_data_reg28.csv" */
  document: v.pipe(v.string(), v.minLength(1)),
  /** e.g. "Carif-Oref de Normandie, Les métiers de la donnée et de l'IA, 2024" */
  title: v.pipe(v.string(), v.minLength(1)),
  /** The chart or table title / heading in the document. */
  section: v.pipe(v.string(), v.minLength(1)),
  /** Line range in the text file, e.g. "581-664". */
  lines: v.optional(v.string()),
});
export type SeedRef = v.InferOutput<typeof SeedRef>;

/** Slug-like identifiers only: they end up in URLs, CSS selectors and file names. */
export const Slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'identifiant attendu en minuscules-avec-tirets'));

export const DatasetMeta = v.object({
  id: Slug,
  /** French title, as a chart would show it. */
  title: v.pipe(v.string(), v.minLength(1)),
  title_en: v.optional(v.string()),
  /** e.g. "personnes", "%", "projets de recrutement" */
  unit: v.pipe(v.string(), v.minLength(1)),
  /** e.g. "2015 – 2021", "2024" */
  period: v.pipe(v.string(), v.minLength(1)),
  source: SourceRef,
  seed: SeedRef,
  /** "primary" for the study and official open data; "context" for lower-authority sources (the 2026 blog article). */
  authority: v.picklist(['primary', 'context']),
  /** The weakest confidence of any row in the file. */
  confidence: Confidence,
  notes: v.array(v.string()),
});
export type DatasetMeta = v.InferOutput<typeof DatasetMeta>;

/**
 * A value that the source does not give as one confident number.
 * - `secret`: *secret statistique* (BMO cells under 5): never 0, never 1.
 * - `not-in-source`: the document does not state it.
 * - `ambiguous`: the text cannot settle which of `candidates` is right.
 */
export const Missing = v.object({
  missing: v.picklist(['secret', 'not-in-source', 'ambiguous']),
  candidates: v.optional(v.array(v.pipe(v.number(), v.finite()))),
  note: v.optional(v.string()),
});
export type Missing = v.InferOutput<typeof Missing>;

/** A count or share: a finite number, or an explicit Missing. */
export const Measure = v.union([v.pipe(v.number(), v.finite()), Missing]);
export type Measure = v.InferOutput<typeof Measure>;

/** A count can never be negative; counts in this project are below a million. */
export const Count = v.union([v.pipe(v.number(), v.finite(), v.integer(), v.minValue(0), v.maxValue(10_000_000)), Missing]);
/** Shares are stored in percent (11.6 means 11,6 %). */
export const Percent = v.union([v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100)), Missing]);
/** Growth rates in percent may be negative or exceed 100. */
export const Rate = v.union([v.pipe(v.number(), v.finite(), v.minValue(-100), v.maxValue(10_000)), Missing]);

/** A sum over cells some of which are secret: the true total is at least `value`. */
export const Total = v.object({
  value: v.pipe(v.number(), v.finite(), v.minValue(0)),
  lowerBound: v.boolean(),
});
export type Total = v.InferOutput<typeof Total>;

/** Per-row provenance, for rows whose confidence differs from the file's. */
export const RowProvenance = {
  confidence: v.optional(Confidence),
  note: v.optional(v.string()),
};

export function isMissing(value: Measure | undefined): value is Missing {
  return typeof value === 'object' && value !== null;
}

/** Build the schema of a whole dataset file from the schema of one row. */
export function datasetSchema<TRow extends v.GenericSchema>(row: TRow) {
  return v.object({ ...DatasetMeta.entries, rows: v.array(row) });
}

/** The catalogue `data/index.json`. */
export const CatalogueEntry = v.object({
  id: Slug,
  file: v.pipe(v.string(), v.regex(/^[a-z0-9/_.-]+\.(json|geojson)$/, 'chemin relatif sous data/')),
  title: v.string(),
  group: v.string(),
});
export const Catalogue = v.object({
  /** Data release label; embeds in "version figée" pin it. */
  release: v.string(),
  generated: v.string(),
  datasets: v.array(CatalogueEntry),
});
export type Catalogue = v.InferOutput<typeof Catalogue>;

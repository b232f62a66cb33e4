/**
 * npm run data:geo -- [--src dir] [--out dir]
 *
 * ../shared/data/geo-raw (see its README.md) → data/geo/:
 *   - bassins-bmo-2024.geojson  27 BMO 2024 employment basins (code, name, label, dep, dep_name, label_point)
 *   - departements.geojson      5 departments (code, name), dissolved from the basins
 *   - basins.json               contract dataset `bmo-basins` for the filter UI
 * Coordinates are rounded to 4 decimals (≈ 11 m) and repeated points dropped.
 * Both GeoJSON files carry `attribution` and `metadata` foreign members.
 * Validated in memory first; on any error nothing is written (exit code 1).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { labelPoint } from '../src/charts/map/labelPoint.ts';
import { STUDY_BASIN_NAMES } from '../src/data/bmo.ts';
import { BasinFeatureCollection, DepartementFeatureCollection, bmoDatasets, type Basin } from '../src/data/schemas/bmo.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_SRC = resolve(root, '../shared/data/geo-raw');
const DEFAULT_OUT = join(root, 'data/geo');
export const PRECISION = 4;

type Position = [number, number];
type Ring = Position[];
type Geometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
interface RawFeature {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: Geometry;
}

const ATTRIBUTION =
  'Contours : IGN Admin Express COG 2018 via gregoiredavid/france-geojson ; zonage des bassins BMO : France Travail via dataforgoodfr/13_odis ; Licence Ouverte / Etalab';

const SOURCES = [
  'Communes (polygones) : IGN, Admin Express COG 2018, via GitHub gregoiredavid/france-geojson (commit 5d34ee6d0140c29f785fdb047d9329f1aab58833), Licence Ouverte / Etalab.',
  'Correspondance commune → bassin BMO : France Travail, via GitHub dataforgoodfr/13_odis, dbt_odis/seeds/bassin_emploi.csv (commit 29398333782c91b3a87f42a5891779c5e574fed8).',
  'Liste officielle des bassins 2024 (BE24, NOMBE24) : France Travail, base open data BMO 2024, Licence Ouverte v2.0.',
  'Fusion par bassin et simplification : mapshaper 0.7.70 (snap, dissolve, simplify 30 % weighted keep-shapes) ; départements par fusion des bassins.',
];

const CAVEATS = [
  "Polygones de bassins construits (aucun fichier officiel trouvé) : communes COG 2018 regroupées selon une table commune → bassin dont l'année n'est pas établie ; pour la Normandie ses 27 codes sont ceux de BMO 2024 (2808 y est nommé LILLEBONNE, BOLBEC en 2024).",
  'Fusions de communes au 1er janvier 2025 à cheval sur deux bassins (Merlerault-le-Pin, Morville-le-Héron) : affectation antérieure conservée, conforme au zonage 2024.',
  "Simplification : îlots et une enclave de 0,04 km² (Pont-d'Ouilly, comptée dans Flers) disparaissent ; écart d'aire de l'ordre de 0,07 % avec les départements IGN.",
  "« label » est une mise en forme d'affichage des noms officiels (non officielle) ; joindre les données sur « code » (BE24).",
  "« label_point » (bassins) : point [longitude, latitude] où placer le nom du bassin, à l'intérieur de son plus grand polygone (calculé par scripts/data-geo.ts, pas une donnée de la source).",
  "Noms de l'étude : « Vernon » = 2812 et « Louviers » = 2810 (deux bassins) ; « Coutances – St-Lô » = 2824 (un bassin) ; « Lillebonne » = 2808 BOLBEC.",
  'Pas de code 2815 en 2024.',
];

function metadata(title: string) {
  return {
    title,
    attribution: ATTRIBUTION,
    licence: 'Licence Ouverte / Etalab (IGN Admin Express ; données France Travail : Licence Ouverte v2.0)',
    sources: SOURCES,
    caveats: CAVEATS,
    coordinatePrecision: PRECISION,
    generatedBy: 'scripts/data-geo.ts (npm run data:geo)',
  };
}

/** Rounds a coordinate to `PRECISION` decimals (returns a number, never "-0"). */
export function roundCoord(x: number): number {
  const f = 10 ** PRECISION;
  const r = Math.round(x * f) / f;
  return r === 0 ? 0 : r;
}

/** Rounds a ring and drops consecutive repeated positions; keeps it closed. */
export function roundRing(ring: Ring): Ring {
  const out: Ring = [];
  for (const [x, y] of ring) {
    const p: Position = [roundCoord(x), roundCoord(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]]);
  return out;
}

function roundPolygon(rings: Ring[]): Ring[] | null {
  const out: Ring[] = [];
  for (const [i, ring] of rings.entries()) {
    const r = roundRing(ring);
    if (r.length >= 4) out.push(r);
    else if (i === 0) return null; // outer ring collapsed: drop the polygon
  }
  return out;
}

function roundGeometry(geometry: Geometry): Geometry {
  if (geometry.type === 'Polygon') {
    const p = roundPolygon(geometry.coordinates);
    if (!p) throw new Error('polygone réduit à rien après arrondi');
    return { type: 'Polygon', coordinates: p };
  }
  const polys = geometry.coordinates.map(roundPolygon).filter((p): p is Ring[] => p !== null);
  if (polys.length === 0) throw new Error('multipolygone réduit à rien après arrondi');
  return { type: 'MultiPolygon', coordinates: polys };
}

function pick(properties: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, properties[k]]));
}

function readCollection(file: string): RawFeature[] {
  const json = JSON.parse(readFileSync(file, 'utf8')) as { type?: string; features?: RawFeature[] };
  if (json.type !== 'FeatureCollection' || !Array.isArray(json.features)) throw new Error(`${file} : FeatureCollection attendue`);
  return json.features;
}

const byCode = (a: RawFeature, b: RawFeature) => String(a.properties.code).localeCompare(String(b.properties.code));

/** Compact but diff-friendly GeoJSON: one feature per line. */
function geojsonText(collection: { features: unknown[] }): string {
  const { features, ...head } = collection;
  const headText = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  return `${headText},\n  "features": [\n${features.map((f) => `    ${JSON.stringify(f)}`).join(',\n')}\n  ]\n}\n`;
}

export interface GeoOutput {
  file: string;
  content: string;
}

export function buildGeoOutputs(srcDir: string): GeoOutput[] {
  const basinsRaw = readCollection(join(srcDir, 'normandie-bassins-bmo.geojson')).sort(byCode);
  const depsRaw = readCollection(join(srcDir, 'normandie-departements.geojson')).sort(byCode);

  const basinCollection = {
    type: 'FeatureCollection' as const,
    attribution: ATTRIBUTION,
    metadata: metadata("Bassins d'emploi BMO 2024 de Normandie"),
    features: basinsRaw.map((f) => {
      const geometry = roundGeometry(f.geometry);
      // Where the basin's name goes: a search over hundreds of candidate points per basin, too costly to run
      // in every visitor's browser (over a second of main thread on a mid-range phone), so done once here.
      return {
        type: 'Feature' as const,
        properties: { ...pick(f.properties, ['code', 'name', 'label', 'dep', 'dep_name']), label_point: labelPoint(geometry) },
        geometry,
      };
    }),
  };
  const depCollection = {
    type: 'FeatureCollection' as const,
    attribution: ATTRIBUTION,
    metadata: metadata('Départements de Normandie (fusion des bassins BMO)'),
    features: depsRaw.map((f) => ({
      type: 'Feature' as const,
      properties: pick(f.properties, ['code', 'name']),
      geometry: roundGeometry(f.geometry),
    })),
  };

  const basins = v.parse(BasinFeatureCollection, basinCollection);
  v.parse(DepartementFeatureCollection, depCollection);
  if (basins.features.length !== 27) throw new Error(`27 bassins attendus, ${basins.features.length} trouvés`);
  if (depCollection.features.length !== 5) throw new Error(`5 départements attendus, ${depCollection.features.length} trouvés`);

  const rows: Basin[] = basins.features.map(({ properties: p }) => ({
    code: p.code,
    name: p.name,
    label: p.label,
    dep: p.dep,
    depName: p.dep_name,
    studyNames: [...(STUDY_BASIN_NAMES[p.code] ?? [])],
  }));
  for (const code of Object.keys(STUDY_BASIN_NAMES)) {
    if (!rows.some((r) => r.code === code)) throw new Error(`Bassin ${code} de l'étude absent des polygones`);
  }
  const basinsDataset = {
    id: 'bmo-basins',
    title: "Bassins d'emploi BMO 2024 de Normandie",
    title_en: 'BMO 2024 employment basins of Normandy',
    unit: 'bassins',
    period: '2024',
    source: {
      publisher: 'France Travail',
      dataset: "Enquête Besoins en main-d'œuvre (BMO) — zonage des bassins d'emploi",
      year: '2024',
      citation: 'Source : France Travail, bassins BMO 2024 ; contours IGN Admin Express COG 2018',
      licence: 'Licence Ouverte v2.0 (Etalab)',
    },
    seed: {
      document: 'normandie-bassins-bmo.geojson',
      title: 'geo-raw : bassins BMO 2024 de Normandie (../shared/data/geo-raw/README.md)',
      section: 'Normandy BMO 2024 basins (official BE24 / NOMBE24)',
    },
    authority: 'primary' as const,
    confidence: 'certain' as const,
    notes: [
      'name = NOMBE24 officiel ; label = mise en forme d’affichage (non officielle) ; joindre sur code.',
      "studyNames : noms employés par l'étude Carif-Oref (graphiques BMO 2024). Lillebonne → 2808 BOLBEC ; « Vernon » = 2812 et « Louviers » = 2810 (deux bassins) ; « Coutances – St-Lô » = 2824 (un bassin, libellé sur deux lignes). Liste vide : bassin absent des graphiques de l'étude.",
      'Polygones : data/geo/bassins-bmo-2024.geojson (même code).',
    ],
    rows,
  };
  v.parse(bmoDatasets['bmo-basins'].schema, basinsDataset);

  return [
    { file: 'bassins-bmo-2024.geojson', content: geojsonText(basinCollection) },
    { file: 'departements.geojson', content: geojsonText(depCollection) },
    { file: 'basins.json', content: `${JSON.stringify(basinsDataset, null, 2)}\n` },
  ];
}

function main(argv: string[]): number {
  let src = DEFAULT_SRC;
  let out = DEFAULT_OUT;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--src') src = resolve(argv[++i] ?? '');
    else if (arg === '--out') out = resolve(argv[++i] ?? '');
    else {
      console.error(`Argument inconnu : ${arg}\nUsage : npm run data:geo -- [--src dossier] [--out dossier]`);
      return 1;
    }
  }
  let outputs: GeoOutput[];
  try {
    outputs = buildGeoOutputs(src);
  } catch (error) {
    if (v.isValiError(error)) {
      console.error(
        error.issues
          .slice(0, 10)
          .map((i) => `${v.getDotPath(i) ?? '(racine)'} : ${i.message}`)
          .join('\n'),
      );
    } else console.error(error instanceof Error ? error.message : error);
    console.error('Aucun fichier écrit.');
    return 1;
  }
  mkdirSync(out, { recursive: true });
  for (const { file, content } of outputs) {
    writeFileSync(join(out, file), content);
    console.log(`écrit ${join(out, file)} (${(content.length / 1024).toFixed(0)} Ko)`);
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}

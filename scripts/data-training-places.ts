/**
 * Places the study's RNCP establishments (data/study/rncp-establishments.json)
 * at their town: one row per town with a point inside the commune's polygon
 * (IGN Admin Express COG 2018 via ../shared/data/geo-raw), its INSEE code,
 * department and BMO 2024 basin (France Travail zoning, same folder).
 * Writes data/training/training-places.json; writes nothing on any mismatch.
 *
 *   npx tsx scripts/data-training-places.ts [geo-raw folder]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { labelPoint, type AreaGeometry } from '../src/charts/map/labelPoint';
import { datasets } from '../src/data/registry';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_SRC = resolve(root, '../shared/data/geo-raw');
const OUT = join(root, 'data/training/training-places.json');
const PRECISION = 4;

/** COG 2018 names drop the leading article (« Havre », « Petit-Quevilly »): compare without it, accents kept. */
export function townKey(name: string): string {
  return name
    .normalize('NFC')
    .replace(/^(le|la|les)\s+/i, '')
    .replace(/^l['’]/i, '')
    .toLowerCase();
}

interface Commune {
  code: string;
  name: string;
  geometry: AreaGeometry;
}

export function buildTrainingPlaces(src: string) {
  const communesGeo = JSON.parse(readFileSync(join(src, 'src_france-geojson_communes-normandie-2018.geojson'), 'utf8')) as {
    features: { properties: { code: string; nom: string }; geometry: AreaGeometry }[];
  };
  const basinOf = new Map<string, string>();
  const lines = readFileSync(join(src, 'communes-2018-to-bassin-bmo.csv'), 'utf8').trim().split(/\r?\n/);
  if (lines[0] !== 'insee_2018,nom,dep,code_bassin,name_bassin') throw new Error(`communes-2018-to-bassin-bmo.csv : en-tête inattendu « ${lines[0]} »`);
  for (const line of lines.slice(1)) {
    // Names may hold commas only inside quotes; the code and the basin are the first and fourth plain fields.
    const code = line.slice(0, 5);
    const basin = /,(28\d{2}),[^,]*$/.exec(line)?.[1];
    if (!/^\d{5}$/.test(code) || !basin) throw new Error(`communes-2018-to-bassin-bmo.csv : ligne illisible « ${line} »`);
    basinOf.set(code, basin);
  }
  const communes: Commune[] = communesGeo.features.map((f) => ({ code: f.properties.code, name: f.properties.nom, geometry: f.geometry }));

  const establishments = v.parse(
    datasets['rncp-establishments'].schema,
    JSON.parse(readFileSync(join(root, 'data', datasets['rncp-establishments'].file), 'utf8')),
  ).rows;

  const byTown = new Map<string, { town: string; dep: string; establishments: string[] }>();
  for (const row of establishments) {
    const key = `${row.departmentCode}|${townKey(row.town)}`;
    const entry = byTown.get(key) ?? { town: row.town, dep: row.departmentCode, establishments: [] };
    // « Lycée La Châtaigneraie » is printed in two blocks: one establishment, one place.
    if (!entry.establishments.includes(row.establishment)) entry.establishments.push(row.establishment);
    byTown.set(key, entry);
  }

  const rows = [...byTown.values()].map((entry) => {
    const matches = communes.filter((c) => c.code.startsWith(entry.dep) && townKey(c.name) === townKey(entry.town));
    if (matches.length !== 1) throw new Error(`« ${entry.town} » (${entry.dep}) : ${matches.length} communes de ce nom dans le département, une attendue`);
    const commune = matches[0]!;
    const basin = basinOf.get(commune.code);
    if (!basin) throw new Error(`« ${entry.town} » (${commune.code}) : commune absente de la table commune → bassin`);
    const [lon, lat] = labelPoint(commune.geometry);
    const round = (x: number) => Math.round(x * 10 ** PRECISION) / 10 ** PRECISION;
    return { town: entry.town, commune: commune.code, departmentCode: entry.dep, basin, point: [round(lon), round(lat)], establishments: entry.establishments };
  });
  rows.sort((a, b) => a.commune.localeCompare(b.commune));

  const file = {
    id: 'training-places',
    title: 'Villes des établissements proposant des formations RNCP en data et IA en Normandie',
    title_en: 'Towns of the establishments offering RNCP data and AI training in Normandy',
    unit: 'établissements',
    period: '2024',
    source: {
      publisher: 'Carif-Oref de Normandie ; IGN ; France Travail',
      dataset: "Établissements du tableau RNCP de l'étude, placés à leur ville (IGN Admin Express COG 2018 ; zonage des bassins BMO)",
      year: '2024',
      citation:
        'Source : Carif-Oref de Normandie, tableau des formations RNCP en data et IA (étude Flash 2024) ; villes placées sur les contours de communes IGN Admin Express COG 2018 et le zonage des bassins BMO de France Travail, traitement Observatoire',
      licence: 'Étude © Carif-Oref de Normandie ; contours IGN et zonage France Travail : Licence Ouverte / Etalab',
    },
    seed: {
      document: 'src_france-geojson_communes-normandie-2018.geojson',
      title: 'IGN Admin Express COG 2018 (communes de Normandie) via gregoiredavid/france-geojson ; table commune → bassin BMO via dataforgoodfr/13_odis',
      section: 'Communes des villes imprimées dans le tableau RNCP (rncp-establishments)',
    },
    authority: 'primary',
    confidence: 'certain',
    notes: [
      "Une ligne par ville imprimée dans le tableau RNCP de l'étude ; « establishments » renvoie aux identifiants de rncp-establishments. Calculé par scripts/data-training-places.ts, pas une donnée de la source.",
      "Le point est à l'intérieur du plus grand polygone de la commune (même règle que les noms des bassins, src/charts/map/labelPoint.ts), arrondi à 4 décimales : il situe la ville, pas l'adresse de l'établissement.",
      "Commune trouvée par son nom dans le département de l'établissement, article initial ignoré (le COG 2018 écrit « Havre », « Petit-Quevilly », « Mesnil-Esnard ») ; un nom qui ne désigne pas exactement une commune arrête le script.",
      'Bassin : celui de la commune dans la table commune → bassin BMO (France Travail, via dataforgoodfr/13_odis).',
      "Les villes des universités et de l'INSA sont celles de leur intitulé (sièges réels parfois dans une commune voisine), comme dans rncp-establishments.",
    ],
    rows,
  };
  return v.parse(datasets['training-places'].schema, file);
}

function main(args: string[]): number {
  const src = resolve(args[0] ?? DEFAULT_SRC);
  let content: string;
  try {
    content = `${JSON.stringify(buildTrainingPlaces(src), null, 2)}\n`;
  } catch (error) {
    if (v.isValiError(error))
      console.error(
        error.issues
          .slice(0, 10)
          .map((i) => `${v.getDotPath(i) ?? '(racine)'} : ${i.message}`)
          .join('\n'),
      );
    else console.error(error instanceof Error ? error.message : error);
    console.error('Aucun fichier écrit.');
    return 1;
  }
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, content);
  console.log(`écrit ${OUT} (${(content.length / 1024).toFixed(1)} Ko)`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}

/**
 * npm run data:bmo -- [csv] [--out dir]
 *
 * France Travail BMO open data for Normandie (CSV, one line per occupation ×
 * basin) → contract datasets under data/bmo/:
 *   - bmo-YYYY-normandie.json   rows { occupation, basin, dep, met, xmet, smet }
 *   - bmo-YYYY-occupations.json rows { code, label, family, familyLabel }
 *   - bmo-YYYY-france.json      per occupation and per family: France totals
 *     and projects in each of the 13 metropolitan regions (only when the
 *     input is the whole-of-France file; the browser never gets its rows)
 * YYYY comes from the `annee` column, so next year's file loads with one
 * command. The default input is the whole-of-France file; the Normandy
 * extract (REG = 28) still works and then writes only the Normandy files. For the 2024 survey it also writes the Carif-Oref study's own BMO
 * figures, reconstructed from the text and checked against the open data:
 *   - bmo-study-by-department.json, bmo-study-by-basin.json
 *
 * The CSV is streamed record by record (BmoCsvReader): Normandie's lines are
 * kept, the other regions only as per occupation × region sums. Everything
 * is validated before anything is written: on any error nothing is written
 * and the exit code is 1. Output is deterministic (no timestamps).
 */
import { createReadStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import * as v from 'valibot';
import type { Confidence, DatasetMeta, Missing } from '../src/data/contract.ts';
import { BmoCsvReader, BmoParseError, type CellSum, type ParsedBmo } from '../src/data/bmoCsv.ts';
import { SECRET_MAX, STUDY_BASIN_NAMES, basinsOfStudyName, checkRounded, checkShare, rangeOfRows, sumRows, type BmoFilter } from '../src/data/bmo.ts';
import {
  bmoDatasets,
  METRO_REGION_CODES,
  type BmoAggregate,
  type BmoNationalRow,
  type BmoRow,
  type MetroRegionCode,
  type DepCode,
  type OpenDataComparison,
  type RoundingCheck,
  type StudyByBasinRow,
  type StudyByDepartmentRow,
} from '../src/data/schemas/bmo.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_CSV = resolve(root, '../shared/data/bmo-raw/src_bmo2024_open_data_france.csv');
const DEFAULT_OUT = join(root, 'data/bmo');

const DEP_NAMES: Record<DepCode, string> = {
  '14': 'Calvados',
  '27': 'Eure',
  '50': 'Manche',
  '61': 'Orne',
  '76': 'Seine-Maritime',
};

// ---------------------------------------------------------------------------
// Open data
// ---------------------------------------------------------------------------

function openDataSource(year: number) {
  return {
    publisher: 'France Travail',
    dataset: "Enquête Besoins en main-d'œuvre (BMO)",
    year: String(year),
    citation: `Source : France Travail, enquête BMO ${year}`,
    licence: 'Licence Ouverte v2.0 (Etalab)',
  };
}

function openDataMeta(parsed: ParsedBmo, csvName: string, overrides: Partial<DatasetMeta> & Pick<DatasetMeta, 'id' | 'title' | 'unit'>): DatasetMeta {
  const year = parsed.year;
  const { id, title, title_en, unit, ...rest } = overrides;
  return {
    id,
    title,
    ...(title_en === undefined ? {} : { title_en }),
    unit,
    period: String(year),
    source: openDataSource(year),
    seed: {
      document: csvName,
      title: `France Travail, Besoins en main-d'œuvre ${year}, base open data (Normandie, REG = 28)`,
      section: `BMO_${year}_open_data, lignes REG = 28`,
    },
    authority: 'primary',
    confidence: 'certain',
    notes: [],
    ...rest,
  };
}

function buildOpenData(parsed: ParsedBmo, csvName: string) {
  const { year, rows } = parsed;
  const secret = rows.filter((r) => typeof r.met !== 'number').length;
  const regional = sumRows(rows, 'met');
  const rowsDataset = {
    ...openDataMeta(parsed, csvName, {
      id: `bmo-${year}-normandie`,
      title: `Projets de recrutement par métier et bassin d'emploi, Normandie, ${year}`,
      title_en: `Recruitment projects by occupation and employment basin, Normandy, ${year}`,
      unit: 'projets de recrutement',
      notes: [
        "Une ligne par métier BMO × bassin d'emploi présent dans le fichier ; un couple absent n'a aucun projet déclaré dans le fichier.",
        'met = projets de recrutement ; xmet = projets jugés difficiles ; smet = projets saisonniers.',
        `« * » (secret statistique, moins de 5 projets) est codé { "missing": "secret" } : jamais 0 ni 1. Une somme qui contient une case secrète est une borne basse (lowerBound) ; en borne haute, chaque case secrète vaut au plus ${SECRET_MAX}.`,
        `${rows.length} lignes dont ${secret} avec met secret ; somme des met publiés = ${regional.value} (borne basse du total régional).`,
        `Bassins : codes BE${String(year).slice(2)} ; libellés et polygones dans bmo-basins (data/geo/basins.json). Métiers : bmo-${year}-occupations.`,
        'Les valeurs BMO sont des estimations issues d’une enquête déclarative (intentions d’embauche), pas des embauches réalisées.',
      ],
    }),
    rows,
  };
  const occupationsDataset = {
    ...openDataMeta(parsed, csvName, {
      id: `bmo-${year}-occupations`,
      title: `Métiers BMO ${year} présents en Normandie`,
      title_en: `BMO ${year} occupations present in Normandy`,
      unit: 'métiers',
      notes: [
        `${parsed.occupations.length} métiers (nomenclature BMO ${year}) avec au moins une ligne en Normandie.`,
        'family / familyLabel : Famille_met / Lbl_fam_met du fichier (8 familles).',
      ],
    }),
    rows: parsed.occupations,
  };
  return { rowsDataset, occupationsDataset };
}

// ---------------------------------------------------------------------------
// National aggregates (whole-of-France file only)
// ---------------------------------------------------------------------------

function aggregate(sum: CellSum): BmoAggregate {
  return sum.secretCells > 0 ? { value: sum.value, lowerBound: true, secretCells: sum.secretCells } : { value: sum.value, lowerBound: false };
}

function addInto(target: CellSum, sum: CellSum | undefined): void {
  if (!sum) return;
  target.value += sum.value;
  target.secretCells += sum.secretCells;
}

const zero = (): CellSum => ({ value: 0, secretCells: 0 });

function buildNational(parsed: ParsedBmo, csvName: string) {
  const national = parsed.national;
  if (!national) return undefined;
  const { year } = parsed;
  const groups: { kind: 'occupation' | 'family'; code: string; occupations: string[] }[] = [
    ...national.occupations.map((o) => ({ kind: 'occupation' as const, code: o.code, occupations: [o.code] })),
    ...[...new Set(national.occupations.map((o) => o.family))].sort().map((family) => ({
      kind: 'family' as const,
      code: family,
      occupations: national.occupations.filter((o) => o.family === family).map((o) => o.code),
    })),
  ];
  const rows: BmoNationalRow[] = groups.map(({ kind, code, occupations }) => {
    const france = { met: zero(), xmet: zero(), smet: zero() };
    const regions = Object.fromEntries(METRO_REGION_CODES.map((r) => [r, zero()])) as Record<MetroRegionCode, CellSum>;
    for (const occupation of occupations) {
      for (const region of national.regions) {
        const sum = national.cells.get(`${occupation}|${region}`);
        if (!sum) continue;
        addInto(france.met, sum.met);
        addInto(france.xmet, sum.xmet);
        addInto(france.smet, sum.smet);
        if (region in regions) addInto(regions[region as MetroRegionCode], sum.met);
      }
    }
    return {
      kind,
      code,
      france: { met: aggregate(france.met), xmet: aggregate(france.xmet), smet: aggregate(france.smet) },
      regions: Object.fromEntries(METRO_REGION_CODES.map((r) => [r, aggregate(regions[r])])) as BmoNationalRow['regions'],
    };
  });
  const all = rows.filter((r) => r.kind === 'family').reduce((n, r) => n + r.france.met.value, 0);
  const secret = rows.filter((r) => r.kind === 'family').reduce((n, r) => n + (r.france.met.secretCells ?? 0), 0);
  return {
    id: `bmo-${year}-france`,
    title: `Projets de recrutement par métier et par famille : France entière et régions métropolitaines, ${year}`,
    title_en: `Recruitment projects by occupation and family: the whole of France and the metropolitan regions, ${year}`,
    unit: 'projets de recrutement',
    period: String(year),
    source: openDataSource(year),
    seed: {
      document: csvName,
      title: `France Travail, Besoins en main-d'œuvre ${year}, base open data (France entière, ${national.regions.length} régions)`,
      section: `BMO_${year}_open_data, toutes les lignes`,
    },
    authority: 'primary' as const,
    confidence: 'certain' as const,
    notes: [
      'Agrégats calculés par npm run data:bmo à partir du fichier national ; les lignes métier × bassin hors Normandie ne sont pas publiées dans le tableau de bord.',
      `kind = occupation : un métier BMO ; kind = family : la somme des métiers de la famille (Famille_met). ${national.occupations.length} métiers, dont ${parsed.occupations.length} présents en Normandie.`,
      `france : les ${national.regions.length} régions du fichier, outre-mer compris (met, xmet, smet). regions : projets (met) de chacune des 13 régions métropolitaines (codes Insee).`,
      `Une somme qui contient une case secrète (« * », moins de 5) est une borne basse (lowerBound: true) ; secretCells dit combien de cases elle omet : la vraie valeur est entre value et value + ${SECRET_MAX} × secretCells. Jamais 0 pour une case secrète ; 0 sans lowerBound = aucun projet déclaré.`,
      `France entière : ${all} projets publiés hors ${secret} cases secrètes (de ${all} à ${all + SECRET_MAX * secret} en tout).`,
    ],
    rows,
  };
}

// ---------------------------------------------------------------------------
// The study's BMO figures (Carif-Oref de Normandie, 2024), transcribed from
// ../shared/seeds/001_551c35311d31be88.txt. The PDF text scrambles charts:
// numbers are placed by the study's own arithmetic (parts sum to totals,
// printed shares) and, within a department, by matching the open data
// rounded to tens. Values that the text cannot settle are `ambiguous`.
// ---------------------------------------------------------------------------

export const STUDY_DOCUMENT = '001_551c35311d31be88.txt';
const STUDY_TITLE = "Carif-Oref de Normandie, Les métiers de la donnée et de l'intelligence artificielle, Étude Flash, 2024";
const STUDY_CITATION = 'Source : France Travail, BMO 2024, traitement Carif-Oref de Normandie';
const STUDY_LABELS = {
  M2X90: "Ingénieurs de l'informatique",
  M1X80: "Techniciens de l'informatique",
} as const;
type StudyOccupation = keyof typeof STUDY_LABELS;

interface DeptFigure {
  occupation: StudyOccupation;
  area: DepCode | 'normandie';
  projects: number;
  shareOfRegion?: number;
  difficultShare?: number;
  confidence: Confidence;
  lines: string;
  note: string;
}

const STUDY_DEPARTMENTS: DeptFigure[] = [
  {
    occupation: 'M2X90',
    area: 'normandie',
    projects: 270,
    difficultShare: 66.7,
    confidence: 'certain',
    lines: '849, 854, 912',
    note: '« 270 projets de recrutement » (l. 849, et titre l. 912) ; « 66,7 % des recrutements sont jugés difficiles (contre 61,4 % tous métiers confondus) » (l. 854). 270 = 130 + 90 + 10 + 20 + 20 (somme des départements arrondis) ; 66,7 % = 180 / 270.',
  },
  {
    occupation: 'M2X90',
    area: '14',
    projects: 130,
    shareOfRegion: 48.1,
    confidence: 'proved',
    lines: '851, 956',
    note: '« Calvados : (48,1 %) » (l. 851) ; 130 imprimé l. 956 ; 130 / 270 = 48,1 % : le nombre est apparié au département par ce calcul (prouvé), pas par le texte.',
  },
  {
    occupation: 'M2X90',
    area: '76',
    projects: 90,
    shareOfRegion: 33.3,
    confidence: 'proved',
    lines: '852, 958',
    note: '« Seine-Maritime (33,3 %) » (l. 852) ; 90 imprimé l. 958 ; 90 / 270 = 33,3 % : le nombre est apparié au département par ce calcul (prouvé), pas par le texte.',
  },
  {
    occupation: 'M2X90',
    area: '50',
    projects: 20,
    confidence: 'proved',
    lines: '898-906, 960-962',
    note: "Deux « 20 » suivent les libellés « Seine Maritime, Manche, Orne » (l. 898-906, répétés l. 960-962). Prouvé par le calcul, pas par cet ordre : 270 − 130 − 90 = 50 se partage en 20 + 20 + 10 entre Eure, Manche et Orne, et l'arrondi de l'open data (Manche 21, Orne 23, Eure 7 à 11) n'admet 20 que pour la Manche et l'Orne.",
  },
  {
    occupation: 'M2X90',
    area: '61',
    projects: 20,
    confidence: 'proved',
    lines: '898-906, 960-962',
    note: "Deux « 20 » suivent les libellés « Seine Maritime, Manche, Orne » (l. 898-906, répétés l. 960-962). Prouvé par le calcul, pas par cet ordre : 270 − 130 − 90 = 50 se partage en 20 + 20 + 10 entre Eure, Manche et Orne, et l'arrondi de l'open data (Manche 21, Orne 23, Eure 7 à 11) n'admet 20 que pour la Manche et l'Orne.",
  },
  {
    occupation: 'M2X90',
    area: '27',
    projects: 10,
    confidence: 'proved',
    lines: '954-966',
    note: "Pas de « 10 » lisible pour l'Eure dans le graphique (« 100 » puis « 0 », l. 964-966 : graduation ou « 10 » coupé). Prouvé par le calcul : par différence, 270 − 130 − 90 − 20 − 20 = 10, et l'arrondi de l'open data (entre 7 et 11) n'admet que 10 des valeurs restantes (10, 20, 20). Le graphique par bassin donne Vernon 10 + Louviers 10 = 20 (ses barres totalisent 280) : les deux graphiques de l'étude ne concordent pas pour l'Eure.",
  },
  {
    occupation: 'M1X80',
    area: 'normandie',
    projects: 410,
    difficultShare: 36.6,
    confidence: 'certain',
    lines: '862, 867, 993',
    note: '« 410 projets de recrutement » (l. 862, et titre l. 993) ; « 36,6 % des recrutements sont jugés difficiles » (l. 867). 410 = 250 + 90 + 50 + 20 + 0 ; 36,6 % = 150 / 410.',
  },
  {
    occupation: 'M1X80',
    area: '76',
    projects: 250,
    shareOfRegion: 61,
    confidence: 'proved',
    lines: '864, 872, 968',
    note: '« Seine-Maritime (61 %) » (l. 864) ; 250 imprimé l. 872 et 968 ; 250 / 410 = 61 % : le nombre est apparié au département par ce calcul (prouvé), pas par le texte.',
  },
  {
    occupation: 'M1X80',
    area: '14',
    projects: 90,
    shareOfRegion: 22,
    confidence: 'proved',
    lines: '865, 886, 970',
    note: '« Calvados (22 %) » (l. 865) ; 90 imprimé l. 886 et 970 ; 90 / 410 = 22 % : le nombre est apparié au département par ce calcul (prouvé), pas par le texte.',
  },
  {
    occupation: 'M1X80',
    area: '27',
    projects: 50,
    confidence: 'proved',
    lines: '888, 972',
    note: "Valeurs l. 968-976 dans l'ordre des libellés (Seine Maritime, Calvados, Eure, Manche, Orne) : 250, 90, 50, 20, 0 ; 250 + 90 + 50 + 20 + 0 = 410. Prouvé par le calcul, pas par cet ordre : des trois valeurs restantes (50, 20, 0), l'arrondi de l'open data de l'Eure (45 à 49) n'admet que 50.",
  },
  {
    occupation: 'M1X80',
    area: '50',
    projects: 20,
    confidence: 'proved',
    lines: '974',
    note: "Valeurs l. 968-976 dans l'ordre des libellés (Seine Maritime, Calvados, Eure, Manche, Orne) : 250, 90, 50, 20, 0. Prouvé par le calcul, pas par cet ordre : des trois valeurs restantes (50, 20, 0), l'arrondi de l'open data de la Manche (19 à 23) n'admet que 20.",
  },
  {
    occupation: 'M1X80',
    area: '61',
    projects: 0,
    confidence: 'proved',
    lines: '976',
    note: "« 0 » l. 976 : l'Orne n'a qu'une case secrète (Alençon, moins de 5), arrondie à 0 par l'étude. Prouvé par le calcul : des trois valeurs restantes (50, 20, 0), seul 0 est compatible avec une case de 0 à 4.",
  },
];

interface BasinFigure {
  occupation: StudyOccupation;
  studyName: string;
  /** A number, or the candidates of an ambiguous pair (with `pairedWith`). */
  projects: number | { candidates: number[] };
  pairedWith?: string;
  note: string;
}

const M2X90_PRINTED = '80, 0, 10, 130 10, 20, 10, 20 (l. 929-941)';
const M1X80_PRINTED = '220, 30, 30, 0, 70, 10, 10, 1010, 10, 0, 0, 10, 0 (l. 1034-1058)';

const M2X90_PLACED =
  'Les 8 nombres imprimés vont aux 8 libellés. Caen, Rouen, Mortagne-l’Aigle et Nord Cotentin reçoivent 130, 80, 20 et 20 (totaux départementaux de l’étude) ; Seine-Maritime = 90 impose Le Havre + Lillebonne = 10 (un 10, un 0) ; restent deux « 10 » pour Vernon et Louviers.';

const STUDY_BASINS: BasinFigure[] = [
  { occupation: 'M2X90', studyName: 'Rouen', projects: 80, note: 'Seul « 80 » imprimé.' },
  {
    occupation: 'M2X90',
    studyName: 'Le Havre',
    projects: { candidates: [0, 10] },
    pairedWith: 'Lillebonne',
    note: "Seine-Maritime = 90 et Rouen = 80 : Le Havre + Lillebonne = 10, donc l'un vaut 10 et l'autre 0 ; le texte ne dit pas lequel.",
  },
  {
    occupation: 'M2X90',
    studyName: 'Lillebonne',
    projects: { candidates: [0, 10] },
    pairedWith: 'Le Havre',
    note: "Bassin 2808 (BOLBEC en 2024, LILLEBONNE dans la table de zonage). Le Havre + Lillebonne = 10, l'un vaut 10 et l'autre 0 ; le texte ne dit pas lequel.",
  },
  { occupation: 'M2X90', studyName: 'Mortagne-l’Aigle', projects: 20, note: 'Orne = 20 (graphique par département) ; seul bassin ornais du graphique.' },
  { occupation: 'M2X90', studyName: 'Vernon', projects: 10, note: `Bassin 2812. ${M2X90_PLACED}` },
  {
    occupation: 'M2X90',
    studyName: 'Louviers',
    projects: 10,
    note: `Bassin 2810. ${M2X90_PLACED} Vernon + Louviers = 20, alors que le graphique par département ne donne pas de valeur lisible pour l’Eure (10 par différence avec 270) : les barres de ce graphique totalisent 280, 10 de plus que les 270 annoncés.`,
  },
  { occupation: 'M2X90', studyName: 'Nord Cotentin', projects: 20, note: 'Manche = 20 ; seul bassin de la Manche du graphique.' },
  { occupation: 'M2X90', studyName: 'Caen', projects: 130, note: 'Calvados = 130 ; seul bassin du Calvados du graphique.' },

  { occupation: 'M1X80', studyName: 'Rouen', projects: 220, note: 'Seine-Maritime = 250 = 220 + 30 + 0.' },
  { occupation: 'M1X80', studyName: 'Le Havre', projects: 30, note: 'Seine-Maritime = 250 = 220 + 30 + 0.' },
  { occupation: 'M1X80', studyName: 'Pays de Caux', projects: 0, note: 'Seine-Maritime = 250 = 220 + 30 + 0 ; case secrète arrondie à 0.' },
  { occupation: 'M1X80', studyName: 'Evreux', projects: 30, note: 'Eure = 50 = 30 (Evreux) + 10 (Louviers) + 10 (Pont-Audemer) + 0 (Vernon).' },
  {
    occupation: 'M1X80',
    studyName: 'Louviers',
    projects: 10,
    note: 'Bassin 2810. Eure = 50 = 30 + 10 + 10 + 0 ; dans l’Eure, l’open data (Louviers 8, Vernon secret) place le 10 à Louviers.',
  },
  { occupation: 'M1X80', studyName: 'Vernon', projects: 0, note: 'Bassin 2812. Eure = 50 = 30 + 10 + 10 + 0 ; case secrète arrondie à 0.' },
  { occupation: 'M1X80', studyName: 'Pont-Audemer', projects: 10, note: 'Eure = 50 = 30 + 10 + 10 + 0.' },
  { occupation: 'M1X80', studyName: 'Caen', projects: 70, note: 'Calvados = 90 = 70 + 10 + 10.' },
  { occupation: 'M1X80', studyName: 'Lisieux', projects: 10, note: 'Calvados = 90 = 70 + 10 + 10.' },
  { occupation: 'M1X80', studyName: 'Bayeux', projects: 10, note: 'Calvados = 90 = 70 + 10 + 10.' },
  { occupation: 'M1X80', studyName: 'Nord Cotentin', projects: 10, note: 'Manche = 20 = 10 (Nord Cotentin) + 10 (Coutances – St-Lô) + 0 (Sud Manche).' },
  { occupation: 'M1X80', studyName: 'Sud Manche', projects: 0, note: 'Manche = 20 ; case secrète arrondie à 0.' },
  {
    occupation: 'M1X80',
    studyName: 'Coutances – St-Lô',
    projects: 10,
    note: 'Bassin 2824 (SAINT LO COUTANCES), un seul bassin dont le libellé est imprimé sur deux lignes (« Coutances » / « St-Lô »). Manche = 20 = 10 + 10 + 0.',
  },
  { occupation: 'M1X80', studyName: 'Alençon', projects: 0, note: 'Orne = 0 ; case secrète arrondie à 0.' },
];

function compareWithOpenData(rows: readonly BmoRow[], filter: BmoFilter): OpenDataComparison {
  const selected = rows.filter(
    (r) =>
      (!filter.occupations || filter.occupations.includes(r.occupation)) &&
      (!filter.basins || filter.basins.includes(r.basin)) &&
      (!filter.deps || filter.deps.includes(r.dep)),
  );
  return {
    met: sumRows(selected, 'met'),
    metMax: rangeOfRows(selected, 'met').max,
    xmet: sumRows(selected, 'xmet'),
    xmetMax: rangeOfRows(selected, 'xmet').max,
    cells: selected.length,
    secretCells: selected.filter((r) => typeof r.met !== 'number').length,
  };
}

const rangeOfMet = (c: OpenDataComparison) => ({ min: c.met.value, max: c.metMax });
const rangeOfXmet = (c: OpenDataComparison) => ({ min: c.xmet.value, max: c.xmetMax });

function describe(check: RoundingCheck, figure: number, c: OpenDataComparison): string {
  const range = c.met.lowerBound ? `entre ${c.met.value} et ${c.metMax}` : `${c.met.value}`;
  const verdict = check === 'exact' ? 'arrondi exact' : check === 'bound' ? 'compatible (borne, cases secrètes)' : 'INCOMPATIBLE';
  return `Open data : ${range} projets (${c.cells} case(s), ${c.secretCells} secrète(s)) → ${figure} : ${verdict}.`;
}

function buildStudyByDepartment(rows: readonly BmoRow[]) {
  const out: StudyByDepartmentRow[] = STUDY_DEPARTMENTS.map((f) => {
    const filter: BmoFilter = { occupations: [f.occupation], ...(f.area === 'normandie' ? {} : { deps: [f.area] }) };
    const openData = compareWithOpenData(rows, filter);
    const check = checkRounded(f.projects, rangeOfMet(openData));
    const row: StudyByDepartmentRow = {
      occupation: f.occupation,
      occupationLabel: STUDY_LABELS[f.occupation],
      area: f.area,
      areaLabel: f.area === 'normandie' ? 'Normandie' : DEP_NAMES[f.area],
      projects: f.projects,
      openData,
      check,
      confidence: f.confidence,
      lines: f.lines,
      note: `${f.note} ${describe(check, f.projects, openData)}`,
    };
    if (f.shareOfRegion !== undefined) row.shareOfRegion = f.shareOfRegion;
    if (f.difficultShare !== undefined) {
      row.difficultShare = f.difficultShare;
      row.difficultCheck = checkShare(f.difficultShare, rangeOfXmet(openData), rangeOfMet(openData));
      row.note += ` Part de difficiles : open data entre ${openData.xmet.value} et ${openData.xmetMax} difficiles sur ${openData.met.value} à ${openData.metMax} projets → ${f.difficultShare} % : ${row.difficultCheck === 'mismatch' ? 'INCOMPATIBLE' : 'compatible'}.`;
    }
    return row;
  });
  return {
    id: 'bmo-study-by-department',
    title: "Projets de recrutement d'ingénieurs et de techniciens de l'informatique par département (étude)",
    title_en: 'IT engineer and technician recruitment projects by department (study)',
    unit: 'projets de recrutement',
    period: '2024',
    source: { publisher: 'France Travail', dataset: "Enquête Besoins en main-d'œuvre (BMO)", year: '2024', citation: STUDY_CITATION },
    seed: {
      document: STUDY_DOCUMENT,
      title: STUDY_TITLE,
      section: "Les besoins régionaux à court terme — Projets de recrutement sur les métiers d'ingénieur / de technicien de l'informatique par département",
      lines: '847-976',
    },
    authority: 'primary' as const,
    confidence: weakest(out.map((r) => r.confidence)),
    notes: [
      "Métiers BMO : ingénieurs de l'informatique = M2X90 (Ingénieurs et cadres d'étude, R&D en informatique et télécom) ; techniciens = M1X80 (Techniciens d'étude et de développement en informatique).",
      "Chiffres de l'étude arrondis à la dizaine (arrondi au plus proche, 5 vers le haut : Calvados techniciens = 85 exactement → 90). Les totaux régionaux (270, 410) sont la somme des départements arrondis, et les pourcentages sont calculés sur ces chiffres arrondis.",
      `openData : sommes des cases de l'open data BMO 2024 ; met.lowerBound = au moins une case secrète ; metMax compte chaque case secrète pour ${SECRET_MAX}. check : exact / bound (compatible pour certaines valeurs des cases secrètes) / mismatch.`,
      'Pourcentages imprimés près des graphiques départementaux sans lecture cohérente (9,5 %, 27,5 %, 30,1 %, l. 870-952) : non repris.',
      'Département et région sont dans le même fichier : area = code du département ou « normandie ».',
      "Niveaux de confiance : « certain » pour les totaux régionaux imprimés (270, 410) ; « proved » pour chaque département, apparié par le calcul (part imprimée × total, ou arrondi de l'open data qui n'admet qu'une des valeurs restantes), jamais par l'ordre du texte seul.",
    ],
    rows: out,
  };
}

function buildStudyByBasin(rows: readonly BmoRow[]) {
  const figures = new Map(STUDY_BASINS.map((f) => [`${f.occupation}|${f.studyName}`, f]));
  const out: StudyByBasinRow[] = STUDY_BASINS.map((f) => {
    const basins = basinsOfStudyName(f.studyName);
    if (basins.length === 0) throw new Error(`Nom de bassin de l'étude inconnu : ${f.studyName}`);
    const firstBasin = rows.find((r) => r.basin === basins[0]);
    if (!firstBasin) throw new Error(`Bassin ${basins[0]} absent de l'open data`);
    const openData = compareWithOpenData(rows, { occupations: [f.occupation], basins });
    let projects: number | Missing;
    let check: RoundingCheck;
    let confidence: Confidence;
    let note = f.note;
    if (typeof f.projects === 'number') {
      projects = f.projects;
      check = checkRounded(f.projects, rangeOfMet(openData));
      confidence = 'proved';
      note += ` ${describe(check, f.projects, openData)}`;
    } else {
      const partner = f.pairedWith ? figures.get(`${f.occupation}|${f.pairedWith}`) : undefined;
      if (!partner || typeof partner.projects === 'number') throw new Error(`Paire ambiguë incomplète : ${f.studyName}`);
      const partnerBasins = basinsOfStudyName(partner.studyName);
      const candidates = f.projects.candidates;
      projects = { missing: 'ambiguous', candidates, note: `${f.studyName} + ${partner.studyName} = ${Math.max(...candidates)} ; répartition inconnue` };
      confidence = 'ambiguous';
      if (partnerBasins.join() === basins.join()) {
        // Same cell(s): compare the pair's sum with the shared cell.
        const sum = Math.max(...candidates);
        check = checkRounded(sum, rangeOfMet(openData));
        note += ` Somme de la paire : ${describe(check, sum, openData)}`;
      } else {
        // Different cells: is either split compatible with both cells?
        const other = compareWithOpenData(rows, { occupations: [f.occupation], basins: partnerBasins });
        const sum = Math.max(...candidates);
        const fits = candidates.some(
          (mine) => checkRounded(mine, rangeOfMet(openData)) !== 'mismatch' && checkRounded(sum - mine, rangeOfMet(other)) !== 'mismatch',
        );
        check = fits ? 'bound' : 'mismatch';
        note += ` Open data : ${f.studyName} entre ${openData.met.value} et ${openData.metMax}, ${partner.studyName} entre ${other.met.value} et ${other.metMax}. ${
          fits
            ? 'Une répartition est compatible.'
            : `Aucun des deux ne peut s'arrondir à ${sum} (cases secrètes, moins de 5 chacune) : INCOMPATIBLE avec l'open data ; l'étude a pu disposer de chiffres non secrétisés ou arrondir pour retomber sur le total départemental.`
        }`;
      }
    }
    const row: StudyByBasinRow = {
      occupation: f.occupation,
      occupationLabel: STUDY_LABELS[f.occupation],
      studyName: f.studyName,
      basins,
      dep: firstBasin.dep,
      projects,
      openData,
      check,
      confidence,
      note,
    };
    if (f.pairedWith) row.pairedWith = f.pairedWith;
    return row;
  });
  return {
    id: 'bmo-study-by-basin',
    title: "Projets de recrutement d'ingénieurs et de techniciens de l'informatique par bassin d'emploi (étude)",
    title_en: 'IT engineer and technician recruitment projects by employment basin (study)',
    unit: 'projets de recrutement',
    period: '2024',
    source: { publisher: 'France Travail', dataset: "Enquête Besoins en main-d'œuvre (BMO)", year: '2024', citation: STUDY_CITATION },
    seed: {
      document: STUDY_DOCUMENT,
      title: STUDY_TITLE,
      section:
        "Répartition des 270 projets de recrutement d'ingénieur de l'informatique par bassin d'emploi ; Répartition des 410 projets de recrutement des techniciens de l'informatique par bassin d'emploi",
      lines: '912-942, 993-1058',
    },
    authority: 'primary' as const,
    confidence: weakest(out.map((r) => r.confidence)),
    notes: [
      `Ingénieurs (M2X90) : 8 libellés (l. 914-927 : Rouen, Le Havre — imprimés collés « RouenLe Havre » —, Lillebonne, Mortagne-l’Aigle, Vernon, Louviers, Nord Cotentin, Caen), 8 nombres imprimés ${M2X90_PRINTED}, tous gardés. Leur somme est 280, pas les 270 annoncés par l'étude : l'écart de 10 porte sur l'Eure (Vernon + Louviers = 20 ; graphique par département illisible pour l'Eure, 10 par différence).`,
      `Techniciens (M1X80) : 14 libellés (l. 995-1021 : « VernonLouviers » = deux bassins, Vernon 2812 et Louviers 2810 ; « Coutances » / « St-Lô » = un bassin, 2824 Saint-Lô Coutances, comme dans le zonage BMO 2024), 14 nombres imprimés ${M1X80_PRINTED} ; « 1010 » = 10 et 10. Total 410, tous gardés.`,
      "Les nombres ne suivent pas l'ordre des libellés : ils sont placés par les totaux départementaux de l'étude (bmo-study-by-department) puis, dans un département, en suivant l'open data arrondie à la dizaine.",
      "Niveau de confiance « proved » (prouvé par le calcul) pour chaque nombre placé : l'arrondi à la dizaine de l'open data du bassin n'admet qu'une des valeurs imprimées (ou, pour Vernon et Louviers chez les ingénieurs, les deux nombres restants valent 10 une fois la Seine-Maritime fixée à 90) ; aucun ne repose sur l'ordre du texte seul. Le Havre et Lillebonne (ingénieurs) restent « ambiguous ».",
      'Correspondance des noms avec les bassins BMO 2024 (bmo-basins) : Lillebonne → 2808 BOLBEC ; Vernon → 2812, Louviers → 2810 (deux bassins du zonage 2024) ; Coutances – St-Lô → 2824 (un bassin). Raisonnement : data/bmo/SOURCES.md.',
      `check : exact / bound (compatible pour certaines valeurs des cases secrètes, chacune entre 0 et ${SECRET_MAX}) / mismatch.`,
    ],
    rows: out,
  };
}

function weakest(levels: Confidence[]): Confidence {
  if (levels.includes('ambiguous')) return 'ambiguous';
  if (levels.includes('read')) return 'read';
  if (levels.includes('proved')) return 'proved';
  return 'certain';
}

// ---------------------------------------------------------------------------
// Driver
// ---------------------------------------------------------------------------

/** Serialises a dataset; `compactRows` puts each row on one line (large files, readable diffs). */
function toJson(dataset: { rows: unknown[] }, compactRows: boolean): string {
  if (!compactRows) return `${JSON.stringify(dataset, null, 2)}\n`;
  const { rows, ...meta } = dataset;
  const head = JSON.stringify(meta, null, 2).replace(/\n}$/, '');
  const body = rows.map((row) => `    ${JSON.stringify(row)}`).join(',\n');
  return `${head},\n  "rows": [\n${body}\n  ]\n}\n`;
}

export interface BmoOutput {
  file: string;
  content: string;
}

/** Streams a BMO CSV file through {@link BmoCsvReader}; rejects with its BmoParseError. */
export function readBmoCsvFile(path: string): Promise<ParsedBmo> {
  const reader = new BmoCsvReader();
  return new Promise((resolvePromise, reject) => {
    const stream = createReadStream(path, { encoding: 'utf8' });
    stream.on('error', reject);
    Papa.parse<string[]>(stream as unknown as File, {
      header: false,
      skipEmptyLines: false,
      step: (result) => {
        for (const error of result.errors) reader.csvError(error.message);
        reader.record(result.data);
      },
      complete: () => {
        try {
          resolvePromise(reader.finish());
        } catch (error) {
          reject(error);
        }
      },
      error: (error: Error) => reject(error),
    });
  });
}

/** Builds every output file in memory from a parsed file; throws (validation) without writing. */
export function buildBmoOutputs(parsed: ParsedBmo, csvName: string): BmoOutput[] {
  const { rowsDataset, occupationsDataset } = buildOpenData(parsed, csvName);
  const outputs: { dataset: { id: string; rows: unknown[] }; schema: v.GenericSchema; compact: boolean }[] = [
    { dataset: rowsDataset, schema: bmoDatasets['bmo-2024-normandie'].schema, compact: true },
    { dataset: occupationsDataset, schema: bmoDatasets['bmo-2024-occupations'].schema, compact: true },
  ];
  const national = buildNational(parsed, csvName);
  if (national) outputs.push({ dataset: national, schema: bmoDatasets['bmo-2024-france'].schema, compact: true });
  if (parsed.year === 2024) {
    outputs.push(
      { dataset: buildStudyByDepartment(parsed.rows), schema: bmoDatasets['bmo-study-by-department'].schema, compact: false },
      { dataset: buildStudyByBasin(parsed.rows), schema: bmoDatasets['bmo-study-by-basin'].schema, compact: false },
    );
  }
  for (const { dataset, schema } of outputs) {
    const result = v.safeParse(schema, dataset);
    if (!result.success) {
      const issues = result.issues.slice(0, 10).map((i) => `${v.getDotPath(i) ?? '(racine)'} : ${i.message}`);
      throw new Error(`Jeu ${dataset.id} non conforme au contrat :\n${issues.join('\n')}`);
    }
  }
  return outputs.map(({ dataset, compact }) => ({ file: `${dataset.id}.json`, content: toJson(dataset, compact) }));
}

async function main(argv: string[]): Promise<number> {
  let csv = DEFAULT_CSV;
  let out = DEFAULT_OUT;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--out') out = resolve(argv[++i] ?? '');
    else if (arg === '--help' || arg === '-h') {
      console.log('Usage : npm run data:bmo -- [fichier.csv] [--out dossier]');
      return 0;
    } else csv = resolve(arg);
  }
  let outputs: BmoOutput[];
  try {
    if (!existsSync(csv)) throw new Error(`Fichier introuvable : ${csv}`);
    outputs = buildBmoOutputs(await readBmoCsvFile(csv), basename(csv));
  } catch (error) {
    if (error instanceof BmoParseError) console.error(`${basename(csv)} : ${error.message}`);
    else console.error(error instanceof Error ? error.message : error);
    console.error('Aucun fichier écrit.');
    return 1;
  }
  mkdirSync(out, { recursive: true });
  for (const { file, content } of outputs) {
    writeFileSync(join(out, file), content);
    console.log(`écrit ${join(out, file)}`);
  }
  if (!outputs.some((o) => o.file === 'bmo-2024-normandie.json')) {
    console.log('Nouveau millésime : déclarez ses jeux dans src/data/schemas/bmo.ts (bmoDatasets, BMO_CURRENT).');
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}

// Keep the map of study names in sync with the figures above.
for (const f of STUDY_BASINS) {
  if (!Object.values(STUDY_BASIN_NAMES).some((names) => names.includes(f.studyName))) {
    throw new Error(`Nom de bassin de l'étude sans correspondance : ${f.studyName}`);
  }
}

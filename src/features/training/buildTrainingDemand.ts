/**
 * Training against demand (issue #14 item 4): for each department (or, with a
 * department or basin selected, each basin of that department) the 2024
 * recruitment projects in IT occupations (BMO) next to the RNCP establishments
 * the study lists there, by level of the certifications they are known to
 * prepare.
 *
 * What it can show: where employers plan to hire in IT and where certifying
 * courses exist. What it cannot: whether the courses meet the demand — one
 * year of hiring intentions against a list of certifications, with no
 * student, graduate or place counts by town.
 *
 * Secret cells: a sum with a secret cell is « au moins » (never 0); a sum of
 * secret cells only is « secret statistique ». Establishment counts are
 * counts of a printed list: 0 there is « aucun cité », a statement of the list.
 */
import { drawBarPanels, type BarChartDescription, type BarSeries } from '../../charts/bars';
import { textCell, type ChartModel, type TableCell, type TableModel } from '../../charts/model';
import { SERIES_COLORS } from '../../charts/theme';
import { fromTotal, number, statementCell, statementText, type ValueStatement } from '../../charts/valueStatement';
import { sumCells } from '../../data/bmo';
import type { Total } from '../../data/contract';
import type { BmoRow } from '../../data/schemas/bmo';
import type { RncpCertificationsRow, RncpEstablishmentsRow } from '../../data/schemas/study';
import type { TrainingPlacesRow } from '../../data/schemas/training';
import { formatNumber } from '../../i18n/format';
import { translator } from '../../i18n/i18n';
import { ENGINEERS, TECHNICIANS, type Filters, type Language } from '../../state/filters';
import { BASINS, DEPARTMENTS, basinDepartment, basinLabel, departmentLabel, isBasinCode } from '../../state/territories';
import '../../i18n/messages/training';

export const TRAINING_DEMAND_CHART_ID = 'training-demand';

/** The study's data and AI occupations (same pair as recruitment's « what a basin recruits »). */
export const DATA_AI_CODES: readonly string[] = [ENGINEERS, TECHNICIANS];
/** The other IT occupations of FAP domain M (M1X81, M2X91–93), as in recruitment's basin profile. */
export const OTHER_IT_CODES: readonly string[] = ['M1X81', 'M2X91', 'M2X92', 'M2X93'];

/** Levels of the national framework the study's certifications reach (7 = bac + 5, 4 = bac). */
export const LEVELS = [7, 6, 5, 4] as const;
export type Level = (typeof LEVELS)[number];

export interface TrainingDemandInput {
  bmo: readonly BmoRow[];
  bmoCitation: string;
  certifications: readonly RncpCertificationsRow[];
  establishments: readonly RncpEstablishmentsRow[];
  places: readonly TrainingPlacesRow[];
  trainingCitation: string;
}

/** How an establishment's levels are known. */
export type LevelBasis = 'paired' | 'block' | 'unknown';

export interface EstablishmentLevels {
  levels: Level[];
  basis: LevelBasis;
}

function isLevel(value: unknown): value is Level {
  return typeof value === 'number' && (LEVELS as readonly number[]).includes(value);
}

/**
 * The levels an establishment is known to train at: those of the certifications
 * the study's text pairs with it; else, when every certification of its block
 * of the table has the same level (block 1: masters only, level 7), that one;
 * else unknown (never guessed).
 */
export function establishmentLevels(establishment: RncpEstablishmentsRow, certifications: readonly RncpCertificationsRow[]): EstablishmentLevels {
  const paired = certifications.filter((c) => c.establishments.includes(establishment.establishment) || establishment.certifications.includes(c.certification));
  const pairedLevels = [...new Set(paired.map((c) => c.level).filter(isLevel))].sort((a, b) => b - a);
  if (pairedLevels.length > 0) return { levels: pairedLevels, basis: 'paired' };
  const block = certifications.filter((c) => c.segment === establishment.segment);
  const blockLevels = new Set(block.map((c) => (isLevel(c.level) ? c.level : null)));
  if (block.length > 0 && blockLevels.size === 1 && !blockLevels.has(null)) return { levels: [...blockLevels] as Level[], basis: 'block' };
  return { levels: [], basis: 'unknown' };
}

interface Area {
  key: string;
  label: string;
  basins: ReadonlySet<string>;
  total: boolean;
}

export interface AreaFigures {
  area: Area;
  dataAi: Total;
  otherIt: Total;
  /** Establishment ids placed in the area (unique: one printed twice is one). */
  establishments: string[];
  byLevel: Record<Level, number>;
  unknownLevel: number;
  towns: string[];
}

function areasFor(filters: Pick<Filters, 'dep' | 'basin'>, lang: Language): { areas: Area[]; picked: string | null; scope: 'region' | 'dep' } {
  const t = translator(lang);
  const dep = filters.basin && isBasinCode(filters.basin) ? basinDepartment(filters.basin) : filters.dep;
  if (dep) {
    const basins = BASINS.filter((b) => b.dep === dep);
    return {
      areas: [
        ...basins.map((b) => ({ key: b.code, label: b.label, basins: new Set([b.code]), total: false })),
        { key: dep, label: departmentLabel(dep), basins: new Set(basins.map((b) => b.code)), total: true },
      ],
      picked: filters.basin,
      scope: 'dep',
    };
  }
  return {
    areas: [
      ...DEPARTMENTS.map((d) => ({ key: d.code, label: d.label, basins: new Set(BASINS.filter((b) => b.dep === d.code).map((b) => b.code)), total: false })),
      { key: 'normandie', label: t('training.demand.normandy'), basins: new Set(BASINS.map((b) => b.code)), total: true },
    ],
    picked: null,
    scope: 'region',
  };
}

export function areaFigures(input: TrainingDemandInput, area: Area, levelsOf: ReadonlyMap<string, EstablishmentLevels>): AreaFigures {
  const rows = input.bmo.filter((row) => area.basins.has(row.basin));
  const places = input.places.filter((place) => area.basins.has(place.basin));
  const establishments = [...new Set(places.flatMap((place) => place.establishments))];
  const byLevel = { 7: 0, 6: 0, 5: 0, 4: 0 } as Record<Level, number>;
  let unknownLevel = 0;
  for (const id of establishments) {
    const known = levelsOf.get(id);
    if (!known || known.levels.length === 0) unknownLevel += 1;
    else for (const level of known.levels) byLevel[level] += 1;
  }
  return {
    area,
    dataAi: sumCells(rows.filter((row) => DATA_AI_CODES.includes(row.occupation)).map((row) => row.met)),
    otherIt: sumCells(rows.filter((row) => OTHER_IT_CODES.includes(row.occupation)).map((row) => row.met)),
    establishments,
    byLevel,
    unknownLevel,
    towns: places.map((place) => place.town),
  };
}

const countStatement = (value: number): ValueStatement => (value === 0 ? { kind: 'none' } : number(value));

export function buildTrainingDemand(
  input: TrainingDemandInput,
  filters: Pick<Filters, 'dep' | 'basin'>,
  lang: Language,
  { compact = false }: { compact?: boolean } = {},
): ChartModel {
  const t = translator(lang);
  const levelsOf = new Map(input.establishments.map((row) => [row.establishment, establishmentLevels(row, input.certifications)]));
  const { areas, picked, scope } = areasFor(filters, lang);
  const figures = areas.map((area) => areaFigures(input, area, levelsOf));
  const categories = figures.map((f) => ({ key: f.area.key, label: f.area.label, ...(f.area.total ? { total: true } : {}) }));
  const emphasis = { picked, fadeOthers: true };
  const noneText = t('training.demand.noneListed');

  const demand: BarChartDescription = {
    kind: 'bar',
    categories,
    series: [
      { name: t('training.demand.dataAi'), color: SERIES_COLORS[0], values: figures.map((f) => fromTotal(f.dataAi)) },
      { name: t('training.demand.otherIt'), color: SERIES_COLORS[1], values: figures.map((f) => fromTotal(f.otherIt)) },
    ],
    unit: 'count',
    emphasis,
    noneText: t('training.demand.noProject'),
    lang,
  };
  // A level with no establishment draws nothing (the table says « aucun cité »); an area with none at all says it once.
  const levelValue = (f: AreaFigures, value: number, first: boolean): ValueStatement | null =>
    value > 0 ? number(value) : first && f.establishments.length === 0 ? { kind: 'none' } : null;
  const levelSeries: BarSeries[] = LEVELS.map((level, index) => ({
    name: t(`training.demand.level${level}`),
    color: SERIES_COLORS[(index + 2) % SERIES_COLORS.length]!,
    values: figures.map((f) => levelValue(f, f.byLevel[level], index === 0)),
  }));
  const supply: BarChartDescription = {
    kind: 'bar',
    categories,
    series: [...levelSeries, { name: t('training.demand.levelUnknown'), color: '#8a8a8a', values: figures.map((f) => levelValue(f, f.unknownLevel, false)) }],
    unit: 'count',
    emphasis,
    noneText,
    lang,
  };

  const count = (value: number): TableCell => statementCell(countStatement(value), 'count', lang, { noneText });
  const table: TableModel = {
    columns: [
      { key: 'area', label: t('training.demand.area'), kind: 'text' },
      { key: 'dataAi', label: t('training.demand.dataAi'), kind: 'count' },
      { key: 'otherIt', label: t('training.demand.otherIt'), kind: 'count' },
      { key: 'establishments', label: t('training.demand.establishments'), kind: 'count' },
      ...LEVELS.map((level) => ({ key: `level${level}`, label: t(`training.demand.level${level}`), kind: 'count' as const })),
      { key: 'levelUnknown', label: t('training.demand.levelUnknown'), kind: 'count' },
      { key: 'towns', label: t('training.demand.towns'), kind: 'text' },
    ],
    rows: figures.map((f) => ({
      area: { ...textCell(f.area.label), code: f.area.key },
      dataAi: statementCell(fromTotal(f.dataAi), 'count', lang, { noneText: t('training.demand.noProject') }),
      otherIt: statementCell(fromTotal(f.otherIt), 'count', lang, { noneText: t('training.demand.noProject') }),
      establishments: count(f.establishments.length),
      ...Object.fromEntries(LEVELS.map((level) => [`level${level}`, count(f.byLevel[level])])),
      levelUnknown: count(f.unknownLevel),
      towns: textCell(f.towns.length ? [...new Set(f.towns)].join(', ') : noneText),
    })),
  };

  const whole = figures.find((f) => f.area.total)!;
  const focus = figures.find((f) => f.area.key === picked) ?? whole;
  const projects = (total: Total) => statementText(fromTotal(total), 'count', lang, { noneText: t('training.demand.noProject') });
  const summary = t('training.demand.summary', {
    area: focus.area.label,
    dataAi: projects(focus.dataAi),
    otherIt: projects(focus.otherIt),
    establishments: formatNumber(focus.establishments.length, lang),
    towns: formatNumber(new Set(focus.towns).size, lang),
  });
  const anySecret = figures.some((f) => f.dataAi.lowerBound || f.otherIt.lowerBound);

  return {
    id: TRAINING_DEMAND_CHART_ID,
    title: t('training.demand.title'),
    subtitle: t(scope === 'dep' ? 'training.demand.subtitleDep' : 'training.demand.subtitleRegion', { dep: whole.area.label }),
    // One « Source : » for both citations.
    source: `${input.bmoCitation} ; ${input.trainingCitation.replace(/^Source\s*:\s*/, '')}`,
    table,
    summary,
    notes: [
      t('training.demand.canShow'),
      t('training.demand.cannotShow'),
      t('training.demand.levelsNote'),
      t('training.demand.placesNote'),
      ...(anySecret ? [t('training.demand.secretNote')] : []),
    ],
    ...drawBarPanels(
      {
        kind: 'bar-panels',
        panels: [
          { title: t(compact ? 'training.demand.demandPanelShort' : 'training.demand.demandPanel'), chart: demand },
          { title: t(compact ? 'training.demand.supplyPanelShort' : 'training.demand.supplyPanel'), chart: supply },
        ],
      },
      { compact },
    ),
  };
}

/** The establishments placed on the map, one row per establishment: the map layer's table and the view's list. */
export function buildTrainingPlacesTable(
  input: Pick<TrainingDemandInput, 'certifications' | 'establishments' | 'places'>,
  filters: Pick<Filters, 'dep' | 'basin'>,
  lang: Language,
): TableModel {
  const t = translator(lang);
  const byId = new Map(input.establishments.map((row) => [row.establishment, row]));
  const certTitle = new Map(input.certifications.map((row) => [row.certification, row.title]));
  const places = input.places.filter((place) => (filters.basin ? place.basin === filters.basin : filters.dep ? place.departmentCode === filters.dep : true));
  return {
    columns: [
      { key: 'establishment', label: t('training.demand.establishment'), kind: 'text' },
      { key: 'town', label: t('training.demand.town'), kind: 'text' },
      { key: 'basin', label: t('training.demand.basin'), kind: 'text' },
      { key: 'levels', label: t('training.demand.levels'), kind: 'text' },
      { key: 'certifications', label: t('training.demand.certifications'), kind: 'text' },
    ],
    rows: places.flatMap((place) =>
      place.establishments.map((id) => {
        const row = byId.get(id);
        const known = row ? establishmentLevels(row, input.certifications) : { levels: [], basis: 'unknown' as const };
        const paired = input.certifications.filter((c) => c.establishments.includes(id) || (row?.certifications ?? []).includes(c.certification));
        return {
          establishment: { ...textCell(row?.name ?? id), code: id },
          town: { ...textCell(place.town), code: place.commune },
          basin: { ...textCell(basinLabel(place.basin)), code: place.basin },
          levels: textCell(
            known.levels.length
              ? `${known.levels.map((level) => t(`training.demand.level${level}`)).join(', ')}${known.basis === 'block' ? ` (${t('training.demand.byBlock')})` : ''}`
              : t('training.demand.levelUnknown'),
          ),
          certifications: textCell(
            paired.length ? paired.map((c) => certTitle.get(c.certification) ?? c.certification).join(' ; ') : t('training.demand.notPaired'),
          ),
        };
      }),
    ),
  };
}

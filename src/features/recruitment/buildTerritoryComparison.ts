/**
 * Compare territories (issue #14): up to four of {basins, departments,
 * Normandie, France} side by side for the selected occupation — projects
 * (top) and the shares judged difficult and seasonal (bottom). The list comes
 * from the `compare` URL parameter; without it, the selected basin or
 * department (if any), Normandie and France.
 *
 * Basins, departments and Normandie are summed from Normandy's rows; France
 * comes from the national aggregates. Secret cells: "au moins", "≈", and a
 * share whose every part is secret is « secret statistique », never 0 %.
 */
import { drawBarPanels, type BarChartDescription, type BarPanelsDescription } from '../../charts/bars';
import type { ChartModel, TableCell } from '../../charts/model';
import { SERIES_COLORS } from '../../charts/theme';
import { compareWithFrance, maxOf, shareWithin, sumMeasure, type AreaMeasures, type ShareInterval } from '../../data/bmoNational';
import { colon } from '../../i18n/format';
import { translator } from '../../i18n/i18n';
import { compareTokens, territoryOf, type CompareToken } from '../../state/compare';
import type { Filters, Language } from '../../state/filters';
import { basinLabel, departmentLabel } from '../../state/territories';
import { countRangeText, countStatement, countText, nationalSelection, shareStatement, shareText, type NormandyFranceData } from './buildNormandyFrance';
import { occupationName } from './occupationName';
import '../../i18n/messages/overview';
import '../../i18n/messages/recruitment';

export const COMPARISON_CHART_ID = 'recruitment-territory-comparison';

export interface ComparedTerritory {
  token: CompareToken;
  label: string;
  measures: AreaMeasures;
  difficult: ShareInterval | null;
  seasonal: ShareInterval | null;
}

/** The territories shown: the `compare` parameter, or the selection, Normandie and France. */
export function shownTokens(filters: Pick<Filters, 'compare' | 'basin' | 'dep'>): CompareToken[] {
  const chosen = compareTokens(filters.compare);
  if (chosen.length > 0) return chosen;
  const selected = filters.basin ?? filters.dep;
  return [...(selected ? [selected] : []), 'normandie', 'france'];
}

export function territoryLabel(token: CompareToken, lang: Language): string {
  const t = translator(lang);
  const territory = territoryOf(token);
  if (!territory) return token;
  if (territory.kind === 'basin') return basinLabel(territory.code);
  if (territory.kind === 'dep') return departmentLabel(territory.code);
  return territory.kind === 'normandie' ? t('overview.normandie') : t('recruitment.national.france');
}

export function compareTerritories(
  data: NormandyFranceData,
  filters: Pick<Filters, 'occupation' | 'compare' | 'basin' | 'dep'>,
  lang: Language,
): ComparedTerritory[] {
  const { selection, normandieRows } = nationalSelection(filters.occupation, data.rows, data.occupations);
  return shownTokens(filters).map((token) => {
    const territory = territoryOf(token)!;
    let measures: AreaMeasures;
    if (territory.kind === 'france') measures = compareWithFrance(data.national, normandieRows, selection).france;
    else {
      const rows =
        territory.kind === 'basin'
          ? normandieRows.filter((row) => row.basin === territory.code)
          : territory.kind === 'dep'
            ? normandieRows.filter((row) => row.dep === territory.code)
            : normandieRows;
      measures = { met: sumMeasure(rows, 'met'), xmet: sumMeasure(rows, 'xmet'), smet: sumMeasure(rows, 'smet') };
    }
    return {
      token,
      label: territoryLabel(token, lang),
      measures,
      difficult: shareWithin(measures.xmet, measures.met),
      seasonal: shareWithin(measures.smet, measures.met),
    };
  });
}

function shareCell(share: ShareInterval | null, lang: Language): TableCell {
  const text = shareText(share, lang);
  if (share === null) return { text, sort: null };
  if (share.value === null) return { text, sort: null, flag: 'secret' };
  return { text, sort: share.value, ...(share.uncertain ? { flag: 'lower-bound' as const } : {}) };
}

export function buildTerritoryComparison(
  data: NormandyFranceData,
  filters: Pick<Filters, 'occupation' | 'compare' | 'basin' | 'dep'>,
  lang: Language,
  { compact = false }: { compact?: boolean } = {},
): ChartModel {
  const t = translator(lang);
  const occupation = occupationName(filters.occupation, data.occupations, lang);
  const territories = compareTerritories(data, filters, lang);

  const table = {
    columns: [
      { key: 'territory', label: t('recruitment.national.columns.territory'), kind: 'text' as const },
      { key: 'projects', label: t('recruitment.columns.projects'), kind: 'count' as const },
      { key: 'range', label: t('recruitment.national.columns.range'), kind: 'text' as const },
      { key: 'difficult', label: t('recruitment.columns.difficultShare'), kind: 'percent' as const },
      { key: 'seasonal', label: t('recruitment.columns.seasonalShare'), kind: 'percent' as const },
    ],
    rows: territories.map((territory) => {
      const met = territory.measures.met;
      const secret = met.value === 0 && met.secretCells > 0;
      return {
        territory: { text: territory.label, sort: territory.label },
        projects: {
          text: countText(met, lang),
          sort: secret ? null : met.value,
          ...(secret ? { flag: 'secret' as const } : met.secretCells > 0 ? { flag: 'lower-bound' as const } : {}),
        },
        range: { text: countRangeText(met, lang), sort: maxOf(met) },
        difficult: shareCell(territory.difficult, lang),
        seasonal: shareCell(territory.seasonal, lang),
      };
    }),
  };
  const line = (territory: ComparedTerritory) => {
    const met = territory.measures.met;
    if (met.value === 0) return t(met.secretCells > 0 ? 'recruitment.compare.lineSecret' : 'recruitment.compare.lineNone', { name: territory.label });
    return t('recruitment.compare.line', {
      name: territory.label,
      projects: countText(territory.measures.met, lang),
      difficult: shareText(territory.difficult, lang),
      seasonal: shareText(territory.seasonal, lang),
    });
  };
  const summary = `${occupation}${colon(lang)}${territories.map(line).join(' ')}`;
  const notes = [t('recruitment.compare.noteChoose')];
  if (territories.some((territory) => territory.measures.met.secretCells + territory.measures.xmet.secretCells + territory.measures.smet.secretCells > 0)) {
    notes.push(t('recruitment.national.noteSecret'));
  }
  if (territories.some((territory) => territory.token === 'france')) notes.push(t('recruitment.national.noteFrance'));

  const base = {
    id: COMPARISON_CHART_ID,
    title: t('recruitment.compare.title'),
    subtitle: t('recruitment.compare.subtitle', { occupation }),
    source: data.source.citation,
    table,
    notes,
    height: 240,
  };

  const tooltip = (index: number) => {
    const territory = territories[index];
    if (!territory) return '';
    return [
      territory.label,
      `${t('filters.measures.projets')}${colon(lang)}${countText(territory.measures.met, lang)} (${countRangeText(territory.measures.met, lang)})`,
      `${t('recruitment.columns.difficultShare')}${colon(lang)}${shareText(territory.difficult, lang)}`,
      `${t('recruitment.columns.seasonalShare')}${colon(lang)}${shareText(territory.seasonal, lang)}`,
    ].join('\n');
  };
  const chart = (unit: 'count' | 'percent', series: BarChartDescription['series']): BarChartDescription => ({
    kind: 'bar',
    lang,
    unit,
    ...(unit === 'percent' ? { max: 100 } : {}),
    noneText: t('recruitment.none'),
    categories: territories.map((territory) => ({ key: territory.token, label: territory.label, total: territory.token === 'france' })),
    series,
    tooltip,
  });
  const description: BarPanelsDescription = {
    kind: 'bar-panels',
    panels: [
      {
        title: t('filters.measures.projets'),
        chart: chart('count', [
          { name: t('filters.measures.projets'), color: SERIES_COLORS[0], values: territories.map((territory) => countStatement(territory.measures.met)) },
        ]),
      },
      {
        title: t('recruitment.compare.sharesTitle'),
        chart: chart(
          'percent',
          (['difficult', 'seasonal'] as const).map((key, index) => ({
            name: t(key === 'difficult' ? 'recruitment.columns.difficultShare' : 'recruitment.columns.seasonalShare'),
            color: SERIES_COLORS[index + 1]!,
            values: territories.map((territory) => shareStatement(territory[key])),
          })),
        ),
      },
    ],
    // The projects panel is named by its heading: the legend names the two shares.
    legend: [t('recruitment.columns.difficultShare'), t('recruitment.columns.seasonalShare')],
  };
  return { ...base, ...drawBarPanels(description, { compact }), summary };
}

import { drawBars, type BarChartDescription, type BarLayout } from '../../charts/bars';
import { measureCell } from '../../charts/cells';
import { textCell, type ChartModel } from '../../charts/model';
import { SERIES_COLORS } from '../../charts/theme';
import { fromMeasure, statementText, type ValueStatement } from '../../charts/valueStatement';
import { isMissing } from '../../data/contract';
import type { Dataset } from '../../data/queries';
import { colon, formatNumber } from '../../i18n/format';
import { translator } from '../../i18n/i18n';
import type { Language } from '../../state/filters';
import '../../i18n/messages/employment';

export const DIGITAL_OFFERS_ID = 'digital-offers-by-domain';

type OffersData = Pick<Dataset<'genscan-offers'>, 'rows' | 'period' | 'source'>;

/** Job offers posted in Normandy in four data domains, one month (GEN_SCAN). No filter applies. */
export function buildDigitalOffers(data: OffersData, lang: Language, layout: BarLayout = {}): ChartModel {
  const t = translator(lang);
  const none = t('employment.offers.none');
  const rows = data.rows;
  // A zero the source prints is « aucune offre » (never a bare 0); a secret or missing value keeps its words.
  const values = rows.map((row): ValueStatement => (row.value === 0 ? { kind: 'none' } : fromMeasure(row.value)));
  const table = {
    columns: [
      { key: 'domain', label: t('employment.offers.domain'), kind: 'text' as const },
      { key: 'offers', label: t('employment.offers.series'), kind: 'count' as const },
    ],
    rows: rows.map((row) => ({
      domain: textCell(row.domainLabel),
      offers: row.value === 0 ? { text: none, sort: 0 } : measureCell(row.value, 'count', lang, undefined, row.confidence),
    })),
  };
  const subtitle = t('employment.offers.subtitle', { period: data.period });
  const base = { id: DIGITAL_OFFERS_ID, title: t('employment.offers.title'), subtitle, source: data.source.citation, table };
  if (rows.length === 0) return { ...base, option: null, summary: t('data.noData'), notes: [], height: 240 };
  const known = rows.flatMap((row) => (isMissing(row.value) ? [] : [row.value]));
  const sum = known.reduce((total, value) => total + value, 0);
  const text = (index: number) => statementText(values[index]!, 'count', lang, { noneText: none });
  const description: BarChartDescription = {
    kind: 'bar',
    lang,
    unit: 'count',
    categories: rows.map((row) => ({ key: row.domain, label: row.domainLabel })),
    series: [{ name: t('employment.offers.series'), color: SERIES_COLORS[0], values }],
    noneText: none,
    legend: 'none',
    tooltip: (index) => t('employment.offers.tooltip', { domain: rows[index]!.domainLabel, value: text(index) }),
  };
  const total = known.length === rows.length ? formatNumber(sum, lang) : t('employment.offers.atLeast', { value: formatNumber(sum, lang) });
  const list = rows.map((row, index) => `${row.domainLabel}${colon(lang)}${text(index)}`).join(' ; ');
  const summary = t('employment.offers.summary', { total, period: data.period, list });
  return { ...base, ...drawBars(description, layout), summary, notes: [t('employment.offers.note')] };
}

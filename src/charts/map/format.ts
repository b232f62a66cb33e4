/**
 * Texts of one basin for the map tooltip, the basin list and the tables:
 * the value in the measure's unit with its uncertainty spelled out.
 */
import { formatNumber, formatPercent } from '../../i18n/format';
import { translator } from '../../i18n/i18n';
import type { Language, MeasureId } from '../../state/filters';
import type { BasinDatum } from './join';

/** "126", "au moins 126", "≈ 58,2 %", "secret statistique", "aucun projet". */
export function formatBasinValue(datum: BasinDatum, measure: MeasureId, lang: Language): string {
  const t = translator(lang);
  if (datum.status === 'secret') return t('recruitment.secret');
  if (datum.status === 'none') return t('recruitment.none');
  return formatMeasureValue(datum.value!, datum.uncertain, measure, lang);
}

export function formatMeasureValue(value: number, uncertain: boolean, measure: MeasureId, lang: Language): string {
  const t = translator(lang);
  if (measure === 'projets') {
    const text = formatNumber(value, lang);
    return uncertain ? t('recruitment.atLeast', { value: text }) : text;
  }
  const text = formatPercent(value, lang);
  return uncertain ? t('recruitment.approximately', { value: text }) : text;
}

/** "1er sur 27", "3e sur 27" / "1st of 27". */
export function formatRank(rank: number, total: number, lang: Language): string {
  const t = translator(lang);
  if (lang === 'fr') return t('recruitment.rankOf', { rank: rank === 1 ? '1er' : `${rank}e`, total });
  const suffix = rank % 10 === 1 && rank % 100 !== 11 ? 'st' : rank % 10 === 2 && rank % 100 !== 12 ? 'nd' : rank % 10 === 3 && rank % 100 !== 13 ? 'rd' : 'th';
  return t('recruitment.rankOf', { rank: `${rank}${suffix}`, total });
}

/** The lines a user reads on hover or focus of a basin, in order. */
export function basinTooltipLines(datum: BasinDatum, measure: MeasureId, totalBasins: number, lang: Language): string[] {
  const t = translator(lang);
  const lines = [`${datum.label} (${datum.code})`, `${t(`filters.measures.${measure}`)} : ${formatBasinValue(datum, measure, lang)}`];
  if (measure !== 'projets' && datum.status !== 'none') {
    lines.push(`${t('filters.measures.projets')} : ${formatMeasureValue(datum.projects.value, datum.projects.lowerBound, 'projets', lang)}`);
  }
  lines.push(`${t('recruitment.rank')} : ${datum.rank === null ? t('recruitment.unranked') : formatRank(datum.rank, totalBasins, lang)}`);
  if (datum.shareOfRegion !== null) {
    lines.push(`${t('recruitment.shareOfRegion')} : ${formatPercent(datum.shareOfRegion, lang)}`);
  }
  if (datum.status === 'secret') lines.push(t('recruitment.secretNote'));
  else if (datum.uncertain) lines.push(measure === 'projets' ? t('recruitment.lowerBoundNote') : t('recruitment.approximateNote'));
  return lines;
}

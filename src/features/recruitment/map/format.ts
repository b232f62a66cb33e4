/**
 * Texts of one basin for the map tooltip, the basin list and the tables:
 * the value in the measure's unit with its uncertainty spelled out.
 */
import { colon } from '../../../i18n/format';
import { translator } from '../../../i18n/i18n';
import type { Language, MeasureId } from '../../../state/filters';
import { statementText, type StatementUnit, type ValueStatement } from '../../../charts/valueStatement';
import type { BasinDatum } from './join';
import { formatRank } from '../../../i18n/rank';
import '../../../i18n/messages/recruitment';

export { formatRank };

/** "126", "au moins 126", "≈ 58,2 %", "secret statistique", "aucun projet": the basin's value for the measure. */
export function formatBasinValue(datum: BasinDatum, measure: MeasureId, lang: Language): string {
  return basinStatementText(datum.statements.value, measure === 'projets' ? 'count' : 'percent', lang);
}

/** A basin statement's text; a basin without any project reads « aucun projet », in every unit. */
export function basinStatementText(statement: ValueStatement, unit: StatementUnit, lang: Language): string {
  return statementText(statement, unit, lang, { noneText: translator(lang)('recruitment.none') });
}

/** The lines a user reads on hover or focus of a basin, in order. */
export function basinTooltipLines(datum: BasinDatum, measure: MeasureId, totalBasins: number, lang: Language): string[] {
  const t = translator(lang);
  const lines = [`${datum.label} (${datum.code})`, `${t(`filters.measures.${measure}`)}${colon(lang)}${formatBasinValue(datum, measure, lang)}`];
  if (measure !== 'projets' && datum.status !== 'none') {
    lines.push(`${t('filters.measures.projets')}${colon(lang)}${basinStatementText(datum.statements.projects, 'count', lang)}`);
  }
  lines.push(`${t('recruitment.rank')}${colon(lang)}${datum.rank === null ? t('recruitment.unranked') : formatRank(datum.rank, totalBasins, lang)}`);
  if (datum.status !== 'none') {
    lines.push(`${t('recruitment.shareOfRegion')}${colon(lang)}${basinStatementText(datum.statements.shareOfRegion, 'percent', lang)}`);
  }
  if (datum.status === 'secret') lines.push(t('recruitment.secretNote'));
  else if (datum.uncertain) lines.push(measure === 'projets' ? t('recruitment.lowerBoundNote') : t('recruitment.approximateNote'));
  return lines;
}

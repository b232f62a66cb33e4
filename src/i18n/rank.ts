/**
 * A rank among territories, « 1er sur 27 », « 3e sur 27 » / "1st of 27": the
 * map's tooltips, the basin list and the overview's tiles say it alike.
 */
import type { Language } from '../state/filters';
import { translator } from './i18n';
import './messages/recruitment';

export function formatRank(rank: number, total: number, lang: Language): string {
  const t = translator(lang);
  if (lang === 'fr') return t('recruitment.rankOf', { rank: rank === 1 ? '1er' : `${rank}e`, total });
  const suffix = rank % 10 === 1 && rank % 100 !== 11 ? 'st' : rank % 10 === 2 && rank % 100 !== 12 ? 'nd' : rank % 10 === 3 && rank % 100 !== 13 ? 'rd' : 'th';
  return t('recruitment.rankOf', { rank: `${rank}${suffix}`, total });
}

import type { ChartModel } from '../../charts/model';
import { isMissing } from '../../data/contract';
import type { Dataset } from '../../data/queries';
import { formatNumber, LOCALES, missingLabel } from '../../i18n/format';
import { translator } from '../../i18n/i18n';
import type { Language } from '../../state/filters';
import '../../i18n/messages/training';

export const NORMANTHIIA_CHART_ID = 'normanthiia-targets';

type TargetsData = Pick<Dataset<'normanthiia-targets'>, 'rows' | 'source'>;

export interface KeyFigure {
  id: string;
  /** "plus de 700": the comparator stays in the figure so it never reads as an exact count. */
  value: string;
  label: string;
  uncertain: boolean;
}

export interface TargetsModel {
  model: ChartModel;
  figures: KeyFigure[];
}

function formatDay(isoDate: string, lang: Language): string {
  const text = new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
  // French writes the first of the month as an ordinal: "1er septembre".
  return lang === 'fr' ? text.replace(/^1 /, '1er ') : text;
}

/** Normanthiia's targets are thresholds ("plus de 700"), drawn as key figures rather than bars that would look like counts. */
export function buildNormanthiiaTargets(data: TargetsData, lang: Language): TargetsModel {
  const t = translator(lang);
  const first = data.rows[0];
  const start = first ? formatDay(first.periodStart, lang) : '';
  const end = first ? formatDay(first.periodEnd, lang) : '';

  const figures = data.rows.map((row): KeyFigure => {
    const value = isMissing(row.value) ? missingLabel(row.value, lang) : t('training.targetsMoreThan', { value: formatNumber(row.value, lang) });
    return { id: row.level, value, label: row.levelLabel, uncertain: isMissing(row.value) || (row.confidence ?? 'certain') !== 'certain' };
  });

  const model: ChartModel = {
    id: NORMANTHIIA_CHART_ID,
    title: t('training.targetsTitle'),
    subtitle: t('training.targetsSubtitle', { start, end }),
    source: data.source.citation,
    option: null,
    table: {
      columns: [
        { key: 'level', label: t('training.targetsLevel'), kind: 'text' },
        { key: 'target', label: t('training.targetsValue'), kind: 'count' },
      ],
      rows: data.rows.map((row, index) => ({
        level: { text: row.levelLabel, sort: row.levelLabel },
        target: isMissing(row.value)
          ? { text: figures[index]!.value, sort: null, flag: row.value.missing }
          : // The text already says "plus de": a lower-bound flag would print "≥ plus de 700".
            { text: figures[index]!.value, sort: row.value },
      })),
    },
    summary:
      figures.length === 0
        ? t('data.noData')
        : t('training.targetsSummary', {
            items: figures.map((figure) => `${figure.label}${lang === 'fr' ? ' : ' : ': '}${figure.value}`).join('; '),
            start,
            end,
          }),
    notes: [t('training.targetsLowerBound'), ...data.rows.flatMap((row) => (row.note ? [row.note] : []))],
    height: 160,
  };
  return { model, figures };
}

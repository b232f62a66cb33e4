import type { Dataset } from '../../data/queries';
import type { ArticleClaim } from '../../data/schemas/jobs';
import { textCell, type ChartModel } from '../../charts/model';
import { translator } from '../../i18n/i18n';
import type { Language } from '../../state/filters';
import '../../i18n/messages/skills';

type ArticleData = Pick<Dataset<'article-skills-domains'>, 'rows' | 'source' | 'authority' | 'period'>;

export interface ArticleDomain {
  id: string;
  label: string;
  skills: { name: string; examples: string }[];
  claims: ArticleClaim[];
}

/** The blog article's domains, drawn as a list (no figures to plot) under a secondary-source badge. */
export interface ArticleModel extends ChartModel {
  domains: ArticleDomain[];
  /** Set when the file is a lower-authority source: shown as a visible badge. */
  badge: string | null;
}

/**
 * A recruiter's blog article (no cited sources): context only, never on a par
 * with the study. Its one figure stays a sentence of the article, not a value.
 */
export function buildArticleDomains(data: ArticleData, lang: Language): ArticleModel {
  const t = translator(lang);
  const domains = [...data.rows].sort((a, b) => a.order - b.order).map((row) => ({ id: row.id, label: row.label, skills: row.skills, claims: row.claims }));
  const table = {
    columns: [
      { key: 'domain', label: t('skills.article.domain'), kind: 'text' as const },
      { key: 'skill', label: t('skills.article.skill'), kind: 'text' as const },
      { key: 'examples', label: t('skills.article.examples'), kind: 'text' as const },
    ],
    rows: domains.flatMap((domain) =>
      domain.skills.map((skill) => ({ domain: textCell(domain.label), skill: textCell(skill.name), examples: textCell(skill.examples) })),
    ),
  };
  const secondary = data.authority === 'context';
  const notes = secondary ? [t('skills.article.noteContext')] : [];
  if (domains.some((domain) => domain.claims.some((claim) => claim.figure))) notes.push(t('skills.article.noteFigure'));
  return {
    id: 'skills-article-domains',
    title: t('skills.article.title'),
    subtitle: t('skills.article.subtitle', { number: domains.length, period: data.period }),
    source: data.source.citation,
    option: null,
    table,
    summary: domains.length ? t('skills.article.summary', { domains: domains.map((domain) => domain.label).join(', ') }) : t('data.noData'),
    notes,
    height: 0,
    domains,
    badge: secondary ? t('skills.article.badge') : null,
  };
}

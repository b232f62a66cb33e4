import { useT } from '../../i18n/i18n';
import { Section } from '../../ui/Section';
import { KeyFigureTiles } from './KeyFigureTiles';

export function OverviewSection() {
  const t = useT();
  return (
    <Section id="overview" title={t('sections.overview.title')} intro={t('sections.overview.intro')}>
      <KeyFigureTiles />
    </Section>
  );
}

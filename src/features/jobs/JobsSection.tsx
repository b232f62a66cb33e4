import { useT } from '../../i18n/i18n';
import { Section } from '../../ui/Section';

export function JobsSection() {
  const t = useT();
  return (
    <Section id="jobs" title={t('sections.jobs.title')} intro={t('sections.jobs.intro')}>
      {null}
    </Section>
  );
}

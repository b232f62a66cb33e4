import { useT } from '../../i18n/i18n';
import { Section } from '../../ui/Section';

export function EmploymentSection() {
  const t = useT();
  return (
    <Section id="employment" title={t('sections.employment.title')} intro={t('sections.employment.intro')}>
      {null}
    </Section>
  );
}

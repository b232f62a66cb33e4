import { useT } from '../../i18n/i18n';
import { Section } from '../../ui/Section';

export function RecruitmentSection() {
  const t = useT();
  return (
    <Section id="recruitment" title={t('sections.recruitment.title')} intro={t('sections.recruitment.intro')}>
      {null}
    </Section>
  );
}

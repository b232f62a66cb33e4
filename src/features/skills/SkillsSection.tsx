import { useT } from '../../i18n/i18n';
import { Section } from '../../ui/Section';

export function SkillsSection() {
  const t = useT();
  return (
    <Section id="skills" title={t('sections.skills.title')} intro={t('sections.skills.intro')}>
      {null}
    </Section>
  );
}

import { useT } from '../../i18n/i18n';
import { Section } from '../../ui/Section';

export function AiAdoptionSection() {
  const t = useT();
  return (
    <Section id="ai" title={t('sections.ai.title')} intro={t('sections.ai.intro')}>
      {null}
    </Section>
  );
}

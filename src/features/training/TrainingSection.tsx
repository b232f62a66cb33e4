import { useT } from '../../i18n/i18n';
import { Section } from '../../ui/Section';

export function TrainingSection() {
  const t = useT();
  return (
    <Section id="training" title={t('sections.training.title')} intro={t('sections.training.intro')}>
      {null}
    </Section>
  );
}

import { useT } from '../../i18n/i18n';
import { Section } from '../../ui/Section';
import { KeyFigureTiles } from './KeyFigureTiles';
import { MethodPanel } from '../method';
import { WideSlot } from '../../charts/WideSlot';
import { ViewBoundary } from '../../ui/ViewBoundary';
import '../../i18n/messages/method';

export function OverviewSection() {
  const t = useT();
  return (
    <Section id="overview" title={t('sections.overview.title')} intro={t('sections.overview.intro')}>
      <KeyFigureTiles />
      <WideSlot>
        <ViewBoundary title={t('method.title')}>
          <MethodPanel
            datasets={['employment-growth', 'ai-adoption-by-sector', 'bmo-2024-normandie', 'bmo-2024-france', 'students-by-diploma']}
            derived={['overviewTiles', 'employment2015', 'recruitmentShares']}
          />
        </ViewBoundary>
      </WideSlot>
    </Section>
  );
}

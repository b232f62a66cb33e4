import { WideSlot } from '../../charts/WideSlot';
import { useT } from '../../i18n/i18n';
import { Section } from '../../ui/Section';
import { ViewBoundary } from '../../ui/ViewBoundary';
import { NormanthiiaTargets } from './NormanthiiaTargets';
import { RncpTable } from './RncpTable';
import { StudentsByDiplomaChart } from './StudentsByDiplomaChart';
import { TrainingDemandChart } from './TrainingDemandChart';
import { MethodPanel } from '../method';
import '../../i18n/messages/training';
import '../../i18n/messages/method';

export function TrainingSection() {
  const t = useT();
  return (
    <Section id="training" title={t('sections.training.title')} intro={t('sections.training.intro')}>
      <ViewBoundary title={t('training.studentsTitle')}>
        <StudentsByDiplomaChart />
      </ViewBoundary>
      <ViewBoundary title={t('training.targetsTitle')} minHeight={240}>
        <NormanthiiaTargets />
      </ViewBoundary>
      <WideSlot>
        <ViewBoundary title={t('training.rncpTitle')} minHeight={480}>
          <RncpTable />
        </ViewBoundary>
      </WideSlot>
      <WideSlot>
        <ViewBoundary title={t('training.demand.title')} minHeight={480}>
          <TrainingDemandChart />
        </ViewBoundary>
      </WideSlot>
      <WideSlot>
        <ViewBoundary title={t('method.title')}>
          <MethodPanel
            datasets={['students-by-diploma', 'normanthiia-targets', 'rncp-certifications', 'rncp-establishments', 'training-places']}
            derived={['trainingShares', 'rncpPairing']}
          />
        </ViewBoundary>
      </WideSlot>
    </Section>
  );
}

import { useMemo } from 'react';
import { ChartFrame } from '../../ui/ChartFrame';
import { useLang } from '../../i18n/i18n';
import { buildNormanthiiaTargets } from './normanthiiaTargets';
import './training.css';
import { useDataset } from '../../data/useDataset';

export function NormanthiiaTargets() {
  const data = useDataset('normanthiia-targets');
  const lang = useLang();
  const { model, figures } = useMemo(() => buildNormanthiiaTargets(data, lang), [data, lang]);
  return (
    <ChartFrame model={model}>
      <ul className="key-figures">
        {figures.map((figure) => (
          <li key={figure.id} className={figure.uncertain ? 'key-figure key-figure-uncertain' : 'key-figure'}>
            <span className="key-figure-value">{figure.value}</span>
            <span className="key-figure-label">{figure.label}</span>
          </li>
        ))}
      </ul>
    </ChartFrame>
  );
}

import type { LegendItem } from '../../charts/map/legend';
import { useT } from '../../i18n/i18n';
import '../../i18n/messages/recruitment';

/** Class breaks with their colours, then the secret and no-project styles. */
export function MapLegend({ items, unit }: { items: readonly LegendItem[]; unit: string }) {
  const t = useT();
  return (
    <div className="rmap-legend">
      <p className="rmap-legend-title">
        {t('recruitment.legendTitle')} <span className="rmap-legend-unit">({unit})</span>
      </p>
      <ul>
        {items.map((item) => (
          <li key={item.key} data-legend={item.kind}>
            <span
              className={`rmap-swatch${item.pattern ? ` rmap-swatch-${item.pattern}` : ''}`}
              style={{ background: item.pattern ? undefined : item.color }}
              aria-hidden="true"
            />
            <span>{item.label}</span>
            <span className="rmap-legend-count">{t('recruitment.basinCount', { count: item.count })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

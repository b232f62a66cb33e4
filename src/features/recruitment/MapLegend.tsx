import type { MapLegend as MapLegendDescription } from '../../charts/map/legend';

/**
 * The map's key on screen, from the map-legend description (src/charts/map/legend.ts) the image export draws too:
 * class breaks with their colours, then the secret (hatched) and no-project (dotted) styles.
 */
export function MapLegend({ legend }: { legend: MapLegendDescription }) {
  return (
    <div className="rmap-legend">
      <p className="rmap-legend-title">
        {legend.title} <span className="rmap-legend-unit">({legend.unit})</span>
      </p>
      <ul>
        {legend.items.map((item) => (
          <li key={item.key} data-legend={item.kind}>
            <span
              className={`rmap-swatch${item.pattern ? ` rmap-swatch-${item.pattern}` : ''}`}
              style={{ background: item.pattern ? undefined : item.color }}
              aria-hidden="true"
            />
            <span>{item.label}</span>
            <span className="rmap-legend-count">{item.countLabel}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

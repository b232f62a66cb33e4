/** Under the map's legend: which basins of the `compare` parameter are outlined (issue #14 item 2). */
import { useT } from '../../i18n/i18n';
import { basinLabel } from '../../state/territories';
import '../../i18n/messages/recruitment';

export function CompareOutlineNote({ basins }: { basins: readonly string[] }) {
  const t = useT();
  if (basins.length === 0) return null;
  return (
    <p className="rmap-compare-note" data-compare-outline={basins.join(',')}>
      <span className="rmap-compare-symbol" aria-hidden="true" />
      {t('recruitment.compare.mapOutline', { count: basins.length, names: basins.map(basinLabel).join(', ') })}
    </p>
  );
}

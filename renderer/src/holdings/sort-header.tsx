import { useT } from '../i18n/use-t';
import type { SortKey } from './holdings-sort';
import { useHoldingsViewStore } from './holdings-view-store';

type SortHeaderProps = { sortKey: SortKey; label: string; numeric?: boolean };

/** A column header that sorts the table: ascending, descending, then the file's order; announced with aria-sort. */
export function SortHeader({ sortKey, label, numeric = false }: SortHeaderProps) {
  const t = useT();
  const sort = useHoldingsViewStore((s) => s.sort);
  const sortBy = useHoldingsViewStore((s) => s.sortBy);
  const active = sort?.key === sortKey ? sort.direction : null;
  return (
    <th scope="col" className={numeric ? 'num' : undefined} aria-sort={active ?? 'none'}>
      <button type="button" className="sort-button" onClick={() => sortBy(sortKey)} title={t('portfolio.sortHint', { column: label })}>
        {label}
        <span className={`sort-icon${active ? ` is-${active}` : ''}`} aria-hidden="true" />
      </button>
    </th>
  );
}

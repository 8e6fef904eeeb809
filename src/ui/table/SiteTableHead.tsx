import type { TFunction } from 'i18next';
import { memo } from 'react';
import { COLUMNS, type Column, type Sort } from '../../explore/site_columns';

export interface SiteTableHeadProps {
  sort: Sort | null;
  /** How many rows the table lists. */
  rowCount: number;
  /** How many of them are ticked. */
  ticked: 'none' | 'some' | 'all';
  height: number;
  t: TFunction;
  onSort(column: Column): void;
  onToggleAll(): void;
}

/**
 * The site table's header: a sort button per column, and the box that ticks every row.
 * Memoised: an edit redraws the rows it changes, not the header and its translated labels.
 */
export const SiteTableHead = memo(function SiteTableHead({
  sort,
  rowCount,
  ticked,
  height,
  t,
  onSort,
  onToggleAll,
}: SiteTableHeadProps) {
  return (
    <thead>
      <tr aria-rowindex={1} style={{ height }}>
        {COLUMNS.map((column) => {
          const sorted = sort?.column === column;
          return (
            <th
              key={column}
              scope="col"
              className={`col-${column}`}
              aria-sort={sorted ? (sort.descending ? 'descending' : 'ascending') : undefined}
            >
              {column === 'service' && (
                <input
                  type="checkbox"
                  className="row-check"
                  aria-label={t('edit:bulk.selectAll', { count: rowCount })}
                  checked={ticked === 'all'}
                  ref={(element) => {
                    if (element) element.indeterminate = ticked === 'some';
                  }}
                  disabled={rowCount === 0}
                  onChange={onToggleAll}
                />
              )}
              <button type="button" onClick={() => onSort(column)}>
                <span>{t(column)}</span>
                <span aria-hidden="true" className="sort-mark">
                  {sorted ? (sort.descending ? '▼' : '▲') : '↕'}
                </span>
              </button>
            </th>
          );
        })}
      </tr>
    </thead>
  );
});

import type { TFunction } from 'i18next';
import { type KeyboardEvent, memo } from 'react';
import { COLUMNS, cellText } from '../../explore/site_columns';
import type { SiteRow } from '../../explore/sites';
import type { Language } from '../../model/languages';

export interface SiteTableRowProps {
  site: SiteRow;
  index: number;
  /** Where the row is drawn in the table's body, px from its top. */
  top: number;
  height: number;
  selected: boolean;
  /** The row (and its checkbox) is the one in the Tab order. */
  tabbable: boolean;
  checked: boolean;
  t: TFunction;
  language: Language;
  onActivate(index: number, site: SiteRow): void;
  onRowKeyDown(event: KeyboardEvent<HTMLTableRowElement>, index: number, site: SiteRow): void;
  onRowFocus(index: number): void;
  onToggle(id: string): void;
}

/**
 * One row of the site table. Memoised: an edit, a selection or a scroll redraws the rows
 * it changes, not the forty drawn with their translated cells (a few milliseconds on every
 * edit, while the acknowledgement that it is saved waited behind them).
 */
export const SiteTableRow = memo(function SiteTableRow({
  site,
  index,
  top,
  height,
  selected,
  tabbable,
  checked,
  t,
  language,
  onActivate,
  onRowKeyDown,
  onRowFocus,
  onToggle,
}: SiteTableRowProps) {
  return (
    <tr
      data-index={index}
      data-site-id={site.id}
      aria-rowindex={index + 2}
      aria-selected={selected}
      tabIndex={tabbable ? 0 : -1}
      className={selected ? 'selected' : undefined}
      style={{ height, transform: `translateY(${top}px)` }}
      onClick={() => onActivate(index, site)}
      onKeyDown={(event) => onRowKeyDown(event, index, site)}
      onFocus={() => onRowFocus(index)}
    >
      {COLUMNS.map((column) => {
        const text = cellText(site, column, t, language);
        return (
          <td key={column} className={`col-${column}`} title={text}>
            {column === 'service' && (
              <input
                type="checkbox"
                className="row-check"
                aria-label={t('edit:bulk.selectRow', {
                  name: text,
                  place: cellText(site, 'commune', t, language),
                })}
                tabIndex={tabbable ? 0 : -1}
                checked={checked}
                onClick={(event) => event.stopPropagation()}
                onChange={() => onToggle(site.id)}
              />
            )}
            {text}
          </td>
        );
      })}
    </tr>
  );
});

import { useVirtualizer } from '@tanstack/react-virtual';
import {
  type Dispatch,
  type KeyboardEvent,
  memo,
  type SetStateAction,
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, cellText, rowsToDraw, type Sort, sortRows } from '../../explore/site_columns';
import { replacedRows, type SiteRow } from '../../explore/sites';
import { collator } from '../../places/place_names';
import { BulkEdit } from '../edit/BulkEdit';
import { CreateRecord } from '../edit/CreateRecord';
import { useAtlas, useReadOnly } from '../shared/store_context';
import { SiteTableHead } from './SiteTableHead';
import { SiteTableRow } from './SiteTableRow';
import '../shared/common.css';
import './table.css';

const ROW_HEIGHT = 30;
const HEADER_HEIGHT = 34;
const PAGE = 10;

/**
 * The filtered sites as a virtualised, sortable table: the non-visual equivalent of the map.
 * A click or Enter on a row selects the site (the map flies there); a site selected elsewhere
 * is highlighted here and scrolled into view. Arrow keys, Home, End and Page keys move
 * between rows (one row is in the Tab order at a time, then its checkbox).
 *
 * Rows can be ticked (each row's checkbox, or "select all visible" in the header) to set one
 * field on all their services at once (bulk edit); only ticked rows that pass the filters
 * count. Above the table, "New service" and "New organisation" open the creation forms.
 *
 * The rows follow the filters a moment after the count and the map: React draws them in a
 * deferred render that typing or clicking interrupts, so a filter change with 100,000 sites
 * never waits for the table. An edit of listed rows is drawn at once (see rowsToDraw).
 */
export function SiteTable() {
  const visible = useAtlas((state) => state.visible);
  const deferred = useDeferredValue(visible);
  const [sort, setSort] = useState<Sort | null>(null);
  return (
    <SiteTableOf
      visible={rowsToDraw(visible, deferred, sort !== null)}
      sort={sort}
      setSort={setSort}
    />
  );
}

/** The same list while the rows are the same sites in the same order (an edit changes rows). */
function useSameList(rows: readonly SiteRow[]): readonly SiteRow[] {
  const last = useRef({ rows, list: rows });
  if (last.current.rows !== rows) {
    const same = replacedRows(last.current.rows, rows) !== null;
    last.current = { rows, list: same ? last.current.list : rows };
  }
  return last.current.list;
}

const SiteTableOf = memo(function SiteTableOf({
  visible,
  sort,
  setSort,
}: {
  visible: readonly SiteRow[];
  sort: Sort | null;
  setSort: Dispatch<SetStateAction<Sort | null>>;
}) {
  const { t } = useTranslation('table');
  const language = useAtlas((state) => state.language);
  const selectedId = useAtlas((state) =>
    state.selection?.kind === 'site' ? state.selection.id : null,
  );
  const select = useAtlas((state) => state.select);
  const readOnly = useReadOnly();
  const [activeIndex, setActiveIndex] = useState(0);
  const [checked, setChecked] = useState<ReadonlySet<string>>(() => new Set());
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const pendingFocus = useRef<number | null>(null);
  const helpId = useId();
  const bulkHelpId = useId();

  const rows = useMemo(() => {
    if (!sort) return visible;
    const { column } = sort;
    return sortRows(
      visible,
      sort,
      (site) => cellText(site, column, t, language),
      collator(language).compare,
    );
  }, [visible, sort, t, language]);

  const checkedRows = useMemo(
    () => (checked.size === 0 ? [] : rows.filter((site) => checked.has(site.id))),
    [rows, checked],
  );
  const allChecked = rows.length > 0 && checkedRows.length === rows.length;
  const toggle = useCallback(
    (id: string) =>
      setChecked((previous) => {
        const next = new Set(previous);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  const toggleAll = () => setChecked(allChecked ? new Set() : new Set(rows.map((site) => site.id)));

  // A key function that changes only with the list of sites, not with an edit of one: the
  // virtualiser recomputes the positions of every row (100,000 with a large import)
  // whenever it changes.
  const list = useSameList(rows);
  const rowKey = useCallback((index: number) => list[index]?.id ?? index, [list]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // The rows start below the sticky header, which must not hide a row scrolled to.
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    getItemKey: rowKey,
  });
  const items = virtualizer.getVirtualItems();
  const current = Math.min(activeIndex, Math.max(rows.length - 1, 0));
  // The row in the Tab order: the active one, or the first drawn when it is scrolled away.
  const tabbable = items.some((item) => item.index === current) ? current : (items[0]?.index ?? 0);

  // A site selected elsewhere (the map, a detail panel) becomes the active row, in view.
  useEffect(() => {
    if (!selectedId) return;
    const index = rows.findIndex((site) => site.id === selectedId);
    if (index < 0) return;
    setActiveIndex(index);
    virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [selectedId, rows, virtualizer]);

  // Moves the focus to a row once it is drawn (after scrolling to it).
  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const row = bodyRef.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`);
    if (row) {
      pendingFocus.current = null;
      row.focus({ preventScroll: true });
    }
  });

  const moveTo = (index: number) => {
    if (rows.length === 0) return;
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActiveIndex(next);
    pendingFocus.current = next;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const rowKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, site: SiteRow) => {
    // Keys typed in the row's checkbox are the checkbox's, except those that move between rows.
    const inRow = event.target === event.currentTarget;
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + PAGE,
      PageUp: index - PAGE,
      Home: 0,
      End: rows.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (inRow && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      setActiveIndex(index);
      select({ kind: 'site', id: site.id });
    }
  };

  // The rows' handlers keep their identity (the rows are memoised) and call the latest
  // closures, which know the current rows and active row.
  const latest = useRef({ rowKeyDown, current, toggleAll });
  // Set once the render is committed: a deferred render React throws away must not leave
  // its rows to the keyboard.
  useLayoutEffect(() => {
    latest.current = { rowKeyDown, current, toggleAll };
  });
  const onRowKeyDown = useCallback(
    (event: KeyboardEvent<HTMLTableRowElement>, index: number, site: SiteRow) =>
      latest.current.rowKeyDown(event, index, site),
    [],
  );
  const onActivate = useCallback(
    (index: number, site: SiteRow) => {
      setActiveIndex(index);
      select({ kind: 'site', id: site.id });
    },
    [select],
  );
  const onToggleAll = useCallback(() => latest.current.toggleAll(), []);
  const onRowFocus = useCallback((index: number) => {
    if (index !== latest.current.current) setActiveIndex(index);
  }, []);

  const sortBy = useCallback(
    (column: Column) =>
      setSort((previous) =>
        previous?.column === column
          ? { column, descending: !previous.descending }
          : { column, descending: false },
      ),
    [setSort],
  );

  return (
    <div className="site-table">
      <p id={helpId} className="visually-hidden">
        {t('help')}
      </p>
      <p id={bulkHelpId} className="visually-hidden">
        {t('edit:bulk.help')}
      </p>
      {!readOnly && (
        <div className="site-table-toolbar">
          <CreateRecord />
          {checkedRows.length > 0 && (
            <BulkEdit sites={checkedRows} onClear={() => setChecked(new Set())} />
          )}
        </div>
      )}
      <div className="site-table-scroll" ref={scrollRef}>
        <table
          aria-label={t('caption')}
          aria-describedby={`${helpId} ${bulkHelpId}`}
          aria-rowcount={rows.length + 1}
        >
          <SiteTableHead
            sort={sort}
            rowCount={rows.length}
            ticked={allChecked ? 'all' : checkedRows.length > 0 ? 'some' : 'none'}
            height={HEADER_HEIGHT}
            t={t}
            onSort={sortBy}
            onToggleAll={onToggleAll}
          />
          <tbody ref={bodyRef} style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const site = rows[item.index];
              if (!site) return null;
              return (
                <SiteTableRow
                  key={item.key}
                  site={site}
                  index={item.index}
                  top={item.start - virtualizer.options.scrollMargin}
                  height={ROW_HEIGHT}
                  selected={site.id === selectedId}
                  tabbable={item.index === tabbable}
                  checked={checked.has(site.id)}
                  t={t}
                  language={language}
                  onActivate={onActivate}
                  onRowKeyDown={onRowKeyDown}
                  onRowFocus={onRowFocus}
                  onToggle={toggle}
                />
              );
            })}
          </tbody>
        </table>
        {rows.length === 0 && (
          <p className="site-table-empty" role="status">
            {t('empty')}
          </p>
        )}
      </div>
    </div>
  );
});

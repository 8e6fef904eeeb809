import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasGraph } from './build_graph';
import type { NodeMetrics } from './metrics';

type SortKey =
  | 'name'
  | 'orgType'
  | 'inDegree'
  | 'outDegree'
  | 'betweenness'
  | 'closeness'
  | 'community';

const COLUMNS: readonly SortKey[] = [
  'name',
  'orgType',
  'inDegree',
  'outDegree',
  'betweenness',
  'closeness',
  'community',
];

const NUMERIC = new Set<SortKey>([
  'inDegree',
  'outDegree',
  'betweenness',
  'closeness',
  'community',
]);

interface Row extends NodeMetrics {
  orgType: string;
  orgTypeLabel: string;
}

export interface NodeTableProps {
  graph: AtlasGraph;
  /** The metrics of `graph` (null while they are computed). */
  metrics: readonly NodeMetrics[] | null;
  selectedId: string | null;
  onSelect(id: string): void;
}

const ROW_HEIGHT = 28;

function format(value: number, language: string): string {
  return value.toLocaleString(language, { maximumFractionDigits: 3, minimumFractionDigits: 3 });
}

/**
 * The network as a table, its accessible equivalent: one row per organisation shown, with
 * in- and out-degree, betweenness, closeness and community. Headers sort (a second press
 * reverses); the name is a button that selects the organisation. Only the rows in view are
 * drawn, so thousands of organisations cost as little as a few dozen.
 */
export function NodeTable({ graph, metrics, selectedId, onSelect }: NodeTableProps) {
  const { t, i18n } = useTranslation(['network', 'model']);
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'inDegree',
    descending: true,
  });
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = useMemo<Row[]>(() => {
    if (!metrics) return [];
    // One translation per organisation type and one collator, not one per row or comparison
    // (2,000 rows cost ~300 ms the other way).
    const labels = new Map<string, string>();
    const labelOf = (orgType: string) => {
      let label = labels.get(orgType);
      if (label === undefined) {
        label = t(`model:orgType.${orgType}`);
        labels.set(orgType, label);
      }
      return label;
    };
    const list = metrics
      .filter((row) => graph.hasNode(row.id))
      .map((row) => {
        const orgType = graph.getNodeAttribute(row.id, 'org_type');
        return { ...row, orgType, orgTypeLabel: labelOf(orgType) };
      });
    const { compare } = new Intl.Collator(i18n.language);
    const { key, descending } = sort;
    const sign = descending ? -1 : 1;
    list.sort((a, b) => {
      let order: number;
      if (key === 'name') order = compare(a.name, b.name);
      else if (key === 'orgType') order = compare(a.orgTypeLabel, b.orgTypeLabel);
      else order = a[key] - b[key];
      return sign * order || compare(a.name, b.name);
    });
    return list;
  }, [graph, metrics, sort, t, i18n.language]);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => rows[index]?.id ?? index,
  });

  const toggle = (key: SortKey) =>
    setSort((current) =>
      current.key === key
        ? { key, descending: !current.descending }
        : { key, descending: NUMERIC.has(key) },
    );

  if (!metrics) {
    return (
      <p className="network-table-status" role="status">
        {t('computing')}
      </p>
    );
  }
  return (
    <div className="network-table-wrap" ref={scrollRef}>
      <table className="network-table" aria-rowcount={rows.length + 1}>
        <caption>
          {t('tableCaption')} <span className="network-table-help">{t('tableHelp')}</span>
        </caption>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((key) => {
              const sorted = sort.key === key;
              return (
                <th
                  key={key}
                  scope="col"
                  aria-sort={sorted ? (sort.descending ? 'descending' : 'ascending') : undefined}
                  className={NUMERIC.has(key) ? 'numeric' : undefined}
                >
                  <button type="button" onClick={() => toggle(key)}>
                    {t(key)}
                    <span aria-hidden="true">{sorted ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody style={{ height: rows.length === 0 ? undefined : virtualizer.getTotalSize() }}>
          {rows.length === 0 && (
            <tr className="network-table-empty">
              <td>{t('empty')}</td>
            </tr>
          )}
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <tr
                key={item.key}
                aria-rowindex={item.index + 2}
                className={row.id === selectedId ? 'selected' : undefined}
                style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              >
                <th scope="row">
                  <button
                    type="button"
                    className="network-table-name"
                    aria-pressed={row.id === selectedId}
                    onClick={() => onSelect(row.id)}
                  >
                    {row.name}
                  </button>
                </th>
                <td>{row.orgTypeLabel}</td>
                <td className="numeric">{row.inDegree}</td>
                <td className="numeric">{row.outDegree}</td>
                <td className="numeric">{format(row.betweenness, i18n.language)}</td>
                <td className="numeric">{format(row.closeness, i18n.language)}</td>
                <td className="numeric">{row.community + 1}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

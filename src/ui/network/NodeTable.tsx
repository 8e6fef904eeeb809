import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasGraph } from '../../analysis/graph/build_graph';
import { degreesOf, type NodeMetrics, structureOf } from '../../analysis/graph/metrics';

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

/** Sorted by only once computed: until then every row has the same "…". */
const MEASURES = new Set<SortKey>(['betweenness', 'closeness', 'community']);

const NUMERIC = new Set<SortKey>([
  'inDegree',
  'outDegree',
  'betweenness',
  'closeness',
  'community',
]);

/** A row: the degrees at once, the other measures once computed (null until then). */
interface Row {
  id: string;
  name: string;
  orgType: string;
  orgTypeLabel: string;
  inDegree: number;
  outDegree: number;
  betweenness: number | null;
  closeness: number | null;
  community: number | null;
}

export interface NodeTableProps {
  graph: AtlasGraph;
  /** The metrics of `graph` (null while they are computed). */
  metrics: readonly NodeMetrics[] | null;
  /** The metrics could not be computed: the table keeps the degrees and says so. */
  failed?: boolean;
  selectedId: string | null;
  onSelect(id: string): void;
}

const ROW_HEIGHT = 28;

function format(value: number, language: string): string {
  return value.toLocaleString(language, { maximumFractionDigits: 3, minimumFractionDigits: 3 });
}

/** A measure not computed yet: "…" to the eye, "computing" to a screen reader. */
function Pending({ label }: { label: string }) {
  return (
    <>
      <span aria-hidden="true">…</span>
      <span className="visually-hidden">{label}</span>
    </>
  );
}

/**
 * The network as a table, its accessible equivalent: one row per organisation shown, with
 * in- and out-degree, betweenness, closeness and community. Headers sort (a second press
 * reverses); the name is a button that selects the organisation. Only the rows in view are
 * drawn, so thousands of organisations cost as little as a few dozen.
 */
export function NodeTable({
  graph,
  metrics,
  failed = false,
  selectedId,
  onSelect,
}: NodeTableProps) {
  const { t, i18n } = useTranslation(['network', 'model']);
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'inDegree',
    descending: true,
  });
  const scrollRef = useRef<HTMLDivElement>(null);
  // The rows as soon as the network is drawn: names, types and degrees (cheap); the metrics
  // worker's measures join them when they arrive, and only the cells in view change.
  const graphRows = useMemo<Row[]>(() => {
    // One translation per organisation type, not one per row (2,000 rows cost ~300 ms the
    // other way).
    const labels = new Map<string, string>();
    const labelOf = (orgType: string) => {
      let label = labels.get(orgType);
      if (label === undefined) {
        label = t(`model:orgType.${orgType}`);
        labels.set(orgType, label);
      }
      return label;
    };
    const structure = structureOf(graph);
    const { inDegree, outDegree } = degreesOf(structure);
    return structure.ids.map((id, at) => {
      const orgType = graph.getNodeAttribute(id, 'org_type');
      return {
        id,
        name: structure.names[at] ?? '',
        orgType,
        orgTypeLabel: labelOf(orgType),
        inDegree: inDegree[at] ?? 0,
        outDegree: outDegree[at] ?? 0,
        betweenness: null,
        closeness: null,
        community: null,
      };
    });
  }, [graph, t]);
  const rows = useMemo<Row[]>(() => {
    const measured = new Map(metrics?.map((row) => [row.id, row]));
    const list = graphRows.map((row) => {
      const found = measured.get(row.id);
      if (!found) return row;
      const { betweenness, closeness, community } = found;
      return { ...row, betweenness, closeness, community };
    });
    // One collator, not one per comparison.
    const { compare } = new Intl.Collator(i18n.language);
    const { key, descending } = sort;
    const sign = descending ? -1 : 1;
    list.sort((a, b) => {
      let order: number;
      if (key === 'name') order = compare(a.name, b.name);
      else if (key === 'orgType') order = compare(a.orgTypeLabel, b.orgTypeLabel);
      else order = (a[key] ?? -1) - (b[key] ?? -1);
      return sign * order || compare(a.name, b.name);
    });
    return list;
  }, [graphRows, metrics, sort, i18n.language]);

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

  const pending = <Pending label={t('pendingMeasure')} />;
  return (
    <div className="network-table-wrap" ref={scrollRef}>
      <table
        className="network-table"
        aria-rowcount={rows.length + 1}
        data-measures={metrics ? 'shown' : failed ? 'failed' : 'computing'}
      >
        <caption>
          {t('tableCaption')} <span className="network-table-help">{t('tableHelp')}</span>{' '}
          <span
            className={metrics ? 'network-table-status visually-hidden' : 'network-table-status'}
            role="status"
          >
            {metrics ? t('measuresShown') : failed ? t('metricsFailed') : t('computing')}
          </span>
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
                  <button
                    type="button"
                    title={t(key)}
                    disabled={!metrics && MEASURES.has(key)}
                    onClick={() => toggle(key)}
                  >
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
                    title={row.name}
                    aria-pressed={row.id === selectedId}
                    onClick={() => onSelect(row.id)}
                  >
                    {row.name}
                  </button>
                </th>
                <td>
                  <span className="network-table-text" title={row.orgTypeLabel}>
                    {row.orgTypeLabel}
                  </span>
                </td>
                <td className="numeric">{row.inDegree}</td>
                <td className="numeric">{row.outDegree}</td>
                <td className="numeric">
                  {row.betweenness === null ? pending : format(row.betweenness, i18n.language)}
                </td>
                <td className="numeric">
                  {row.closeness === null ? pending : format(row.closeness, i18n.language)}
                </td>
                <td className="numeric">{row.community === null ? pending : row.community + 1}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

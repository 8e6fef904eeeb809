/**
 * The network as two CSV files, a node list and an edge list (the `Id`, `Label`, `Source`,
 * `Target` headers Gephi's spreadsheet import recognises, then the Atlas fields), written
 * with the same formula-safe writer as every other CSV export.
 */
import { type CsvOptions, toCsv } from '../../text/write_csv';
import type { AtlasGraph } from './build_graph';
import type { NodeMetrics } from './metrics';

export const NODE_CSV_HEADER = [
  'Id',
  'Label',
  'alternate_name',
  'org_type',
  'level',
  'services',
  'sites',
  'parent_organization_id',
  'website',
  'source',
  'source_consulted',
  'last_verified',
  'context',
] as const;

export const METRIC_CSV_HEADER = [
  'in_degree',
  'out_degree',
  'betweenness',
  'closeness',
  'community',
] as const;

export const EDGE_CSV_HEADER = [
  'Id',
  'Source',
  'Target',
  'Type',
  'Label',
  'source_name',
  'target_name',
  'description',
  'evidence',
  'confidence',
  'source',
  'source_consulted',
  'last_verified',
] as const;

const DEFAULTS: CsvOptions = { delimiter: ',', bom: true };

export interface EdgeListOptions extends Partial<CsvOptions> {
  /** Metrics to append as columns of the node list. */
  metrics?: readonly NodeMetrics[];
}

export function nodesCsv(graph: AtlasGraph, options: EdgeListOptions = {}): string {
  const { metrics, ...csv } = options;
  const byId = new Map((metrics ?? []).map((row) => [row.id, row]));
  const withMetrics = metrics !== undefined;
  const rows = graph.mapNodes((id, n) => {
    const row = [
      id,
      n.name,
      n.alternate_name,
      n.org_type,
      n.level,
      String(n.services),
      String(n.sites),
      n.parent_organization_id,
      n.website,
      n.source,
      n.source_consulted,
      n.last_verified,
      String(n.context),
    ];
    if (!withMetrics) return row;
    const m = byId.get(id);
    return [
      ...row,
      ...(m
        ? [m.inDegree, m.outDegree, m.betweenness, m.closeness, m.community].map(String)
        : ['', '', '', '', '']),
    ];
  });
  const header = withMetrics ? [...NODE_CSV_HEADER, ...METRIC_CSV_HEADER] : NODE_CSV_HEADER;
  return toCsv(header, rows, { ...DEFAULTS, ...csv });
}

export function edgesCsv(graph: AtlasGraph, options: Partial<CsvOptions> = {}): string {
  const rows = graph.mapEdges((key, e, source, target, sourceAttributes, targetAttributes) => [
    key,
    source,
    target,
    'Directed',
    e.type,
    sourceAttributes.name,
    targetAttributes.name,
    e.description,
    e.evidence,
    e.confidence,
    e.source,
    e.source_consulted,
    e.last_verified,
  ]);
  return toCsv(EDGE_CSV_HEADER, rows, { ...DEFAULTS, ...options });
}

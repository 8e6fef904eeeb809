/**
 * The network as GEXF 1.3 (https://gexf.net/schema.html), the format Gephi opens.
 *
 * Node ids are organisation ids and labels their names; edge ids are relationship ids,
 * labels and `kind` their type (Gephi keeps parallel edges only when their kinds differ,
 * and two relationships between the same pair always differ in type in the curated
 * data). Every attribute is declared with its type; every value is XML-escaped, and
 * characters XML 1.0 forbids (control characters, lone surrogates) are dropped.
 */
import type { AtlasGraph, OrgNodeAttributes, RelationshipEdgeAttributes } from './build_graph';
import type { NodeMetrics } from './metrics';

type GexfType = 'string' | 'integer' | 'double' | 'boolean';

interface Column<T> {
  id: string;
  type: GexfType;
  value: (item: T) => string | number | boolean;
}

const NODE_COLUMNS: readonly Column<OrgNodeAttributes>[] = [
  { id: 'alternate_name', type: 'string', value: (n) => n.alternate_name },
  { id: 'org_type', type: 'string', value: (n) => n.org_type },
  { id: 'level', type: 'string', value: (n) => n.level },
  { id: 'services', type: 'integer', value: (n) => n.services },
  { id: 'sites', type: 'integer', value: (n) => n.sites },
  { id: 'parent_organization_id', type: 'string', value: (n) => n.parent_organization_id },
  { id: 'website', type: 'string', value: (n) => n.website },
  { id: 'source', type: 'string', value: (n) => n.source },
  { id: 'source_consulted', type: 'string', value: (n) => n.source_consulted },
  { id: 'last_verified', type: 'string', value: (n) => n.last_verified },
  { id: 'context', type: 'boolean', value: (n) => n.context },
];

const METRIC_COLUMNS: readonly Column<NodeMetrics>[] = [
  { id: 'in_degree', type: 'integer', value: (m) => m.inDegree },
  { id: 'out_degree', type: 'integer', value: (m) => m.outDegree },
  { id: 'betweenness', type: 'double', value: (m) => m.betweenness },
  { id: 'closeness', type: 'double', value: (m) => m.closeness },
  { id: 'community', type: 'integer', value: (m) => m.community },
];

const EDGE_COLUMNS: readonly Column<RelationshipEdgeAttributes>[] = [
  { id: 'type', type: 'string', value: (e) => e.type },
  { id: 'description', type: 'string', value: (e) => e.description },
  { id: 'evidence', type: 'string', value: (e) => e.evidence },
  { id: 'confidence', type: 'string', value: (e) => e.confidence },
  { id: 'source', type: 'string', value: (e) => e.source },
  { id: 'source_consulted', type: 'string', value: (e) => e.source_consulted },
  { id: 'last_verified', type: 'string', value: (e) => e.last_verified },
];

/**
 * Whether a code point is a Char of XML 1.0: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and
 * the astral planes (a lone surrogate, iterated on its own, is not).
 */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  );
}

/** Drops the characters XML 1.0 cannot hold at all, even as character references. */
export function stripNonXmlChars(value: string): string {
  let out = '';
  for (const char of value) if (isXmlChar(char.codePointAt(0) ?? 0)) out += char;
  return out;
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Escapes text for an XML attribute or text node: & < > " ' as entities, and tab, LF
 * and CR as character references so attribute values keep them.
 */
export function escapeXml(value: string): string {
  return stripNonXmlChars(value).replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c] ?? c);
}

function formatValue(value: string | number | boolean): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  return escapeXml(String(value));
}

function declarations(
  kind: 'node' | 'edge',
  columns: readonly { id: string; type: GexfType }[],
): string[] {
  return [
    `    <attributes class="${kind}" mode="static">`,
    ...columns.map(
      (c) =>
        `      <attribute id="${escapeXml(c.id)}" title="${escapeXml(c.id)}" type="${c.type}"/>`,
    ),
    '    </attributes>',
  ];
}

function attvalues<T>(columns: readonly Column<T>[], item: T): string[] {
  return columns.map(
    (c) => `          <attvalue for="${escapeXml(c.id)}" value="${formatValue(c.value(item))}"/>`,
  );
}

export interface GexfOptions {
  /** Metrics to add as node attributes (in_degree, out_degree, betweenness, closeness, community). */
  metrics?: readonly NodeMetrics[];
  /** `lastmodifieddate` of the meta element (ISO date); left out when absent. */
  date?: string;
  description?: string;
}

export function toGexf(graph: AtlasGraph, options: GexfOptions = {}): string {
  const metrics = new Map((options.metrics ?? []).map((row) => [row.id, row]));
  const withMetrics = metrics.size > 0;
  const date = options.date ? ` lastmodifieddate="${escapeXml(options.date)}"` : '';
  const description =
    options.description ??
    'Integration Ecosystem Atlas (Wallonia): organisations and their relationships';
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta${date}>`,
    '    <creator>Integration Ecosystem Atlas</creator>',
    `    <description>${escapeXml(description)}</description>`,
    '  </meta>',
    '  <graph mode="static" defaultedgetype="directed">',
    ...declarations('node', withMetrics ? [...NODE_COLUMNS, ...METRIC_COLUMNS] : NODE_COLUMNS),
    ...declarations('edge', EDGE_COLUMNS),
    '    <nodes>',
  ];
  graph.forEachNode((id, attributes) => {
    lines.push(
      `      <node id="${escapeXml(id)}" label="${escapeXml(attributes.name)}">`,
      '        <attvalues>',
      ...attvalues(NODE_COLUMNS, attributes),
    );
    const row = metrics.get(id);
    if (withMetrics && row) lines.push(...attvalues(METRIC_COLUMNS, row));
    lines.push('        </attvalues>', '      </node>');
  });
  lines.push('    </nodes>', '    <edges>');
  graph.forEachEdge((key, attributes, source, target) => {
    lines.push(
      `      <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}" label="${escapeXml(attributes.type)}" kind="${escapeXml(attributes.type)}">`,
      '        <attvalues>',
      ...attvalues(EDGE_COLUMNS, attributes),
      '        </attvalues>',
      '      </edge>',
    );
  });
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}

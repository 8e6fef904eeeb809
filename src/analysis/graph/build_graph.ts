/**
 * The stakeholder network as a graphology graph: organisations are nodes, relationships
 * are directed, typed edges. Pure (no DOM), shared by the view, the exports and the CLI.
 *
 * The graph is a MultiDirectedGraph whose edge keys are the relationship ids, so two
 * relationships between the same pair (say "funds" and "supervises") are both kept.
 */
import { MultiDirectedGraph } from 'graphology';
import type { Dataset } from '../../model/dataset';
import type { Confidence, Level, OrgType, RelationshipType } from '../../model/enums';

export interface OrgNodeAttributes {
  /** The organisation id (also the node key), repeated so an attribute bag stands alone. */
  id: string;
  name: string;
  alternate_name: string;
  org_type: OrgType;
  level: Level | '';
  parent_organization_id: string;
  website: string;
  /** Number of services the organisation runs. */
  services: number;
  /** Number of distinct locations where its services are offered. */
  sites: number;
  source: string;
  source_consulted: string;
  last_verified: string;
  /** True for a node added by `pruneGraph` as a partner of a kept one ("show context"). */
  context: boolean;
  /** For a group node (groups.ts), how many organisations it stands for. */
  members?: number;
}

export interface RelationshipEdgeAttributes {
  /** The relationship id (also the edge key). */
  id: string;
  type: RelationshipType;
  description: string;
  evidence: string;
  confidence: Confidence | '';
  source: string;
  source_consulted: string;
  last_verified: string;
  /** For an edge from or to a group (groups.ts), how many relationships it stands for. */
  relationships?: number;
}

export type AtlasGraph = MultiDirectedGraph<OrgNodeAttributes, RelationshipEdgeAttributes>;

/** Filters of the network's own: which edge types, levels and confidences to show. Empty = any. */
export interface GraphFilter {
  types?: readonly RelationshipType[];
  levels?: readonly (Level | '')[];
  confidences?: readonly (Confidence | '')[];
  /** Only these nodes (and the edges between them). */
  nodes?: ReadonlySet<string>;
}

export type BuildGraphOptions = GraphFilter;

function emptyGraph(): AtlasGraph {
  return new MultiDirectedGraph<OrgNodeAttributes, RelationshipEdgeAttributes>({
    allowSelfLoops: true,
  });
}

/**
 * Builds the network from the dataset. Nodes keep the dataset's order (so layouts and
 * community numbers are stable); a relationship whose end is not an organisation of the
 * dataset is left out. `options` applies `filterGraph` at once.
 */
export function buildGraph(dataset: Dataset, options: BuildGraphOptions = {}): AtlasGraph {
  const graph = emptyGraph();
  const orgOfService = new Map<string, string>();
  const services = new Map<string, number>();
  for (const service of dataset.services) {
    orgOfService.set(service.id, service.organization_id);
    services.set(service.organization_id, (services.get(service.organization_id) ?? 0) + 1);
  }
  const sites = new Map<string, Set<string>>();
  for (const link of dataset.service_at_locations) {
    const orgId = orgOfService.get(link.service_id);
    if (orgId === undefined) continue;
    let set = sites.get(orgId);
    if (!set) {
      set = new Set();
      sites.set(orgId, set);
    }
    set.add(link.location_id);
  }
  for (const org of dataset.organizations) {
    if (graph.hasNode(org.id)) continue;
    graph.addNode(org.id, {
      id: org.id,
      name: org.name,
      alternate_name: org.alternate_name,
      org_type: org.org_type,
      level: org.level,
      parent_organization_id: org.parent_organization_id,
      website: org.website,
      services: services.get(org.id) ?? 0,
      sites: sites.get(org.id)?.size ?? 0,
      source: org.source,
      source_consulted: org.source_consulted,
      last_verified: org.last_verified,
      context: false,
    });
  }
  for (const rel of dataset.relationships) {
    const { source_organization_id: from, target_organization_id: to } = rel;
    if (!graph.hasNode(from) || !graph.hasNode(to) || graph.hasEdge(rel.id)) continue;
    graph.addDirectedEdgeWithKey(rel.id, from, to, {
      id: rel.id,
      type: rel.type,
      description: rel.description,
      evidence: rel.evidence,
      confidence: rel.confidence,
      source: rel.source,
      source_consulted: rel.source_consulted,
      last_verified: rel.last_verified,
    });
  }
  return options.types?.length || options.levels?.length ? filterGraph(graph, options) : graph;
}

/** A copy of the graph with the given nodes (in the graph's order) and the edges `keepEdge` keeps. */
function subgraph(
  graph: AtlasGraph,
  keepNode: (id: string, attributes: OrgNodeAttributes) => boolean,
  keepEdge: (attributes: RelationshipEdgeAttributes, source: string, target: string) => boolean,
  contextOf: (id: string) => boolean = () => false,
): AtlasGraph {
  const result = emptyGraph();
  graph.forEachNode((id, attributes) => {
    if (keepNode(id, attributes)) result.addNode(id, { ...attributes, context: contextOf(id) });
  });
  graph.forEachEdge((key, attributes, source, target) => {
    if (result.hasNode(source) && result.hasNode(target) && keepEdge(attributes, source, target)) {
      result.addDirectedEdgeWithKey(key, source, target, { ...attributes });
    }
  });
  return result;
}

/**
 * Keeps the edges of the given types and confidences, and the nodes of the given levels
 * (and among `nodes`), with the edges between them. An empty or absent list keeps
 * everything (and `graph` itself comes back when nothing is filtered). Nodes left without
 * edges stay: an organisation is in the network even when it has no relationship of the
 * chosen types.
 */
export function filterGraph(graph: AtlasGraph, filter: GraphFilter): AtlasGraph {
  const types = filter.types?.length ? new Set(filter.types) : undefined;
  const levels = filter.levels?.length ? new Set(filter.levels) : undefined;
  const confidences = filter.confidences?.length ? new Set(filter.confidences) : undefined;
  const nodes = filter.nodes;
  if (!types && !levels && !confidences && !nodes) return graph;
  return subgraph(
    graph,
    (id, attributes) => (!levels || levels.has(attributes.level)) && (!nodes || nodes.has(id)),
    (attributes) =>
      (!types || types.has(attributes.type)) &&
      (!confidences || confidences.has(attributes.confidence)),
    (id) => graph.getNodeAttribute(id, 'context'),
  );
}

export interface PruneOptions {
  /**
   * "Show context": also add the direct partners (in either direction) of the kept
   * organisations, marked `context: true`. Only the edges that touch a kept organisation
   * are drawn; edges between two context partners are left out.
   */
  context: boolean;
}

/**
 * The network pruned to the organisations that pass the explorer's filters (those with a
 * service or site that passes), optionally with their direct partners as context.
 */
export function pruneGraph(
  graph: AtlasGraph,
  keepOrganizationIds: Iterable<string>,
  options: PruneOptions = { context: false },
): AtlasGraph {
  const core = new Set<string>();
  for (const id of keepOrganizationIds) if (graph.hasNode(id)) core.add(id);
  const partners = new Set<string>();
  if (options.context) {
    for (const id of core) {
      graph.forEachNeighbor(id, (neighbour) => {
        if (!core.has(neighbour)) partners.add(neighbour);
      });
    }
  }
  return subgraph(
    graph,
    (id) => core.has(id) || partners.has(id),
    (_attributes, source, target) => core.has(source) || core.has(target),
    (id) => partners.has(id),
  );
}

export interface Neighbourhood {
  /** Node id → number of steps from the focused node (0 for itself). */
  nodes: Map<string, number>;
  /** Keys of the edges walked within the neighbourhood (at least one end nearer than `steps`). */
  edges: Set<string>;
}

/**
 * The nodes up to `steps` (clamped to 1–3) away from `id`, following edges in either
 * direction, for focus. An unknown id gives an empty neighbourhood.
 */
export function neighbourhood(graph: AtlasGraph, id: string, steps: number): Neighbourhood {
  const nodes = new Map<string, number>();
  const edges = new Set<string>();
  if (!graph.hasNode(id)) return { nodes, edges };
  const limit = Math.min(3, Math.max(1, Math.trunc(steps) || 1));
  nodes.set(id, 0);
  let frontier = [id];
  for (let distance = 1; distance <= limit && frontier.length > 0; distance++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (neighbour) => {
        if (nodes.has(neighbour)) return;
        nodes.set(neighbour, distance);
        next.push(neighbour);
      });
    }
    frontier = next;
  }
  graph.forEachEdge((key, _attributes, source, target) => {
    const a = nodes.get(source);
    const b = nodes.get(target);
    if (a !== undefined && b !== undefined && Math.min(a, b) < limit) edges.add(key);
  });
  return { nodes, edges };
}

/** The organisations behind a set of explorer rows: what `pruneGraph` keeps. */
export function organizationIdsOf(
  rows: Iterable<{ organization: { id: string } | undefined }>,
): Set<string> {
  const ids = new Set<string>();
  for (const row of rows) if (row.organization) ids.add(row.organization.id);
  return ids;
}

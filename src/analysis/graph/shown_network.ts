/**
 * Which part of the network the view shows: the explorer's filters, the classes drawn as
 * groups, the organisations that matter by default, the view's own edge-type, level and
 * confidence filters, "show context", the focus around an organisation, a name search and
 * the sources of the edges shown. Pure (graphology only), no drawing.
 */
import { type Filters, isFiltered } from '../../explore/filters';
import {
  CONFIDENCES,
  type Confidence,
  LEVELS,
  type Level,
  RELATIONSHIP_TYPES,
  type RelationshipType,
} from '../../model/enums';
import { foldSearch } from '../../text/fold';
import {
  type AtlasGraph,
  filterGraph,
  type Neighbourhood,
  neighbourhood,
  organizationIdsOf,
  pruneGraph,
} from './build_graph';
import { collapseGroups, findGroups, type OrgGroup } from './groups';

/** The levels the view filters on: the model's, then "no level". */
export const LEVEL_OPTIONS: readonly (Level | '')[] = [...LEVELS, ''];
export const TYPE_OPTIONS: readonly RelationshipType[] = RELATIONSHIP_TYPES;
/** The confidences the view filters on: stated ones, then "not stated". */
export const CONFIDENCE_OPTIONS: readonly (Confidence | '')[] = [...CONFIDENCES, ''];

/** The relationships that make an organisation one the network opens on. */
export const KEY_TYPES: readonly RelationshipType[] = ['coordinates', 'funds', 'refers_to'];

/**
 * Which organisations are drawn when no explorer filter is set: `key`, those that
 * coordinate, fund or refer (or are coordinated, funded or referred to), with all their
 * links between them; `all`, every organisation.
 */
export type NetworkScope = 'key' | 'all';

export interface NetworkOptions {
  /** "Show context": add the direct partners of the organisations that pass the filters. */
  context: boolean;
  /** Edge types to show (all when empty). */
  types: readonly RelationshipType[];
  /** Levels to show (all when empty). */
  levels: readonly (Level | '')[];
  /** Confidences of the edges to show (all when empty). */
  confidences: readonly (Confidence | '')[];
  scope: NetworkScope;
  /** The groups the user opened into their members. */
  open: ReadonlySet<string>;
  /** Organisations drawn apart from their group (the one selected). */
  apart: ReadonlySet<string>;
}

export const DEFAULT_NETWORK_OPTIONS: NetworkOptions = {
  context: false,
  types: [],
  levels: [],
  confidences: [],
  scope: 'key',
  open: new Set(),
  apart: new Set(),
};

export interface ShownNetwork {
  graph: AtlasGraph;
  /** The classes that can be drawn as groups, whether open or not. */
  groups: OrgGroup[];
}

/** True when one of the explorer's filters is set (then the network is pruned to what passes). */
export function filtersActive(filters: Filters): boolean {
  return isFiltered(filters);
}

/** The network the explorer's filters leave: every organisation when none is set. */
export function prunedNetwork(
  base: AtlasGraph,
  filters: Filters,
  visible: Iterable<{ organization: { id: string } | undefined }>,
  context: boolean,
): AtlasGraph {
  return filtersActive(filters) ? pruneGraph(base, organizationIdsOf(visible), { context }) : base;
}

/** A group node's name when the view gives none: "261 cpas". */
const plainGroupName = (group: OrgGroup, members: number) => `${members} ${group.orgType}`;

/**
 * The network to draw from the pruned one (prunedNetwork) and its classes (findGroups):
 * closed groups drawn as one node each (groups.ts); with no explorer filter (`filtered`
 * false), the key organisations only unless the scope is `all`; then the view's own
 * filters. `groupName` names a group node in the interface's language.
 */
export function shownNetwork(
  pruned: AtlasGraph,
  groups: readonly OrgGroup[],
  filtered: boolean,
  options: NetworkOptions,
  groupName: (group: OrgGroup, members: number) => string = plainGroupName,
): AtlasGraph {
  const collapsed = collapseGroups(pruned, groups, {
    open: options.open,
    apart: options.apart,
    name: groupName,
  });
  const scoped = !filtered && options.scope === 'key' ? keyNetwork(collapsed) : collapsed;
  return filterGraph(scoped, {
    types: options.types,
    levels: options.levels,
    confidences: options.confidences,
  });
}

/** The whole way from the base network to the one drawn (prunedNetwork, findGroups, shownNetwork). */
export function networkOf(
  base: AtlasGraph,
  filters: Filters,
  visible: Iterable<{ organization: { id: string } | undefined }>,
  options: NetworkOptions,
  groupName: (group: OrgGroup, members: number) => string = plainGroupName,
): ShownNetwork {
  const pruned = prunedNetwork(base, filters, visible, options.context);
  const groups = findGroups(pruned);
  return {
    graph: shownNetwork(pruned, groups, filtersActive(filters), options, groupName),
    groups,
  };
}

/** The organisations with a relationship of a KEY_TYPES type, and every edge between them. */
function keyNetwork(graph: AtlasGraph): AtlasGraph {
  const key = new Set<string>();
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (!KEY_TYPES.includes(attributes.type)) return;
    key.add(source);
    key.add(target);
  });
  return filterGraph(graph, { nodes: key });
}

/** The focus of an organisation: its neighbourhood up to `steps`, or null if it is not shown. */
export function focusOf(graph: AtlasGraph, id: string | null, steps: number): Neighbourhood | null {
  if (id === null || !graph.hasNode(id)) return null;
  return neighbourhood(graph, id, steps);
}

/** The distinct sources of the shown edges with their number of edges, most used first. */
export function edgeSources(graph: AtlasGraph): { source: string; count: number }[] {
  const counts = new Map<string, number>();
  graph.forEachEdge((_key, attributes) => {
    const source = attributes.source.trim();
    counts.set(source, (counts.get(source) ?? 0) + 1);
  });
  return [...counts]
    .map(([source, count]) => ({ source, count }))
    .sort((a, b) => b.count - a.count || a.source.localeCompare(b.source));
}

/** The node whose name (or alternate name) best matches a typed text: exact, start, then part. */
export function findNode(graph: AtlasGraph, query: string): string | null {
  const wanted = foldSearch(query.trim());
  if (wanted === '') return null;
  let starts: string | null = null;
  let contains: string | null = null;
  for (const id of graph.nodes()) {
    const attributes = graph.getNodeAttributes(id);
    const names = [attributes.name, attributes.alternate_name].filter(Boolean).map(foldSearch);
    if (names.some((name) => name === wanted)) return id;
    if (starts === null && names.some((name) => name.startsWith(wanted))) starts = id;
    if (contains === null && names.some((name) => name.includes(wanted))) contains = id;
  }
  return starts ?? contains;
}

/**
 * Which part of the network the view shows: the explorer's filters, the view's own
 * edge-type and level filters, "show context", the focus around an organisation, a name
 * search and the sources of the edges shown. Pure (graphology only), no drawing.
 */
import { type Filters, NO_FILTERS } from '../../explore/filters';
import { LEVELS, type Level, RELATIONSHIP_TYPES, type RelationshipType } from '../../model/enums';
import { foldSearch } from '../../text/fold';
import {
  type AtlasGraph,
  filterGraph,
  type Neighbourhood,
  neighbourhood,
  organizationIdsOf,
  pruneGraph,
} from './build_graph';

/** The levels the view filters on: the model's, then "no level". */
export const LEVEL_OPTIONS: readonly (Level | '')[] = [...LEVELS, ''];
export const TYPE_OPTIONS: readonly RelationshipType[] = RELATIONSHIP_TYPES;

export interface NetworkOptions {
  /** "Show context": add the direct partners of the organisations that pass the filters. */
  context: boolean;
  /** Edge types to show (all when empty). */
  types: readonly RelationshipType[];
  /** Levels to show (all when empty). */
  levels: readonly (Level | '')[];
}

/** True when one of the explorer's filters is set (then the network is pruned to what passes). */
export function filtersActive(filters: Filters): boolean {
  return (Object.keys(NO_FILTERS) as (keyof Filters)[]).some((key) => {
    const value = filters[key];
    return typeof value === 'string' ? value.trim() !== '' : value.length > 0;
  });
}

/**
 * The network to draw: with no explorer filter, every organisation; otherwise those with a
 * site that passes (and their partners with "show context"); then the view's own filters.
 */
export function networkOf(
  base: AtlasGraph,
  filters: Filters,
  visible: Iterable<{ organization: { id: string } | undefined }>,
  options: NetworkOptions,
): AtlasGraph {
  const pruned = filtersActive(filters)
    ? pruneGraph(base, organizationIdsOf(visible), { context: options.context })
    : base;
  return filterGraph(pruned, { types: options.types, levels: options.levels });
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

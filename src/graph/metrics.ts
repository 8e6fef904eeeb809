/**
 * Network metrics for the node table and for sizing or colouring nodes.
 *
 * - inDegree / outDegree: the number of relationships pointing to / from the organisation
 *   (two relationships between the same pair count twice, as in Gephi).
 * - betweenness, closeness and community are computed on the simple directed graph behind
 *   the network (parallel relationships between a pair merged into one link, self loops
 *   dropped), since a shortest path does not get longer or more numerous because a pair
 *   has two relationships:
 *   - betweenness: Brandes, unweighted, directed, normalised by (N − 1)(N − 2), in [0, 1];
 *   - closeness: on incoming distances (how near the others that can reach the node are),
 *     with the Wasserman–Faust correction for unreachable nodes, so a graph in pieces
 *     compares fairly: (r / (N − 1)) × (r / Σd), r being the number of nodes that reach it;
 *   - community: directed Louvain, each link weighted by its number of relationships, with
 *     a seeded random generator so the same graph always gives the same communities;
 *     communities are numbered 0, 1, 2… in the order their first node appears.
 */
import { DirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import type { AtlasGraph } from './build_graph';

export interface NodeMetrics {
  id: string;
  name: string;
  inDegree: number;
  outDegree: number;
  betweenness: number;
  closeness: number;
  community: number;
}

export const LOUVAIN_SEED = 20220224;

/** mulberry32: a small seeded generator, so Louvain's random walk is reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The simple directed graph behind the network: one link per ordered pair, weighted. */
export function simpleGraph(graph: AtlasGraph): DirectedGraph<object, { weight: number }> {
  const simple = new DirectedGraph<object, { weight: number }>();
  graph.forEachNode((id) => {
    simple.addNode(id);
  });
  graph.forEachEdge((_key, _attributes, source, target) => {
    if (source === target) return;
    if (simple.hasEdge(source, target)) {
      simple.updateEdgeAttribute(source, target, 'weight', (weight = 0) => weight + 1);
    } else {
      simple.addDirectedEdge(source, target, { weight: 1 });
    }
  });
  return simple;
}

export interface MetricsOptions {
  /** Seed of Louvain's random generator (default LOUVAIN_SEED). */
  seed?: number;
}

/** One row per node, in the graph's node order. */
export function computeMetrics(graph: AtlasGraph, options: MetricsOptions = {}): NodeMetrics[] {
  if (graph.order === 0) return [];
  const simple = simpleGraph(graph);
  const betweenness = betweennessCentrality(simple, { getEdgeWeight: null, normalized: true });
  const closeness = closenessCentrality(simple, { wassermanFaust: true });
  const raw = louvain(simple, {
    getEdgeWeight: 'weight',
    rng: seededRandom(options.seed ?? LOUVAIN_SEED),
  });
  const renumber = new Map<number, number>();
  return graph.mapNodes((id, attributes) => {
    const found = raw[id] ?? -1;
    let community = renumber.get(found);
    if (community === undefined) {
      community = renumber.size;
      renumber.set(found, community);
    }
    return {
      id,
      name: attributes.name,
      inDegree: graph.inDegree(id),
      outDegree: graph.outDegree(id),
      betweenness: betweenness[id] ?? 0,
      closeness: closeness[id] ?? 0,
      community,
    };
  });
}

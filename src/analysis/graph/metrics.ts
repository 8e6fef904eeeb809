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
import type { AtlasGraph } from './build_graph';
import { betweennessAndCloseness, type SimpleLinks } from './centrality';

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

/**
 * What the metrics need of a network: its node ids and names in order, and its edges as
 * pairs of node indices. Cheap to post to the metrics worker (a graph's export() of 6,000
 * edges with their attributes cost the page ~150 ms to make and copy).
 */
export interface NetworkStructure {
  ids: string[];
  names: string[];
  /** Source and target index of each edge, one after the other. */
  ends: Uint32Array;
}

export function structureOf(graph: AtlasGraph): NetworkStructure {
  const ids: string[] = [];
  const names: string[] = [];
  const index = new Map<string, number>();
  graph.forEachNode((id, attributes) => {
    index.set(id, ids.length);
    ids.push(id);
    names.push(attributes.name);
  });
  const ends = new Uint32Array(graph.size * 2);
  let at = 0;
  graph.forEachEdge((_key, _attributes, source, target) => {
    ends[at] = index.get(source) ?? 0;
    ends[at + 1] = index.get(target) ?? 0;
    at += 2;
  });
  return { ids, names, ends };
}

/**
 * In- and out-degree of each node, by index: every relationship counts, parallel ones and
 * self loops included. Cheap enough for the page (the node table shows them at once).
 */
export function degreesOf(structure: NetworkStructure): {
  inDegree: Uint32Array;
  outDegree: Uint32Array;
} {
  const { ids, ends } = structure;
  const inDegree = new Uint32Array(ids.length);
  const outDegree = new Uint32Array(ids.length);
  for (let at = 0; at < ends.length; at += 2) {
    const source = ends[at] ?? 0;
    const target = ends[at + 1] ?? 0;
    outDegree[source] = (outDegree[source] ?? 0) + 1;
    inDegree[target] = (inDegree[target] ?? 0) + 1;
  }
  return { inDegree, outDegree };
}

function simpleGraphOf(structure: NetworkStructure): DirectedGraph<object, { weight: number }> {
  const simple = new DirectedGraph<object, { weight: number }>();
  for (const id of structure.ids) simple.addNode(id);
  const { ids, ends } = structure;
  for (let at = 0; at < ends.length; at += 2) {
    const source = ids[ends[at] ?? 0] ?? '';
    const target = ids[ends[at + 1] ?? 0] ?? '';
    if (source === target) continue;
    if (simple.hasEdge(source, target)) {
      simple.updateEdgeAttribute(source, target, 'weight', (weight = 0) => weight + 1);
    } else {
      simple.addDirectedEdge(source, target, { weight: 1 });
    }
  }
  return simple;
}

/** The links of the simple directed graph behind the network, by node index. */
function simpleLinks(structure: NetworkStructure): SimpleLinks {
  const order = structure.ids.length;
  const seen = new Set<number>();
  const links: number[] = [];
  const { ends } = structure;
  for (let at = 0; at < ends.length; at += 2) {
    const source = ends[at] ?? 0;
    const target = ends[at + 1] ?? 0;
    const pair = source * order + target;
    if (source === target || seen.has(pair)) continue;
    seen.add(pair);
    links.push(source, target);
  }
  return { order, links: Uint32Array.from(links) };
}

/** The simple directed graph behind the network: one link per ordered pair, weighted. */
export function simpleGraph(graph: AtlasGraph): DirectedGraph<object, { weight: number }> {
  return simpleGraphOf(structureOf(graph));
}

export interface MetricsOptions {
  /** Seed of Louvain's random generator (default LOUVAIN_SEED). */
  seed?: number;
}

/** One row per node, in the graph's node order. */
export function computeMetrics(graph: AtlasGraph, options: MetricsOptions = {}): NodeMetrics[] {
  return structureMetrics(structureOf(graph), options);
}

/** computeMetrics of a network given by its structure (in the metrics worker). */
export function structureMetrics(
  structure: NetworkStructure,
  options: MetricsOptions = {},
): NodeMetrics[] {
  const { ids, names } = structure;
  if (ids.length === 0) return [];
  const simple = simpleGraphOf(structure);
  const { betweenness, closeness } = betweennessAndCloseness(simpleLinks(structure));
  const raw = louvain(simple, {
    getEdgeWeight: 'weight',
    rng: seededRandom(options.seed ?? LOUVAIN_SEED),
  });
  const { inDegree, outDegree } = degreesOf(structure);
  const renumber = new Map<number, number>();
  return ids.map((id, at) => {
    const found = raw[id] ?? -1;
    let community = renumber.get(found);
    if (community === undefined) {
      community = renumber.size;
      renumber.set(found, community);
    }
    return {
      id,
      name: names[at] ?? '',
      inDegree: inDegree[at] ?? 0,
      outDegree: outDegree[at] ?? 0,
      betweenness: betweenness[at] ?? 0,
      closeness: closeness[at] ?? 0,
      community,
    };
  });
}

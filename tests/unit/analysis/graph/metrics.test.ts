import { buildGraph } from '../../../../src/analysis/graph/build_graph';
import {
  computeMetrics,
  type NodeMetrics,
  seededRandom,
  simpleGraph,
} from '../../../../src/analysis/graph/metrics';
import { networkDataset } from './graph_fixture';

function byId(rows: NodeMetrics[]): Record<string, NodeMetrics> {
  return Object.fromEntries(rows.map((row) => [row.id, row]));
}

describe('computeMetrics on a directed path a → b → c → d', () => {
  const rows = computeMetrics(
    buildGraph(
      networkDataset(
        ['a', 'b', 'c', 'd'],
        [
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'd'],
        ],
      ),
    ),
  );
  const m = byId(rows);

  it('returns one plain row per node, in node order, with its name', () => {
    expect(rows.map((row) => row.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(m.a?.name).toBe('A');
    expect(Object.keys(m.a ?? {})).toEqual([
      'id',
      'name',
      'inDegree',
      'outDegree',
      'betweenness',
      'closeness',
      'community',
    ]);
  });

  it('counts in- and out-degree', () => {
    // a: 0 in, 1 out; b, c: 1 and 1; d: 1 in, 0 out.
    expect(rows.map((row) => [row.inDegree, row.outDegree])).toEqual([
      [0, 1],
      [1, 1],
      [1, 1],
      [1, 0],
    ]);
  });

  it('computes betweenness by hand', () => {
    // Ordered pairs (s, t) whose only shortest path goes through v:
    //   b: a→c, a→d = 2;   c: a→d, b→d = 2;   a, d: none.
    // Normalised by (N − 1)(N − 2) = 3 × 2 = 6: b = c = 2/6 = 1/3.
    expect(m.a?.betweenness).toBe(0);
    expect(m.b?.betweenness).toBeCloseTo(1 / 3, 12);
    expect(m.c?.betweenness).toBeCloseTo(1 / 3, 12);
    expect(m.d?.betweenness).toBe(0);
  });

  it('computes closeness (incoming, Wasserman–Faust) by hand', () => {
    // closeness(v) = (r / (N − 1)) × (r / Σd), r = nodes that reach v, Σd their distances.
    //   a: reached by nobody → 0
    //   b: a at 1            → r = 1, Σd = 1 → (1/3) × (1/1) = 1/3
    //   c: a at 2, b at 1    → r = 2, Σd = 3 → (2/3) × (2/3) = 4/9
    //   d: a 3, b 2, c 1     → r = 3, Σd = 6 → (3/3) × (3/6) = 1/2
    expect(m.a?.closeness).toBe(0);
    expect(m.b?.closeness).toBeCloseTo(1 / 3, 12);
    expect(m.c?.closeness).toBeCloseTo(4 / 9, 12);
    expect(m.d?.closeness).toBeCloseTo(1 / 2, 12);
  });
});

describe('computeMetrics on a star l1, l2 → h → l3, l4', () => {
  const edges = [
    ['l1', 'h'],
    ['l2', 'h'],
    ['h', 'l3'],
    ['h', 'l4'],
  ] as const;
  const ids = ['h', 'l1', 'l2', 'l3', 'l4'];
  const m = byId(computeMetrics(buildGraph(networkDataset(ids, edges))));

  it('counts degrees', () => {
    expect([m.h?.inDegree, m.h?.outDegree]).toEqual([2, 2]);
    expect([m.l1?.inDegree, m.l1?.outDegree]).toEqual([0, 1]);
    expect([m.l3?.inDegree, m.l3?.outDegree]).toEqual([1, 0]);
  });

  it('computes betweenness by hand', () => {
    // Through h: l1→l3, l1→l4, l2→l3, l2→l4 = 4; normalised by (5 − 1)(5 − 2) = 12 → 1/3.
    expect(m.h?.betweenness).toBeCloseTo(1 / 3, 12);
    for (const leaf of ['l1', 'l2', 'l3', 'l4']) expect(m[leaf]?.betweenness).toBe(0);
  });

  it('computes closeness by hand', () => {
    //   l1, l2: reached by nobody → 0
    //   h: l1, l2 at 1               → r = 2, Σd = 2 → (2/4) × (2/2) = 1/2
    //   l3 (and l4): h at 1, l1, l2 at 2 → r = 3, Σd = 5 → (3/4) × (3/5) = 9/20
    expect(m.l1?.closeness).toBe(0);
    expect(m.h?.closeness).toBeCloseTo(1 / 2, 12);
    expect(m.l3?.closeness).toBeCloseTo(9 / 20, 12);
    expect(m.l4?.closeness).toBeCloseTo(9 / 20, 12);
  });

  it('counts a parallel relationship in the degree but not in the paths', () => {
    // l1 → h a second time, with another type: h has 3 incoming relationships, but the
    // shortest paths, hence betweenness and closeness, do not change.
    const graph = buildGraph(networkDataset(ids, [...edges, ['l1', 'h', 'funds']]));
    const multi = byId(computeMetrics(graph));
    expect(multi.h?.inDegree).toBe(3);
    expect(multi.l1?.outDegree).toBe(2);
    expect(multi.h?.betweenness).toBeCloseTo(1 / 3, 12);
    expect(multi.h?.closeness).toBeCloseTo(1 / 2, 12);
    const simple = simpleGraph(graph);
    expect(simple.size).toBe(4);
    expect(simple.getEdgeAttribute('l1', 'h', 'weight')).toBe(2);
  });
});

describe('communities', () => {
  // Two directed triangles a→b→c→a and d→e→f→d joined by c → d (m = 7 links).
  // Directed modularity Q = Σ_c [L_c / m − (out_c × in_c) / m²]:
  //   {abc}, {def}: L = 3 and 3; out = 4, 3; in = 3, 4 → 6/7 − (12 + 12)/49 = 18/49 ≈ 0.367
  //   everything together: 7/7 − (7 × 7)/49 = 0
  // so the best split is the two triangles.
  const dataset = networkDataset(
    ['a', 'b', 'c', 'd', 'e', 'f', 'alone'],
    [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'a'],
      ['d', 'e'],
      ['e', 'f'],
      ['f', 'd'],
      ['c', 'd'],
    ],
  );

  it('finds the two triangles, numbered in node order, an isolated node on its own', () => {
    const rows = computeMetrics(buildGraph(dataset));
    expect(rows.map((row) => row.community)).toEqual([0, 0, 0, 1, 1, 1, 2]);
  });

  it('gives the same communities every time (seeded)', () => {
    const first = computeMetrics(buildGraph(dataset), { seed: 7 });
    for (let i = 0; i < 5; i++)
      expect(computeMetrics(buildGraph(dataset), { seed: 7 })).toEqual(first);
    expect(computeMetrics(buildGraph(dataset))).toEqual(computeMetrics(buildGraph(dataset)));
  });

  it('handles an empty graph and a graph without edges', () => {
    expect(computeMetrics(buildGraph(networkDataset([], [])))).toEqual([]);
    const rows = computeMetrics(buildGraph(networkDataset(['x', 'y'], [])));
    expect(rows).toEqual([
      { id: 'x', name: 'X', inDegree: 0, outDegree: 0, betweenness: 0, closeness: 0, community: 0 },
      { id: 'y', name: 'Y', inDegree: 0, outDegree: 0, betweenness: 0, closeness: 0, community: 1 },
    ]);
  });
});

describe('seededRandom', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const values = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(values);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(seededRandom(43)()).not.toBe(values[0]);
  });
});

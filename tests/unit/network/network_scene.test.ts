import { buildGraph, pruneGraph } from '../../../src/analysis/graph/build_graph';
import { focusOf } from '../../../src/analysis/graph/shown_network';
import { EDGE_STYLES, nodeRadius, ORG_TYPE_COLORS } from '../../../src/network/appearance';
import {
  applyAppearance,
  applyFocus,
  chooseLabels,
  createScene,
  edgeGeometry,
  edgeGroups,
  edgeOpacity,
  fitTransform,
  labelAnchor,
  nodeAt,
  nodeGroups,
  nodeOpacity,
  nodeStroke,
  type Scene,
} from '../../../src/network/network_scene';
import { networkDataset } from '../analysis/graph/graph_fixture';

/** a → b (funds), b → c (coordinates), c → d; e alone. */
function chainGraph() {
  return buildGraph(
    networkDataset(
      ['a', 'b', 'c', 'd', 'e'],
      [
        ['a', 'b', 'funds'],
        ['b', 'c', 'coordinates'],
        ['c', 'd'],
      ],
    ),
  );
}

/** The scene of the chain with the nodes on a row, 100 units apart: a at 0, b at 100, … */
function rowScene(): Scene {
  const scene = createScene(chainGraph(), null, null);
  scene.nodes.forEach((_node, at) => {
    scene.positions[at * 2] = at * 100;
    scene.positions[at * 2 + 1] = 0;
  });
  return scene;
}

describe('the network scene', () => {
  it('has a node per organisation and an edge per relationship, styled by default', () => {
    const scene = createScene(chainGraph(), null, null);
    expect(scene.nodes.map((node) => node.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(scene.nodes[1]).toMatchObject({
      name: 'B',
      degree: 2,
      radius: nodeRadius(2),
      fill: ORG_TYPE_COLORS.ngo,
      context: false,
      pinned: false,
      state: '',
    });
    expect(scene.edges.map((edge) => [edge.key, edge.source, edge.target, edge.type])).toEqual([
      ['r1', 0, 1, 'funds'],
      ['r2', 1, 2, 'coordinates'],
      ['r3', 2, 3, 'partners_with'],
    ]);
    expect(scene.edges[0]).toMatchObject(EDGE_STYLES.funds);
    expect(scene.positions).toHaveLength(10);
  });

  it('keeps the positions of the nodes it had before, new ones start at the centre', () => {
    const before = rowScene();
    const graph = chainGraph();
    graph.dropNode('a');
    graph.addNode('z', { ...graph.getNodeAttributes('b'), id: 'z', name: 'Z' });
    const after = createScene(graph, null, before);
    const at = (id: string) => after.index.get(id) ?? -1;
    expect([after.positions[at('c') * 2], after.positions[at('c') * 2 + 1]]).toEqual([200, 0]);
    expect([after.positions[at('z') * 2], after.positions[at('z') * 2 + 1]]).toEqual([0, 0]);
  });

  it('marks the context partners', () => {
    const graph = pruneGraph(chainGraph(), new Set(['a']), { context: true });
    const scene = createScene(graph, null, null);
    expect(scene.nodes.map((node) => [node.id, node.context])).toEqual([
      ['a', false],
      ['b', true],
    ]);
    expect(nodeStroke(scene.nodes[1] ?? { state: '', context: false, members: 0 })).toEqual({
      color: '#5a6675',
      width: 1,
      dash: '2 2',
    });
  });

  it('takes radius and colour from the appearance', () => {
    const scene = createScene(chainGraph(), null, null);
    applyAppearance(scene, {
      radius: new Map([['a', 20]]),
      color: new Map([['a', '#123456']]),
      colorBy: 'orgType',
      sizeBy: 'betweenness',
      legend: [],
    });
    expect(scene.nodes[0]).toMatchObject({ radius: 20, fill: '#123456' });
    expect(scene.nodes[1]?.radius).toBe(nodeRadius(2));
  });

  it('focuses on a node: its neighbourhood near, the rest faded, and clears', () => {
    const graph = chainGraph();
    const scene = createScene(graph, null, null);
    applyFocus(scene, focusOf(graph, 'b', 1));
    expect(scene.nodes.map((node) => node.state)).toEqual([
      'near',
      'focus',
      'near',
      'faded',
      'faded',
    ]);
    expect(scene.edges.map((edge) => edge.state)).toEqual(['near', 'near', 'faded']);
    expect(nodeOpacity('faded')).toBe(0.1);
    expect(nodeOpacity('near')).toBe(1);
    expect(edgeOpacity('near')).toBe(0.95);
    expect(edgeOpacity('near', 'medium')).toBeLessThan(edgeOpacity('near', 'high'));
    expect(edgeOpacity('faded')).toBe(0.03);
    expect(nodeStroke({ state: 'focus', context: false, members: 0 })).toMatchObject({
      color: '#111111',
      width: 3,
    });
    applyFocus(scene, null);
    expect(new Set(scene.nodes.map((node) => node.state))).toEqual(new Set(['']));
    expect(new Set(scene.edges.map((edge) => edge.state))).toEqual(new Set(['']));
  });

  it('ends an edge with its arrow tip at the target’s rim', () => {
    const scene = rowScene();
    const edge = scene.edges[0];
    if (!edge) throw new Error('no edge');
    const line = edgeGeometry(scene, edge, 1);
    const rim = 100 - (scene.nodes[1]?.radius ?? 0);
    expect(line.x1).toBe(0);
    expect(line.tipX).toBeCloseTo(rim - 1.5);
    expect(line.x2).toBeCloseTo(rim - 1.5 - 7);
    expect([line.y1, line.y2, line.tipY]).toEqual([0, 0, 0]);
  });

  it('finds the node under a point, with some slack around small ones', () => {
    const scene = rowScene();
    const radius = scene.nodes[1]?.radius ?? 0;
    expect(nodeAt(scene, 100, 0)).toBe(1);
    expect(nodeAt(scene, 100 + radius - 0.5, 0)).toBe(1);
    expect(nodeAt(scene, 100 + radius + 2, 0)).toBe(-1);
    expect(nodeAt(scene, 100 + radius + 2, 0, 3)).toBe(1);
    expect(nodeAt(scene, 50, 0)).toBe(-1);
    expect(nodeAt(scene, 401, 1)).toBe(4);
    // Where two nodes overlap, the nearest centre wins.
    scene.positions[2] = 5;
    expect(nodeAt(scene, 4, 0)).toBe(1);
    expect(nodeAt(scene, 1, 0)).toBe(0);
  });

  it('labels the nodes in view, and only the neighbourhood of a focus, the focus first', () => {
    const graph = chainGraph();
    const scene = rowScene();
    const nodes = (chosen: { placements: { node: number }[] }) =>
      chosen.placements.map((placement) => placement.node);
    const inside = { x: 50, y: 50, k: 1 };
    expect(nodes(chooseLabels(scene, inside, 1000, 500)).sort()).toEqual([0, 1, 2, 3, 4]);
    // Only whole labels of what is in a 250 px wide view (d and e are beyond it).
    const narrow = nodes(chooseLabels(scene, inside, 250, 500));
    expect(narrow).toEqual(expect.arrayContaining([0, 1]));
    expect(narrow).not.toContain(3);
    expect(narrow).not.toContain(4);
    applyFocus(scene, focusOf(graph, 'c', 1));
    expect(nodes(chooseLabels(scene, inside, 1000, 500))).toEqual([2, 1, 3]);
    expect(labelAnchor(scene, { node: 2, dx: 10, dy: 4, align: 'start' }, 2)).toEqual([205, 2]);
    // Nothing under what covers the drawing.
    const covered = chooseLabels(scene, inside, 1000, 500, { obstacles: [[200, 0, 1000, 100]] });
    expect(nodes(covered).every((node) => node < 2)).toBe(true);
  });

  it('fits every node in the view', () => {
    const scene = rowScene();
    const view = fitTransform(scene, 1000, 500);
    const left = view.x + view.k * (0 - (scene.nodes[0]?.radius ?? 0));
    const right = view.x + view.k * (400 + (scene.nodes[4]?.radius ?? 0));
    expect(left).toBeGreaterThan(0);
    expect(right).toBeLessThan(1000);
    expect((left + right) / 2).toBeCloseTo(500);
    expect(
      fitTransform(createScene(buildGraph(networkDataset([], [])), null, null), 800, 400),
    ).toEqual({
      x: 400,
      y: 200,
      k: 1,
    });
  });

  it('groups nodes by state, fill and ring, and edges by state and type, faded at the back', () => {
    const graph = chainGraph();
    const scene = createScene(graph, null, null);
    expect(nodeGroups(scene)).toEqual([[0, 1, 2, 3, 4]]);
    expect(edgeGroups(scene)).toEqual([[0], [1], [2]]);
    applyFocus(scene, focusOf(graph, 'b', 1));
    expect(nodeGroups(scene)).toEqual([[3, 4], [0, 2], [1]]);
    expect(edgeGroups(scene)).toEqual([[2], [0], [1]]);
  });
});

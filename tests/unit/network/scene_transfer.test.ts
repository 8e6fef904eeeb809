import { buildGraph, pruneGraph } from '../../../src/analysis/graph/build_graph';
import { focusOf } from '../../../src/analysis/graph/shown_network';
import { applyFocus, createScene } from '../../../src/network/network_scene';
import { packScene, unpackScene } from '../../../src/network/scene_transfer';
import { networkDataset } from '../analysis/graph/graph_fixture';

describe('a scene posted to the render worker', () => {
  it('arrives with what drawing needs: names, radii, fills, states, context, ends, types', () => {
    const full = buildGraph(
      networkDataset(
        ['a', 'b', 'c'],
        [
          ['a', 'b', 'funds'],
          ['b', 'c', 'supervises'],
        ],
      ),
    );
    const graph = pruneGraph(full, new Set(['a', 'b']), { context: true });
    const scene = createScene(graph, null, null);
    applyFocus(scene, focusOf(graph, 'a', 1));
    const copy = unpackScene(structuredClone(packScene(scene)));
    const drawn = (list: object[], keys: string[]) =>
      list.map((item) =>
        Object.fromEntries(keys.map((key) => [key, item[key as keyof typeof item]])),
      );
    const nodeKeys = ['name', 'radius', 'fill', 'state', 'context'];
    const edgeKeys = ['source', 'target', 'type', 'color', 'dash', 'state'];
    expect(drawn(copy.nodes, nodeKeys)).toEqual(drawn(scene.nodes, nodeKeys));
    expect(drawn(copy.edges, edgeKeys)).toEqual(drawn(scene.edges, edgeKeys));
    expect(copy.nodes.map((node) => node.context)).toEqual([false, false, true]);
  });
});

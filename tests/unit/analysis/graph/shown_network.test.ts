import { buildGraph } from '../../../../src/analysis/graph/build_graph';
import {
  edgeSources,
  findNode,
  focusOf,
  networkOf,
} from '../../../../src/analysis/graph/shown_network';
import { NO_FILTERS } from '../../../../src/explore/filters';
import { emptyDataset } from '../../../../src/model/dataset';
import { org, rel } from './graph_fixture';

function small() {
  const dataset = emptyDataset();
  dataset.organizations.push(
    org('a', 'Alpha'),
    org('b', 'Beta', 'regional'),
    org('c', 'Gamma'),
    org('d', 'Delta'),
  );
  dataset.relationships.push(
    { ...rel('ab', 'a', 'b', 'funds'), source: 'S1' },
    { ...rel('bc', 'b', 'c', 'coordinates'), source: 'S1' },
    { ...rel('cd', 'c', 'd', 'partners_with'), source: 'S2' },
  );
  return dataset;
}

describe('the network shown', () => {
  it('shows every organisation without filters, and prunes to the visible sites with filters', () => {
    const graph = buildGraph(small());
    const options = { context: false, types: [], levels: [] };
    expect(networkOf(graph, NO_FILTERS, [], options).order).toBe(4);
    const filtered = { ...NO_FILTERS, text: 'x' };
    const visible = [{ organization: { id: 'b' } }];
    expect(networkOf(graph, filtered, visible, options).nodes()).toEqual(['b']);
    expect(networkOf(graph, filtered, visible, { ...options, context: true }).nodes()).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(networkOf(graph, NO_FILTERS, [], { ...options, types: ['funds'] }).size).toBe(1);
    expect(networkOf(graph, NO_FILTERS, [], { ...options, levels: ['regional'] }).nodes()).toEqual([
      'b',
    ]);
  });

  it('focuses on a neighbourhood, finds names and counts sources', () => {
    const graph = buildGraph(small());
    expect([...(focusOf(graph, 'a', 1)?.nodes.keys() ?? [])]).toEqual(['a', 'b']);
    expect(focusOf(graph, 'a', 2)?.nodes.size).toBe(3);
    expect(focusOf(graph, 'zz', 1)).toBeNull();
    expect(findNode(graph, 'gam')).toBe('c');
    expect(findNode(graph, 'BETA')).toBe('b');
    expect(findNode(graph, 'nothing')).toBeNull();
    expect(edgeSources(graph)).toEqual([
      { source: 'S1', count: 2 },
      { source: 'S2', count: 1 },
    ]);
  });
});

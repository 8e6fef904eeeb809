import { buildGraph } from '../../../../src/analysis/graph/build_graph';
import {
  DEFAULT_NETWORK_OPTIONS,
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
    const options = { ...DEFAULT_NETWORK_OPTIONS, scope: 'all' as const };
    const shown = (...args: Parameters<typeof networkOf>) => networkOf(...args).graph;
    expect(shown(graph, NO_FILTERS, [], options).order).toBe(4);
    const filtered = { ...NO_FILTERS, text: 'x' };
    const visible = [{ organization: { id: 'b' } }];
    expect(shown(graph, filtered, visible, options).nodes()).toEqual(['b']);
    expect(shown(graph, filtered, visible, { ...options, context: true }).nodes()).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(shown(graph, NO_FILTERS, [], { ...options, types: ['funds'] }).size).toBe(1);
    expect(shown(graph, NO_FILTERS, [], { ...options, levels: ['regional'] }).nodes()).toEqual([
      'b',
    ]);
  });

  it('opens on the organisations that coordinate, fund or refer, with all their links', () => {
    const graph = buildGraph(small());
    // d only partners with c: it is left out, and so is the partnership.
    const shown = networkOf(graph, NO_FILTERS, [], DEFAULT_NETWORK_OPTIONS).graph;
    expect(shown.nodes()).toEqual(['a', 'b', 'c']);
    expect(shown.size).toBe(2);
    // The explorer's filters choose the organisations themselves: all that pass are shown.
    const visible = [{ organization: { id: 'd' } }];
    expect(
      networkOf(
        graph,
        { ...NO_FILTERS, text: 'x' },
        visible,
        DEFAULT_NETWORK_OPTIONS,
      ).graph.nodes(),
    ).toEqual(['d']);
  });

  it('filters the edges by confidence', () => {
    const dataset = small();
    dataset.relationships = dataset.relationships.map((relationship) =>
      relationship.id === 'ab' ? { ...relationship, confidence: 'medium' } : relationship,
    );
    const options = { ...DEFAULT_NETWORK_OPTIONS, scope: 'all' as const };
    const medium = networkOf(buildGraph(dataset), NO_FILTERS, [], {
      ...options,
      confidences: ['medium'],
    }).graph;
    expect(medium.edges()).toEqual(['ab']);
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

// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { NO_FILTERS } from '../../../../src/explore/filters';
import { buildGraph } from '../../../../src/graph/build_graph';
import GraphView from '../../../../src/graph/GraphView';
import {
  edgeSources,
  findNode,
  focusOf,
  networkOf,
  pickLabels,
  staticLayoutEngine,
} from '../../../../src/graph/graph_controller';
import { networkMessages } from '../../../../src/i18n/messages/network';
import { emptyDataset } from '../../../../src/model/dataset';
import { giveElementsASize } from '../../jsdom_size';
import { loadedStore, renderAtlas } from '../../ui/render_atlas';
import { org, rel } from '../graph_fixture';

giveElementsASize();

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

describe('the network view logic', () => {
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

  it('keeps labels from overlapping', () => {
    const chosen = pickLabels(
      [
        { id: 'big', text: 'A long label', x: 0, y: 0, r: 5, priority: 10 },
        { id: 'near', text: 'Overlapping', x: 10, y: 2, r: 2, priority: 5 },
        { id: 'far', text: 'Far away', x: 0, y: 100, r: 2, priority: 1 },
      ],
      10,
    );
    expect(chosen).toEqual(['big', 'far']);
  });
});

describe('GraphView', () => {
  it('draws the curated network, focuses on a selected organisation and selects on click', async () => {
    const store = loadedStore();
    const { container } = renderAtlas(<GraphView createEngine={staticLayoutEngine} />, { store });
    const i18n = networkMessages.fr;
    expect(screen.getByTestId('network-counts').textContent).toMatch(/organisations, .* relations/);
    const nodes = container.querySelectorAll('circle.network-node');
    expect(nodes.length).toBe(store.getState().dataset.organizations.length);
    const spw = store
      .getState()
      .dataset.organizations.find((o) => o.name === 'SPW Intérieur et Action sociale');
    expect(spw).toBeDefined();
    if (!spw) return;
    fireEvent.change(screen.getByLabelText(i18n.search), { target: { value: 'SPW Intérieur' } });
    fireEvent.click(screen.getByRole('button', { name: i18n.searchButton }));
    expect(store.getState().selection).toEqual({ kind: 'organization', id: spw.id });
    const focused = container.querySelector(`circle[data-id="${spw.id}"]`);
    expect(focused?.getAttribute('data-state')).toBe('focus');
    expect(container.querySelectorAll('circle[data-state="faded"]').length).toBeGreaterThan(100);
    // A node click selects its organisation.
    const other = container.querySelector('circle[data-state="near"]');
    const otherId = other?.getAttribute('data-id');
    if (other) fireEvent.click(other);
    expect(store.getState().selection).toEqual({ kind: 'organization', id: otherId });
    // The node table arrives with the metrics and selects too.
    const table = await screen.findByRole('table', { name: /Organisations du réseau/ });
    // Only the rows in view are drawn: sorted by name from Z to A, the SPW comes near the top.
    const rows = () => within(table).getAllByRole('row').length;
    expect(rows()).toBeLessThan(store.getState().dataset.organizations.length / 2);
    act(() =>
      within(table)
        .getByRole('button', { name: /Organisation/ })
        .click(),
    );
    act(() =>
      within(table)
        .getByRole('button', { name: /Organisation/ })
        .click(),
    );
    const button = await within(table).findByRole('button', {
      name: 'SPW Intérieur et Action sociale',
    });
    act(() => button.click());
    expect(store.getState().selection).toEqual({ kind: 'organization', id: spw.id });
  }, 60_000);
});

// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { networkMessages } from '../../../../src/i18n/messages/network';
import { staticLayoutEngine } from '../../../../src/network/layout_engine';
import GraphView from '../../../../src/ui/network/GraphView';
import { giveElementsASize } from '../../jsdom_size';
import { loadedStore, renderAtlas } from '../render_atlas';
import { clickNode, laidOut, network, nodeStates } from './network_probe';

giveElementsASize();

describe('GraphView', () => {
  it('draws the curated network, focuses on a selected organisation and selects on click', async () => {
    const store = loadedStore();
    const { container } = renderAtlas(<GraphView createEngine={staticLayoutEngine} />, { store });
    const i18n = networkMessages.fr;
    expect(screen.getByTestId('network-counts').textContent).toMatch(/organisations, .* relations/);
    // A canvas, no SVG: the test hook says what it draws.
    expect(container.querySelector('canvas.network-surface')).toHaveAttribute('role', 'img');
    expect(container.querySelector('canvas.network-surface')).toHaveAttribute(
      'aria-label',
      i18n.svgTitle,
    );
    expect(container.querySelector('canvas.network-surface')).toHaveAccessibleDescription(
      i18n.drawingHelp,
    );
    expect(container.querySelector('svg')).toBeNull();
    expect(network().nodes()).toBe(store.getState().dataset.organizations.length);
    expect(network().edges()).toBe(store.getState().dataset.relationships.length);
    expect(network().canvas()).toMatchObject({ width: 1000, height: 600, drawing: false });
    await laidOut();
    const spw = store
      .getState()
      .dataset.organizations.find((o) => o.name === 'SPW Intérieur et Action sociale');
    expect(spw).toBeDefined();
    if (!spw) return;
    fireEvent.change(screen.getByLabelText(i18n.search), { target: { value: 'SPW Intérieur' } });
    fireEvent.click(screen.getByRole('button', { name: i18n.searchButton }));
    expect(store.getState().selection).toEqual({ kind: 'organization', id: spw.id });
    expect(network().node(spw.id)?.state).toBe('focus');
    expect(nodeStates().faded).toBeGreaterThan(100);
    expect(network().labels()[0]).toBe(spw.id);
    // A click on a node in the canvas selects its organisation.
    const other = network()
      .nodeIds()
      .find((id) => network().node(id)?.state === 'near');
    if (!other) throw new Error('no neighbour');
    clickNode(container, other);
    expect(store.getState().selection).toEqual({ kind: 'organization', id: other });
    // A click on empty space selects nothing.
    fireEvent.click(container.querySelector('canvas') as HTMLCanvasElement, {
      clientX: 1,
      clientY: 599,
    });
    expect(store.getState().selection).toEqual({ kind: 'organization', id: other });
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

  it('sizes and colours the nodes as chosen, and the legend over the drawing follows', async () => {
    const store = loadedStore();
    renderAtlas(<GraphView createEngine={staticLayoutEngine} />, { store });
    const i18n = networkMessages.fr;
    const legend = screen.getByTestId('network-legend');
    expect(legend).toHaveTextContent(i18n.colorOption.orgType);
    expect(legend).toHaveTextContent('CPAS');
    expect(legend).toHaveTextContent(i18n.legendEdges);
    expect(legend).toHaveTextContent(i18n.legendSizeBy.degree);
    const ids = network().nodeIds();
    const radii = () => ids.map((id) => network().node(id)?.radius).join();
    const fills = () => new Set(ids.map((id) => network().node(id)?.fill));
    const byDegree = radii();
    await screen.findByRole('table', { name: /Organisations du réseau/ });
    fireEvent.change(screen.getByLabelText(i18n.sizeBy), { target: { value: 'services' } });
    fireEvent.change(screen.getByLabelText(i18n.colorBy), { target: { value: 'level' } });
    expect(radii()).not.toBe(byDegree);
    expect(fills().size).toBeGreaterThan(2);
    expect(legend).toHaveTextContent(i18n.legendSizeBy.services);
    expect(legend).toHaveTextContent(i18n.colorOption.level);
    expect(legend).not.toHaveTextContent('CPAS');
  }, 60_000);
});

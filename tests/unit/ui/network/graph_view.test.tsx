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
    // It opens on the few dozen organisations that coordinate, fund and refer, the 261 CPAS
    // and the 261 communes as two groups.
    expect(network().nodes()).toBeGreaterThan(20);
    expect(network().nodes()).toBeLessThan(60);
    expect(network().node('group:cpas')?.name).toBe('261 CPAS');
    expect(network().node('group:local_authority')?.name).toBe('261 communes');
    expect(network().canvas()).toMatchObject({ width: 1000, height: 600, drawing: false });
    await laidOut();
    expect(network().labels()).toEqual(
      expect.arrayContaining(['group:cpas', 'group:local_authority']),
    );
    const spw = store
      .getState()
      .dataset.organizations.find((o) => o.name === 'SPW Intérieur et Action sociale');
    expect(spw).toBeDefined();
    if (!spw) return;
    fireEvent.change(screen.getByLabelText(i18n.search), { target: { value: 'SPW Intérieur' } });
    fireEvent.click(screen.getByRole('button', { name: i18n.searchButton }));
    expect(store.getState().selection).toEqual({ kind: 'organization', id: spw.id });
    expect(network().node(spw.id)?.state).toBe('focus');
    expect(nodeStates().faded).toBeGreaterThan(10);
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

describe('GraphView groups and scope', () => {
  it('opens "261 CPAS" into its members on a click, and shows everything on request', async () => {
    const store = loadedStore();
    const { container } = renderAtlas(<GraphView createEngine={staticLayoutEngine} />, { store });
    await laidOut();
    const before = network().nodes();
    clickNode(container, 'group:cpas');
    await laidOut();
    expect(network().node('group:cpas')).toBeNull();
    const cpas = store.getState().dataset.organizations.filter((o) => o.org_type === 'cpas');
    expect(network().nodes()).toBe(before - 1 + cpas.length);
    expect(cpas.every((organization) => network().node(organization.id) !== null)).toBe(true);
    // Grouped again from the side panel.
    fireEvent.click(screen.getByRole('button', { name: 'Regrouper : 261 CPAS' }));
    await laidOut();
    expect(network().node('group:cpas')?.name).toBe('261 CPAS');
    // Every organisation and every relationship, once both groups are open.
    fireEvent.click(screen.getByRole('radio', { name: 'Toutes' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ouvrir : 261 CPAS' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ouvrir : 261 communes' }));
    await laidOut();
    expect(network().nodes()).toBe(store.getState().dataset.organizations.length);
    expect(network().edges()).toBe(store.getState().dataset.relationships.length);
  }, 60_000);

  it('draws an organisation selected elsewhere apart from its group', async () => {
    const store = loadedStore();
    const liege = store
      .getState()
      .dataset.organizations.find((organization) => organization.name === 'CPAS de Liège');
    if (!liege) throw new Error('the curated data has the CPAS de Liège');
    store.getState().select({ kind: 'organization', id: liege.id });
    renderAtlas(<GraphView createEngine={staticLayoutEngine} />, { store });
    await laidOut();
    expect(network().node(liege.id)?.state).toBe('focus');
    expect(network().node('group:cpas')?.name).toBe('260 CPAS');
  }, 60_000);

  it('filters the relationships by confidence, and lays the network out by level', async () => {
    const store = loadedStore();
    renderAtlas(<GraphView createEngine={staticLayoutEngine} />, { store });
    await laidOut();
    const all = network().edges();
    fireEvent.click(screen.getByRole('checkbox', { name: /^Moyenne/ }));
    await laidOut();
    expect(network().edges()).toBeLessThan(all);
    expect(network().edges()).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('radio', { name: 'Par niveau de pouvoir' }));
    await laidOut();
    expect(network().layoutMode()).toBe('levels');
    // Each level on its own row, international above federal, federal above local.
    const y = (id: string) => network().node(id)?.clientY ?? Number.NaN;
    const byName = (name: string) =>
      store
        .getState()
        .dataset.organizations.find((organization) => organization.name.startsWith(name))?.id ?? '';
    expect(y(byName('OIM / IOM'))).toBeLessThan(y(byName('Fedasil')));
    expect(y(byName('Fedasil'))).toBeLessThan(y('group:cpas'));
  }, 60_000);
});

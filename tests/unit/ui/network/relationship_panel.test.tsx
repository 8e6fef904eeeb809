// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { emptyDataset } from '../../../../src/model/dataset';
import { stableId } from '../../../../src/model/ids';
import { staticLayoutEngine } from '../../../../src/network/layout_engine';
import GraphView from '../../../../src/ui/network/GraphView';
import { org, rel } from '../../analysis/graph/graph_fixture';
import { loadedStore, renderAtlas } from '../render_atlas';
import { clickNode, laidOut, network } from './network_probe';

/** Ids as the data has them (the forms check them): `id('a')` is Alpha's. */
const id = (key: string) => stableId('organization', key);

/** Four organisations in a chain: Alpha funds Beta, Beta coordinates Gamma; Delta alone. */
function chain() {
  const dataset = emptyDataset();
  dataset.organizations.push(
    org(id('a'), 'Alpha'),
    org(id('b'), 'Beta'),
    org(id('c'), 'Gamma'),
    org(id('d'), 'Delta'),
  );
  dataset.relationships.push(
    { ...rel(stableId('relationship', 'ab'), id('a'), id('b'), 'funds'), source: 'source of ab' },
    rel(stableId('relationship', 'bc'), id('b'), id('c'), 'coordinates'),
  );
  return dataset;
}

async function renderNetwork() {
  const store = loadedStore(chain());
  store.getState().setAuthor('Ana');
  store.getState().select({ kind: 'organization', id: id('a') });
  const view = renderAtlas(<GraphView createEngine={staticLayoutEngine} />, { store });
  const labels = () => store.getState().history.done.map((transaction) => transaction.label);
  // Every organisation, Delta too (it coordinates, funds and refers to no one).
  fireEvent.click(screen.getByRole('radio', { name: 'Toutes' }));
  await laidOut();
  return { ...view, store, labels, click: (key: string) => clickNode(view.container, id(key)) };
}

const ab = stableId('relationship', 'ab');
const bc = stableId('relationship', 'bc');

/** The relationship form of the network panel: the detail panel's own form. */
function relationshipForm() {
  return screen.getByRole('form', { name: /relation/i });
}

function fillRelationship(type: string, source: string) {
  const form = relationshipForm();
  fireEvent.change(within(form).getByRole('combobox', { name: 'Relation' }), {
    target: { value: type },
  });
  fireEvent.change(within(form).getByRole('textbox', { name: /^Source/ }), {
    target: { value: source },
  });
}

/** Types in an organisation picker and chooses the option named `name`. */
function pick(input: HTMLElement, typed: string, name: RegExp) {
  fireEvent.change(input, { target: { value: typed } });
  fireEvent.click(screen.getByRole('option', { name }));
}

describe('drawing relationships in the network', { timeout: 30_000 }, () => {
  it('draws a new relationship to a node clicked in the drawing, as one transaction', async () => {
    const { store, labels, click, container } = await renderNetwork();
    fireEvent.click(screen.getByRole('button', { name: 'Nouvelle relation depuis Alpha' }));
    const form = relationshipForm();
    // The form of the detail panel, from the focused organisation.
    expect(within(form).getByRole('combobox', { name: /^Organisation$/ })).toHaveValue('Alpha');
    // Nothing is saved while the form is incomplete; each problem is said.
    fireEvent.click(within(form).getByRole('button', { name: 'Créer' }));
    const target = within(form).getByRole('combobox', { name: /Organisation liée/ });
    expect(target).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByRole('textbox', { name: /^Source/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(labels()).toEqual([]);

    // While drawing, a node click picks the target instead of selecting it.
    expect(screen.getByTestId('network-canvas').querySelector('canvas')).toHaveAttribute(
      'data-picking',
    );
    click('d');
    expect(store.getState().selection).toEqual({ kind: 'organization', id: id('a') });
    expect(target).toHaveValue('Delta');
    // Changed by name, then the same node clicked again: it is the target again.
    pick(target, 'gam', /^Gamma/);
    click('d');
    expect(target).toHaveValue('Delta');
    fillRelationship('refers_to', 'Convention de partenariat 2024');
    fireEvent.click(within(form).getByRole('button', { name: 'Créer' }));

    expect(labels()).toEqual(['createRelationship']);
    const created = store
      .getState()
      .dataset.relationships.find((item) => item.target_organization_id === id('d'));
    expect(created).toMatchObject({
      source_organization_id: id('a'),
      type: 'refers_to',
      source: 'Convention de partenariat 2024',
      confidence: '',
    });
    expect(network().edge(created?.id ?? '')).toMatchObject({ type: 'refers_to', state: 'near' });
    expect(container.querySelector('.network-status')).toHaveTextContent('Relation ajoutée.');
    expect(screen.getByText(/Relations de Alpha \(2\)/)).toBeInTheDocument();
    // Done drawing: node clicks select again.
    expect(screen.getByTestId('network-canvas').querySelector('canvas')).not.toHaveAttribute(
      'data-picking',
    );
    click('c');
    expect(store.getState().selection).toEqual({ kind: 'organization', id: id('c') });
  });

  it('opens on the organisation to link, says how to pick it, and gives the focus back', async () => {
    const { click } = await renderNetwork();
    const opener = screen.getByRole('button', { name: 'Nouvelle relation depuis Alpha' });
    fireEvent.click(opener);
    const form = relationshipForm();
    expect(within(form).getByRole('combobox', { name: /Organisation liée/ })).toHaveFocus();
    expect(within(form).getByText(/Cliquez dans le dessin l’organisation liée/)).toBeVisible();
    // A click on the organisation itself is refused at once.
    click('a');
    expect(
      within(form).getByRole('combobox', { name: /Organisation liée/ }),
    ).toHaveAccessibleDescription(/ne peut pas être en relation avec elle-même/);
    click('d');
    fireEvent.keyDown(form, { key: 'Escape' });
    expect(screen.queryByRole('form', { name: /relation/i })).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    expect(screen.getByTestId('network-canvas').querySelector('canvas')).not.toHaveAttribute(
      'data-picking',
    );
    // Opened again, it starts empty: the earlier click does not come back.
    fireEvent.click(opener);
    expect(
      within(relationshipForm()).getByRole('combobox', { name: /Organisation liée/ }),
    ).toHaveValue('');
  });

  it('while a relationship is edited, a node click changes its other end, not the selection', async () => {
    const { store, click, labels } = await renderNetwork();
    fireEvent.click(
      screen.getByRole('button', { name: 'Modifier la relation « finance » avec Beta' }),
    );
    click('c');
    expect(store.getState().selection).toEqual({ kind: 'organization', id: id('a') });
    const form = relationshipForm();
    expect(within(form).getByRole('combobox', { name: /Organisation liée/ })).toHaveValue('Gamma');
    expect(within(form).getByRole('combobox', { name: /^Organisation$/ })).toHaveValue('Alpha');
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    expect(labels()).toEqual(['editRecord']);
    expect(
      store.getState().dataset.relationships.find((item) => item.id === ab)?.target_organization_id,
    ).toBe(id('c'));
  });

  it('picks the target by name, and refuses to link an organisation to itself', async () => {
    const { labels } = await renderNetwork();
    fireEvent.click(screen.getByRole('button', { name: 'Nouvelle relation depuis Alpha' }));
    const form = relationshipForm();
    const target = within(form).getByRole('combobox', { name: /Organisation liée/ });
    fillRelationship('partners_with', 'Site web');
    pick(target, 'alpha', /^Alpha/);
    fireEvent.click(within(form).getByRole('button', { name: 'Créer' }));
    expect(target).toHaveAccessibleDescription(/ne peut pas être en relation avec elle-même/);
    expect(labels()).toEqual([]);

    pick(target, 'gam', /^Gamma/);
    fireEvent.click(within(form).getByRole('button', { name: 'Créer' }));
    expect(labels()).toEqual(['createRelationship']);
  });

  it('edits a relationship’s type and source, then deletes it after confirmation, undoably', async () => {
    const { store, labels } = await renderNetwork();
    fireEvent.click(
      screen.getByRole('button', { name: 'Modifier la relation « finance » avec Beta' }),
    );
    const form = relationshipForm();
    expect(within(form).getByRole('textbox', { name: /^Source/ })).toHaveValue('source of ab');
    fillRelationship('supervises', 'Décret du 28 mars 2018');
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    expect(labels()).toEqual(['editRecord']);
    expect(store.getState().dataset.relationships.find((item) => item.id === ab)).toMatchObject({
      type: 'supervises',
      source: 'Décret du 28 mars 2018',
    });
    expect(network().edge(ab)?.type).toBe('supervises');

    fireEvent.click(
      screen.getByRole('button', {
        name: 'Supprimer la relation « exerce la tutelle sur » avec Beta',
      }),
    );
    const confirm = screen.getByRole('group', {
      name: 'Supprimer la relation « Alpha exerce la tutelle sur Beta » ?',
    });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Garder' }));
    expect(labels()).toEqual(['editRecord']);
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Supprimer la relation « exerce la tutelle sur » avec Beta',
      }),
    );
    fireEvent.click(
      within(screen.getByRole('group', { name: /^Supprimer la relation/ })).getByRole('button', {
        name: 'Supprimer',
      }),
    );
    expect(labels()).toEqual(['editRecord', 'deleteRecord']);
    expect(store.getState().dataset.relationships.map((item) => item.id)).toEqual([bc]);
    expect(network().edge(ab)).toBeNull();
    expect(network().edgeKeys()).toEqual([bc]);

    act(() => {
      store.getState().undo();
    });
    expect(network().edge(ab)).not.toBeNull();
  });

  it('saving an unchanged relationship records nothing', async () => {
    const { labels } = await renderNetwork();
    fireEvent.click(
      screen.getByRole('button', { name: 'Modifier la relation « finance » avec Beta' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(labels()).toEqual([]);
    expect(screen.getByText('Rien n’a changé.')).toBeInTheDocument();
  });
});

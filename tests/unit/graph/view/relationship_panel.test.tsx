// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import GraphView from '../../../../src/graph/GraphView';
import { staticLayoutEngine } from '../../../../src/graph/layout_engine';
import { emptyDataset } from '../../../../src/model/dataset';
import { loadedStore, renderAtlas } from '../../ui/render_atlas';
import { org, rel } from '../graph_fixture';
import { clickNode, laidOut, network } from './network_probe';

/** Four organisations in a chain: Alpha funds Beta, Beta coordinates Gamma; Delta alone. */
function chain() {
  const dataset = emptyDataset();
  dataset.organizations.push(
    org('a', 'Alpha'),
    org('b', 'Beta'),
    org('c', 'Gamma'),
    org('d', 'Delta'),
  );
  dataset.relationships.push(rel('ab', 'a', 'b', 'funds'), rel('bc', 'b', 'c', 'coordinates'));
  return dataset;
}

async function renderNetwork() {
  const store = loadedStore(chain());
  store.getState().select({ kind: 'organization', id: 'a' });
  const view = renderAtlas(<GraphView createEngine={staticLayoutEngine} />, { store });
  const labels = () => store.getState().history.done.map((transaction) => transaction.label);
  await laidOut();
  return { ...view, store, labels, click: (id: string) => clickNode(view.container, id) };
}

function fillNewRelationship(type: string, source: string) {
  fireEvent.change(screen.getByLabelText('Type de relation'), { target: { value: type } });
  fireEvent.change(screen.getByLabelText('Source : d’où vient ce fait'), {
    target: { value: source },
  });
}

describe('drawing relationships in the network', () => {
  it('draws a new relationship to a node clicked in the drawing, as one transaction', async () => {
    const { store, labels, click, container } = await renderNetwork();
    fireEvent.click(screen.getByRole('button', { name: 'Nouvelle relation depuis Alpha' }));
    // Nothing is saved while the form is incomplete; each problem is said.
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter la relation' }));
    expect(screen.getByText('Choisissez l’organisation cible.')).toBeInTheDocument();
    expect(screen.getByText('Choisissez le type de relation.')).toBeInTheDocument();
    expect(screen.getByText('Indiquez la source : d’où vient ce fait.')).toBeInTheDocument();
    expect(screen.getByLabelText('Source : d’où vient ce fait')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(labels()).toEqual([]);

    // While drawing, a node click picks the target instead of selecting it.
    expect(screen.getByTestId('network-canvas').querySelector('canvas')).toHaveAttribute(
      'data-picking',
    );
    click('d');
    expect(store.getState().selection).toEqual({ kind: 'organization', id: 'a' });
    expect(screen.getByLabelText('Organisation cible')).toHaveValue('Delta');
    fillNewRelationship('refers_to', 'Convention de partenariat 2024');
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter la relation' }));

    expect(labels()).toEqual(['createRelationship']);
    const created = store
      .getState()
      .dataset.relationships.find((item) => item.target_organization_id === 'd');
    expect(created).toMatchObject({
      source_organization_id: 'a',
      type: 'refers_to',
      source: 'Convention de partenariat 2024',
      confidence: '',
    });
    expect(network().edge(created?.id ?? '')).toEqual({ type: 'refers_to', state: 'near' });
    expect(container.querySelector('.network-status')).toHaveTextContent('Relation ajoutée.');
    expect(screen.getByText(/Relations de Alpha \(2\)/)).toBeInTheDocument();
    // Done drawing: node clicks select again.
    expect(screen.getByTestId('network-canvas').querySelector('canvas')).not.toHaveAttribute(
      'data-picking',
    );
    click('c');
    expect(store.getState().selection).toEqual({ kind: 'organization', id: 'c' });
  });

  it('types the target by name, and refuses to link an organisation to itself', async () => {
    const { labels } = await renderNetwork();
    fireEvent.click(screen.getByRole('button', { name: 'Nouvelle relation depuis Alpha' }));
    const target = screen.getByLabelText('Organisation cible');
    fireEvent.change(target, { target: { value: 'Gam' } });
    fillNewRelationship('partners_with', 'Site web');
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter la relation' }));
    expect(
      screen.getByText(
        'Aucune organisation ne porte exactement ce nom ; choisissez-la dans la liste.',
      ),
    ).toBeInTheDocument();
    expect(target).toHaveFocus();

    fireEvent.change(target, { target: { value: 'alpha' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter la relation' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Une organisation ne peut pas être reliée à elle-même.',
    );
    expect(labels()).toEqual([]);

    fireEvent.change(target, { target: { value: 'gamma' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter la relation' }));
    expect(labels()).toEqual(['createRelationship']);
  });

  it('edits a relationship’s type and source, then deletes it after confirmation, undoably', async () => {
    const { store, labels } = await renderNetwork();
    fireEvent.click(
      screen.getByRole('button', { name: 'Modifier la relation « finance » avec Beta' }),
    );
    const form = screen.getByRole('form', { name: /^Modifier : Alpha finance Beta$/ });
    expect(within(form).getByLabelText('Source : d’où vient ce fait')).toHaveValue('source of ab');
    fireEvent.change(within(form).getByLabelText('Type de relation'), {
      target: { value: 'supervises' },
    });
    fireEvent.change(within(form).getByLabelText('Source : d’où vient ce fait'), {
      target: { value: 'Décret du 28 mars 2018' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    expect(labels()).toEqual(['editRecord']);
    expect(store.getState().dataset.relationships.find((item) => item.id === 'ab')).toMatchObject({
      type: 'supervises',
      source: 'Décret du 28 mars 2018',
    });
    expect(network().edge('ab')?.type).toBe('supervises');

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
    expect(store.getState().dataset.relationships.map((item) => item.id)).toEqual(['bc']);
    expect(network().edge('ab')).toBeNull();
    expect(network().edgeKeys()).toEqual(['bc']);

    act(() => {
      store.getState().undo();
    });
    expect(network().edge('ab')).not.toBeNull();
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

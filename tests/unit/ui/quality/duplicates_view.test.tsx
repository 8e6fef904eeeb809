// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import DuplicatesView from '../../../../src/ui/quality/DuplicatesView';
import { loadedStore, renderAtlas } from '../render_atlas';
import { withPlantedTwin } from './quality_fixture';

vi.setConfig({ testTimeout: 20_000 });

function renderDuplicates(language: 'fr' | 'en' = 'fr') {
  const planted = withPlantedTwin();
  const store = loadedStore(planted.dataset);
  store.getState().setAuthor('Testeuse');
  renderAtlas(<DuplicatesView />, { store, language });
  return { store, ...planted };
}

describe('the duplicates view', () => {
  it('lists the planted pair with why it is suspected', async () => {
    renderDuplicates();
    const list = await screen.findByRole('navigation', { name: /Paires à examiner/ });
    const pair = within(list).getByRole('button', {
      name: /CPAS de Namur ↔ C\.P\.A\.S\. de Namur/,
    });
    expect(pair).toHaveTextContent('même nom à Namur');
    expect(pair).toHaveAttribute('aria-current', 'true');
  });

  it('merges on the user’s word, the chosen value kept, in one step undone at once', async () => {
    const { store, cpas, twin } = renderDuplicates();
    const comparison = await screen.findByRole('region', { name: 'Côte à côte' });
    fireEvent.click(
      within(comparison).getByRole('radio', {
        name: 'Nom de l’organisation : garder la valeur de la fiche B',
      }),
    );
    expect(comparison).toHaveTextContent('1 service(s), 1 lieu(x)');
    fireEvent.click(screen.getByRole('button', { name: 'Fusionner en gardant la fiche A' }));
    expect(screen.getByRole('status')).toHaveTextContent('Fiches fusionnées');
    const state = store.getState();
    expect(state.dataset.organizations.some((org) => org.id === twin.id)).toBe(false);
    const kept = state.dataset.organizations.find((org) => org.id === cpas.id);
    expect(kept?.name).toBe('C.P.A.S. de Namur');
    expect(kept?.source).toBe(`${cpas.source}; partner workbook`);
    expect(state.dataset.services.filter((s) => s.organization_id === twin.id)).toEqual([]);
    expect(state.history.done.at(-1)?.label).toBe('mergeRecords');
    expect(await screen.findByText('Aucun doublon probable dans les données.')).toBeInTheDocument();

    act(() => {
      store.getState().undo();
    });
    expect(store.getState().dataset.organizations.find((org) => org.id === twin.id)?.name).toBe(
      'C.P.A.S. de Namur',
    );
    expect(store.getState().dataset.organizations.find((org) => org.id === cpas.id)?.name).toBe(
      'CPAS de Namur',
    );
    expect(await screen.findByRole('button', { name: /CPAS de Namur ↔/ })).toBeInTheDocument();
  });

  it('remembers “not the same”: the pair is not proposed again', async () => {
    const { store, cpas, twin } = renderDuplicates('en');
    fireEvent.click(await screen.findByRole('button', { name: 'These are not the same' }));
    expect(screen.getByRole('status')).toHaveTextContent('this pair will not be proposed again');
    expect(await screen.findByText('No likely duplicates in the data.')).toBeInTheDocument();
    const organizations = store.getState().dataset.organizations;
    expect(organizations.find((org) => org.id === cpas.id)?.distinct_from).toEqual([twin.id]);
    expect(store.getState().history.done.at(-1)?.label).toBe('markDistinct');
  });
});

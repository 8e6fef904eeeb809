// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { DetailPanel } from '../../../src/ui/details/DetailPanel';
import { EditToolbar } from '../../../src/ui/history/EditToolbar';
import { ImportButton } from '../../../src/ui/import/ImportButton';
import { SiteTable } from '../../../src/ui/table/SiteTable';
import { loadedStore, renderAtlas } from './render_atlas';

function siteSelected() {
  const store = loadedStore();
  const [site] = store.getState().sites;
  if (!site) throw new Error('the curated data has sites');
  store.getState().select({ kind: 'site', id: site.id });
  return store;
}

function app() {
  return (
    <>
      <EditToolbar />
      <ImportButton />
      <SiteTable />
      <DetailPanel />
    </>
  );
}

describe('without storage (a private window)', () => {
  it('says the Atlas is read-only, and shows no control that would change the data', () => {
    const store = siteSelected();
    store.getState().setSave({ status: 'unavailable', message: 'storageUnavailable' });
    renderAtlas(app(), { store });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Lecture seule : ce navigateur ne permet pas de stocker des données (fenêtre privée ?). Vous pouvez explorer et exporter les données, pas les modifier.',
    );
    for (const name of [/^Importer$/, /Modifier/, /Supprimer/, /Nouveau service/]) {
      expect(screen.queryByRole('button', { name })).toBeNull();
    }
    // Exploring still works: the table and the selected site's details are there.
    expect(screen.getByRole('table')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Détails' })).toBeInTheDocument();
  });

  it('with storage, shows the same controls', () => {
    const store = siteSelected();
    store.getState().setSave({ status: 'saved', message: '' });
    renderAtlas(app(), { store });
    expect(screen.getByRole('button', { name: /^Importer$/ })).toBeInTheDocument();
    const panel = screen.getByRole('region', { name: 'Détails' });
    expect(within(panel).getAllByRole('button', { name: /Modifier/ }).length).toBeGreaterThan(0);
  });
});

describe('the save status', () => {
  it('names a full storage as the cause, and tries saving again when asked', () => {
    const store = loadedStore();
    store.getState().setSave({ status: 'failed', message: 'storageFull' });
    renderAtlas(<EditToolbar />, { store });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Échec de l’enregistrement : l’espace de stockage du navigateur est plein.',
    );
    const attempts = store.getState().saveAttempts;
    fireEvent.click(screen.getByRole('button', { name: 'Réessayer d’enregistrer' }));
    expect(store.getState().saveAttempts).toBe(attempts + 1);
  });

  it('says why it waits while another tab blocks the database', () => {
    const store = loadedStore();
    store.getState().setSave({ status: 'blocked', message: 'storageBlocked' });
    renderAtlas(<EditToolbar />, { store });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'En attente de la base locale : la base locale est bloquée par un autre onglet',
    );
    expect(screen.queryByRole('button', { name: 'Réessayer d’enregistrer' })).toBeNull();
  });
});

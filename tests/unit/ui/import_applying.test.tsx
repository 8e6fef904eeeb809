// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { ImportDialog } from '../../../src/ui/import/ImportDialog';
import { loadedStore, renderAtlas } from './render_atlas';

/** Counting fails for a file whose first service is named so; the rest is the real code. */
const UNCOUNTABLE = 'Service qui casse le comptage';

vi.mock('../../../src/edits/import_patch', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/edits/import_patch')>();
  return {
    ...real,
    importCountSteps: function* (...args: Parameters<typeof real.importCountSteps>) {
      const [, imported] = args;
      if (imported.services.some((service) => service.name === UNCOUNTABLE)) {
        throw new TypeError("Cannot read properties of undefined (reading 'id')");
      }
      return yield* real.importCountSteps(...args);
    },
  };
});

function pick(name: string): void {
  const csv = `Nom;Organisation;Commune\n${name};Maison des langues;Namur\n`;
  fireEvent.change(screen.getByLabelText('Choisir des fichiers…'), {
    target: { files: [new File([csv], 'langues.csv', { type: 'text/csv' })] },
  });
}

describe('importing into the data', { timeout: 30_000 }, () => {
  it('says it is importing, with the button off, until the import is in the data', async () => {
    const store = loadedStore();
    store.getState().setAuthor('Olena');
    renderAtlas(<ImportDialog onClose={() => {}} />, { store });
    pick('Table de conversation');
    await screen.findByText(/^Enregistrements créés : 4 /, {}, { timeout: 10_000 });
    const before = store.getState().dataset.services.length;
    fireEvent.click(screen.getByRole('button', { name: 'Importer' }));
    expect(screen.getByText('Import dans les données…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Importer' })).toBeDisabled();
    // What was chosen stays as it was until the import is in the data.
    expect(screen.getByRole('radio', { name: /Remplacer les données actuelles/ })).toBeDisabled();
    expect(store.getState().dataset.services).toHaveLength(before);
    expect(await screen.findByText(/^Import ajouté aux données/)).toBeInTheDocument();
    expect(store.getState().dataset.services).toHaveLength(before + 1);
  });

  it('says so when what the import would change cannot be counted, and does not offer it', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    renderAtlas(<ImportDialog onClose={() => {}} />, { store: loadedStore() });
    pick(UNCOUNTABLE);
    expect(
      await screen.findByText(
        'Ce que l’import changerait n’a pas pu être compté : il n’est pas proposé.',
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/^Comptage/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Importer' })).toBeDisabled();
    // The exception's own words only as a technical detail.
    expect(screen.getByText(/reading 'id'/)).toBeInTheDocument();
    error.mockRestore();
  });
});

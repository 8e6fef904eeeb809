// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { newTransaction, toChangeset } from '../../../src/edits/transaction';
import { ImportDialog } from '../../../src/ui/import/ImportDialog';
import { today } from '../../../src/validate/field_rules';
import { loadedStore, renderAtlas } from './render_atlas';

const FIXTURE = join(__dirname, '..', '..', 'fixtures', 'excel_fr_windows1252.csv');

function pick(file: File): void {
  fireEvent.change(screen.getByLabelText('Choisir des fichiers…'), { target: { files: [file] } });
}

function excelFile(): File {
  return new File([readFileSync(FIXTURE)], 'excel_fr_windows1252.csv', { type: 'text/csv' });
}

/** The report table's rows as [file, row, field, severity, problem] texts. */
function reportRows(): string[][] {
  const table = screen.getByRole('table', { name: 'Rapport de validation' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent ?? ''),
    );
}

describe('the import dialog', { timeout: 30_000 }, () => {
  it('lists a rejected row by row and field, and a fixed row joins the import once validated', async () => {
    const store = loadedStore();
    const before = store.getState().sites.length;
    const onClose = vi.fn();
    renderAtlas(<ImportDialog onClose={onClose} />, { store });
    pick(excelFile());

    expect(
      await screen.findByText(
        'excel_fr_windows1252.csv — lignes lues : 7 · acceptées : 6 · rejetées : 1.',
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    const rejected = reportRows().find((cells) => cells[1] === '7');
    // The column as the file names it ("Nom"), and the field it was read as, in French.
    expect(rejected?.slice(0, 4)).toEqual([
      'excel_fr_windows1252.csv',
      '7',
      'Nom lue comme : Nom du service',
      'Erreur (ligne rejetée)',
    ]);
    expect(rejected?.[4]).toBe('Champ obligatoire vide Ce champ est obligatoire mais vide.');
    const swapped = reportRows().find((cells) => cells[1] === '5');
    expect(swapped?.[2]).toBe('Latitude');
    expect(swapped?.[4]).toBe(
      'Latitude et longitude inversées Latitude 4,8667 et longitude 50,4669 semblent inversées (la Belgique est entre 49 et 52 de latitude, 2 et 7 de longitude) : elles ont été permutées.',
    );
    // Nothing of the report is left in English.
    const table = screen.getByRole('table', { name: 'Rapport de validation' });
    expect(table.querySelector('[lang="en"]')).toBeNull();
    expect(table).not.toHaveTextContent(/organization_name|service_name/);

    const row = screen.getByRole('group', { name: 'Ligne 7' });
    // The rejected row names its fault's field as the interface does, not by its code.
    expect(within(row).getByRole('listitem')).toHaveTextContent(/^Nom du service — /);
    fireEvent.change(within(row).getByLabelText('Nom'), { target: { value: 'Service corrigé' } });
    fireEvent.click(screen.getByRole('button', { name: 'Valider à nouveau les lignes corrigées' }));
    expect(
      await screen.findByText(
        /lignes lues : 7 · acceptées : 7 · rejetées : 0\. .*rejoignent l’import : 1\./,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Ligne 7' })).not.toBeInTheDocument();
    expect(store.getState().sites.length).toBe(before);

    expect(screen.getByRole('radio', { name: /ajouter aux données actuelles/ })).toBeChecked();
    // What the import would do is counted a little at a time; importing waits for it.
    expect(screen.getByRole('button', { name: 'Importer' })).toBeDisabled();
    expect(
      await screen.findByText('Enregistrements créés : 28 · modifiés : 0 · supprimés : 0'),
    ).toBeInTheDocument();
    // Like every change, the import carries the user's name: asked for before it is added.
    fireEvent.click(screen.getByRole('button', { name: 'Importer' }));
    const author = screen.getByRole('textbox', { name: /Votre nom/ });
    expect(author).toHaveFocus();
    expect(store.getState().sites.length).toBe(before);
    fireEvent.change(author, { target: { value: 'Analyste' } });
    fireEvent.click(screen.getByRole('button', { name: 'Importer' }));
    expect(await screen.findByText(/^Import ajouté aux données/)).toBeInTheDocument();
    // In the data, not yet on disk: the dialog says "saved" only once the persister has.
    expect(screen.queryByText('Enregistré')).toBeNull();
    act(() => store.getState().setSave({ status: 'saving', message: '' }));
    expect(screen.getByText('Enregistrement…')).toBeInTheDocument();
    act(() => store.getState().setSave({ status: 'saved', message: '' }));
    expect(screen.getByText('Enregistré')).toBeInTheDocument();
    expect(store.getState().sites.length).toBe(before + 7);
    expect(store.getState().dataset.services.map((service) => service.name)).toContain(
      'Service corrigé',
    );
    expect(store.getState().history.done.at(-1)).toMatchObject({
      label: 'importAdd',
      author: 'Analyste',
    });
  }, 20_000);

  it('gives the records of a file without a source column the file, the day and the author as source', async () => {
    const store = loadedStore();
    store.getState().setAuthor('Olena');
    renderAtlas(<ImportDialog onClose={() => {}} />, { store });
    const csv = 'Nom;Organisation;Commune\nTable de conversation;Maison des langues;Namur\n';
    pick(new File([csv], 'langues_namur.csv', { type: 'text/csv' }));
    await screen.findByText(/lignes lues : 1 · acceptées : 1/, {}, { timeout: 10_000 });
    await screen.findByText(/^Enregistrements créés : 4 /);
    fireEvent.click(screen.getByRole('button', { name: 'Importer' }));
    expect(await screen.findByText(/^Import ajouté aux données/)).toBeInTheDocument();
    const service = store
      .getState()
      .dataset.services.find((candidate) => candidate.name === 'Table de conversation');
    const day = today();
    expect(service?.source).toBe(`langues_namur.csv (imported on ${day} by Olena)`);
    expect(service?.source_consulted).toBe(day);
    expect(service?.last_verified).toBe('');
    const organization = store
      .getState()
      .dataset.organizations.find((candidate) => candidate.id === service?.organization_id);
    expect(organization?.source).toBe(service?.source);
  });

  it('cancel leaves the data as it was', async () => {
    const store = loadedStore();
    const dataset = store.getState().dataset;
    const onClose = vi.fn();
    renderAtlas(<ImportDialog onClose={onClose} />, { store });
    pick(excelFile());
    await screen.findByRole('table', { name: 'Rapport de validation' }, { timeout: 10_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(onClose).toHaveBeenCalled();
    expect(store.getState().dataset).toBe(dataset);
    expect(store.getState().history.done).toHaveLength(0);
  });

  it('a file in no known format is reported, and there is nothing to import', async () => {
    const store = loadedStore();
    renderAtlas(<ImportDialog onClose={() => {}} />, { store });
    pick(new File(['%PDF-1.4'], 'notes.pdf'));
    await screen.findByRole('table', { name: 'Rapport de validation' });
    expect(reportRows()[0]?.[4]).toContain('Fichier illisible');
    // No row was read: the error is the file's, not a rejected row's.
    expect(reportRows()[0]?.[3]).toBe('Erreur (fichier non lu)');
    // The format the file was not recognised as is said in French, not as a code.
    expect(screen.getByText(/^Format : inconnu ·/)).toBeInTheDocument();
    expect(
      screen.getByText('Aucune ligne acceptée : il n’y a rien à importer.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Importer' })).toBeDisabled();
  });

  it('a changeset applies what still fits and lists its conflicts', async () => {
    const store = loadedStore();
    const [first, second] = store.getState().dataset.services;
    if (!first || !second) throw new Error('the curated data has services');
    const changeset = toChangeset(
      [
        newTransaction(
          [
            { table: 'services', id: first.id, field: 'fees', old: first.fees, new: 'test' },
            {
              table: 'services',
              id: second.id,
              field: 'name',
              old: 'un nom que les données n’ont plus',
              new: 'nom de test',
            },
          ],
          'Ana',
          'editRecord',
        ),
      ],
      'base',
    );
    renderAtlas(<ImportDialog onClose={() => {}} />, { store });
    pick(new File([JSON.stringify(changeset)], 'changes.json', { type: 'application/json' }));
    expect(
      await screen.findByText(
        'Modifications applicables : 1 · conflits : 1 · enregistrements refusés : 0',
      ),
    ).toBeInTheDocument();
    fireEvent.change(screen.getByRole('textbox', { name: /Votre nom/ }), {
      target: { value: 'Analyste' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Appliquer les modifications' }));
    expect(
      screen.getByText(
        'Modifications appliquées : 1. Conflits non appliqués : 1. Enregistrements refusés : 0.',
      ),
    ).toBeInTheDocument();
    const conflicts = screen.getByRole('table', { name: /^Conflits/ });
    expect(
      within(conflicts)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Services', second.name, 'Nom du service', 'nom de test', second.name, 'Ana']);
    const services = store.getState().dataset.services;
    expect(services.find((service) => service.id === first.id)?.fees).toBe('test');
    expect(services.find((service) => service.id === second.id)?.name).toBe(second.name);
    expect(store.getState().history.done.at(-1)?.label).toBe('importChangeset');
  });

  it('says what is wrong with a malformed changeset in the interface language', async () => {
    const store = loadedStore();
    const text = JSON.stringify({
      format: 'atlas-changeset',
      version: 1,
      exported_at: '',
      base: '',
      changes: [{ tx: 't', author: 'a', time: '', label: '', table: 'services', id: '' }],
    });
    renderAtlas(<ImportDialog onClose={() => {}} />, { store, language: 'de' });
    fireEvent.change(screen.getByLabelText(/Dateien auswählen/), {
      target: { files: [new File([text], 'changes.json', { type: 'application/json' })] },
    });
    const alert = await screen.findByRole('alert');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Änderung 1, Feld „id“: Der Text darf nicht leer sein',
      'Änderung 1, Feld „field“: Ein Wert ist erforderlich',
      'Änderung 1, Feld „old“: Ein Wert ist erforderlich',
      'Änderung 1, Feld „new“: Ein Wert ist erforderlich',
    ]);
  });

  it('a changeset refuses values that fit no field and a record given as a text, applying the rest', async () => {
    const store = loadedStore();
    const [first, second, third] = store.getState().dataset.services;
    if (!first || !second || !third) throw new Error('the curated data has services');
    const organizations = store.getState().dataset.organizations.length;
    const changeset = toChangeset(
      [
        newTransaction(
          [
            { table: 'services', id: first.id, field: 'name', old: first.name, new: ['a', 'b'] },
            { table: 'services', id: second.id, field: 'fees', old: second.fees, new: { x: 1 } },
            {
              table: 'organizations',
              id: crypto.randomUUID(),
              field: null,
              old: null,
              new: 'Asbl',
            },
            { table: 'services', id: third.id, field: 'fees', old: third.fees, new: 'gratuit' },
          ],
          'Ana',
          'editRecord',
        ),
      ],
      'base',
    );
    renderAtlas(<ImportDialog onClose={() => {}} />, { store });
    pick(new File([JSON.stringify(changeset)], 'changes.json', { type: 'application/json' }));
    expect(
      await screen.findByText(
        'Modifications applicables : 1 · conflits : 0 · enregistrements refusés : 3',
      ),
    ).toBeInTheDocument();
    const refused = screen.getByRole('table', { name: /^Enregistrements refusés/ });
    const rows = within(refused).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[1]?.textContent)).toEqual([
      first.name,
      second.name,
      expect.any(String),
    ]);
    // Why, in French: the field as its form names it, the problem in words (not zod's).
    expect(rows.map((row) => within(row).getAllByRole('cell')[3]?.textContent)).toEqual([
      'Nom du service : un texte est attendu ; trouvé : une liste',
      'Coût : un texte est attendu ; trouvé : un objet',
      'Le nouvel enregistrement devrait être un objet de ses champs ; trouvé : un texte',
    ]);
    fireEvent.change(screen.getByRole('textbox', { name: /Votre nom/ }), {
      target: { value: 'Analyste' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Appliquer les modifications' }));
    const services = store.getState().dataset.services;
    expect(services.find((service) => service.id === third.id)?.fees).toBe('gratuit');
    expect(services.find((service) => service.id === first.id)?.name).toBe(first.name);
    expect(services.find((service) => service.id === second.id)?.fees).toBe(second.fees);
    expect(store.getState().dataset.organizations).toHaveLength(organizations);
  });
});

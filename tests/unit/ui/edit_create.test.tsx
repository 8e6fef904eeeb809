// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { DetailPanel } from '../../../src/ui/details/DetailPanel';
import { CreateRecord } from '../../../src/ui/edit/CreateRecord';
import { loadedStore, renderAtlas } from './render_atlas';

// Each case renders the whole curated dataset's panel; a shared machine can be slow.
vi.setConfig({ testTimeout: 20_000 });

type Store = ReturnType<typeof loadedStore>;

function organizationNamed(store: Store, name: string) {
  const organization = store.getState().dataset.organizations.find((org) => org.name === name);
  if (!organization) throw new Error(`the curated data has ${name}`);
  return organization;
}

/** Types in a searchable picker and chooses the option whose name starts with `name`. */
function pick(label: RegExp | string, typed: string, name: RegExp) {
  const input = screen.getByRole('combobox', { name: label });
  fireEvent.change(input, { target: { value: typed } });
  fireEvent.click(screen.getByRole('option', { name }));
  return input;
}

describe('creating records', () => {
  it('creates a service with a new site placed at its postcode, in one transaction', () => {
    const store = loadedStore();
    store.getState().setAuthor('Ana');
    const cpas = organizationNamed(store, 'CPAS de Namur');
    store.getState().select({ kind: 'organization', id: cpas.id });
    renderAtlas(<DetailPanel />, { store });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter un service' }));

    expect(screen.getByRole('combobox', { name: /^Organisation/ })).toHaveValue('CPAS de Namur');
    fireEvent.change(screen.getByRole('textbox', { name: /Nom du service/ }), {
      target: { value: 'Cours de français pour adultes' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Catégorie' }), {
      target: { value: 'language' },
    });
    // The source is required for a new record.
    fireEvent.click(screen.getByRole('button', { name: 'Créer' }));
    const source = screen.getByRole('textbox', { name: /^Source/ });
    expect(source).toHaveAttribute('aria-invalid', 'true');
    expect(store.getState().history.done).toHaveLength(0);
    fireEvent.change(source, { target: { value: 'https://www.cpasnamur.be/ (2025)' } });
    expect(screen.getByLabelText(/Vérifié auprès de l’organisation/)).toHaveValue(
      new Date().toLocaleDateString('sv'),
    );

    fireEvent.click(screen.getByRole('radio', { name: 'Un nouveau site' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Adresse' }), {
      target: { value: 'Rue de Dave 165' },
    });
    const postcode = screen.getByRole('textbox', { name: 'Code postal' });
    fireEvent.change(postcode, { target: { value: '9999' } });
    expect(postcode).toHaveAccessibleDescription(/Ce n’est pas un code postal wallon/);
    fireEvent.change(postcode, { target: { value: '5100' } });
    fireEvent.click(screen.getByRole('button', { name: 'Créer' }));

    const { done } = store.getState().history;
    expect(done).toHaveLength(1);
    expect(done[0]?.label).toBe('createRecord');
    const tables = done[0]?.changes.map((change) => change.table);
    expect(tables).toEqual(['services', 'locations', 'service_at_locations']);
    const { dataset } = store.getState();
    const service = dataset.services.find((s) => s.name === 'Cours de français pour adultes');
    expect(service).toMatchObject({
      organization_id: cpas.id,
      category: 'language',
      source: 'https://www.cpasnamur.be/ (2025)',
    });
    const link = dataset.service_at_locations.find((l) => l.service_id === service?.id);
    const location = dataset.locations.find((l) => l.id === link?.location_id);
    expect(location).toMatchObject({
      organization_id: cpas.id,
      address_1: 'Rue de Dave 165',
      postal_code: '5100',
      nis_code: '92094',
      location_precision: 'postcode',
      source: 'https://www.cpasnamur.be/ (2025)',
    });
    expect(location?.latitude).toBeGreaterThan(50);
    // The new site is selected: its details show.
    expect(store.getState().selection).toEqual({ kind: 'site', id: link?.id });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Cours de français pour adultes',
    );
  });

  it('creates an organisation from the "New organisation" dialog and selects it', () => {
    const store = loadedStore();
    store.getState().setAuthor('Ana');
    renderAtlas(<CreateRecord />, { store });
    fireEvent.click(screen.getByRole('button', { name: 'Nouvelle organisation' }));
    const dialog = screen.getByRole('dialog', { name: 'Nouvelle organisation' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Nom de l’organisation/ }), {
      target: { value: 'Maison de l’Ukraine à Namur' },
    });
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Type' }), {
      target: { value: 'ngo' },
    });
    pick('Fait partie de', 'cpas de nam', /^CPAS de Namur/);
    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Source/ }), {
      target: { value: 'Annonce publique, 2025' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Créer' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const created = store
      .getState()
      .dataset.organizations.find((org) => org.name === 'Maison de l’Ukraine à Namur');
    expect(created).toMatchObject({
      org_type: 'ngo',
      parent_organization_id: organizationNamed(store, 'CPAS de Namur').id,
    });
    expect(store.getState().selection).toEqual({ kind: 'organization', id: created?.id });
  });

  it('adds a relationship to another organisation, never to itself', () => {
    const store = loadedStore();
    store.getState().setAuthor('Ana');
    const cpas = organizationNamed(store, 'CPAS de Namur');
    store.getState().select({ kind: 'organization', id: cpas.id });
    renderAtlas(<DetailPanel />, { store });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter une relation' }));
    expect(screen.getByRole('combobox', { name: /^Organisation$/ })).toHaveValue('CPAS de Namur');
    fireEvent.change(screen.getByRole('combobox', { name: 'Relation' }), {
      target: { value: 'refers_to' },
    });
    const target = pick(/Organisation liée/, 'cpas de namur', /^CPAS de Namur/);
    fireEvent.change(screen.getByRole('textbox', { name: /^Source/ }), {
      target: { value: 'Rapport annuel 2024' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Créer' }));
    expect(target).toHaveAccessibleDescription(/ne peut pas être en relation avec elle-même/);
    expect(store.getState().history.done).toHaveLength(0);

    const other = store.getState().dataset.organizations.find((org) => org.name === 'Le Forem');
    if (!other) throw new Error('the curated data has Le Forem');
    pick(/Organisation liée/, 'forem', /^Le Forem/);
    fireEvent.click(screen.getByRole('button', { name: 'Créer' }));
    const [transaction] = store.getState().history.done;
    expect(transaction?.label).toBe('createRelationship');
    expect(transaction?.changes[0]?.new).toMatchObject({
      source_organization_id: cpas.id,
      target_organization_id: other.id,
      type: 'refers_to',
      source: 'Rapport annuel 2024',
    });
    expect(screen.getByRole('heading', { level: 3, name: 'Relations' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', {
        name: /Modifier la relation : CPAS de Namur oriente vers Le Forem/,
      }),
    ).toBeInTheDocument();
  });
});

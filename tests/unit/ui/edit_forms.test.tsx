// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { updateRecord } from '../../../src/edits/record_edits';
import { DetailPanel } from '../../../src/ui/details/DetailPanel';
import { loadedStore, renderAtlas } from './render_atlas';

// Each case renders the whole curated dataset's panel; a shared machine can be slow.
vi.setConfig({ testTimeout: 20_000 });

type Store = ReturnType<typeof loadedStore>;

/** A site of the CPAS de Liège, selected, with the user's name already known. */
function liegeSite(store: Store, author = 'Ana') {
  const site = store
    .getState()
    .sites.find(
      (row) => row.organization?.name === 'CPAS de Liège' && row.commune?.nis_code === '62063',
    );
  if (!site) throw new Error('the curated data has a site of the CPAS de Liège');
  store.getState().setAuthor(author);
  store.getState().select({ kind: 'site', id: site.id });
  return site;
}

function serviceIn(store: Store, id: string) {
  return store.getState().dataset.services.find((service) => service.id === id);
}

const form = () => screen.getByRole('form');

describe('the service form', () => {
  it('keeps a contact person and a note, marked internal, and shows them in the details', () => {
    const store = loadedStore();
    const site = liegeSite(store);
    renderAtlas(<DetailPanel />, { store });
    fireEvent.click(screen.getByRole('button', { name: 'Modifier le service' }));
    const contact = screen.getByRole('textbox', { name: /Personne de contact \(interne\)/ });
    expect(contact).toHaveAccessibleDescription(/pas exporté/);
    fireEvent.change(contact, { target: { value: 'Marie Dupont' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Notes \(internes\)/ }), {
      target: { value: 'Permanence le mardi' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(serviceIn(store, site.service.id)).toMatchObject({
      contact_person: 'Marie Dupont',
      notes: 'Permanence le mardi',
    });
    const details = screen.getByRole('region', { name: /D[ée]tails/ });
    expect(within(details).getByText('Marie Dupont')).toBeInTheDocument();
    expect(within(details).getByText('Permanence le mardi')).toBeInTheDocument();
  });

  it('edits the service area: the CPAS serves its commune, a province is added by name, Liège removed', () => {
    const store = loadedStore();
    const site = liegeSite(store);
    expect(site.service.service_area).toEqual(['62063']);
    renderAtlas(<DetailPanel />, { store });
    fireEvent.click(screen.getByRole('button', { name: 'Modifier le service' }));
    const area = screen.getByRole('combobox', { name: /Zone desservie/ });
    expect(area).toHaveAccessibleDescription(/communes, arrondissements ou provinces/);
    fireEvent.change(area, { target: { value: 'luxemb' } });
    fireEvent.click(screen.getByRole('option', { name: /Luxembourg.*province/ }));
    expect(area).toHaveValue('');
    fireEvent.click(screen.getByRole('button', { name: 'Retirer Liège de la zone desservie' }));
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(serviceIn(store, site.service.id)?.service_area).toEqual(['80000']);
    expect(store.getState().history.done[0]?.changes).toEqual([
      {
        table: 'services',
        id: site.service.id,
        field: 'service_area',
        old: ['62063'],
        new: ['80000'],
      },
    ]);
  });

  it('saves a new name and category as one transaction with both changes', () => {
    const store = loadedStore();
    const site = liegeSite(store);
    renderAtlas(<DetailPanel />, { store });
    fireEvent.click(screen.getByRole('button', { name: 'Modifier le service' }));

    expect(form()).toHaveAccessibleName(`Modifier « ${site.service.name} »`);
    const name = screen.getByRole('textbox', { name: /Nom du service/ });
    expect(name).toHaveValue(site.service.name);
    expect(document.activeElement).toBe(name);
    fireEvent.change(name, { target: { value: 'Aide sociale aux personnes déplacées' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Catégorie' }), {
      target: { value: 'housing' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));

    const saved = serviceIn(store, site.service.id);
    expect(saved?.name).toBe('Aide sociale aux personnes déplacées');
    expect(saved?.category).toBe('housing');
    const { done } = store.getState().history;
    expect(done).toHaveLength(1);
    expect(done[0]?.label).toBe('editRecord');
    expect(done[0]?.author).toBe('Ana');
    expect(done[0]?.changes).toEqual([
      {
        table: 'services',
        id: site.service.id,
        field: 'name',
        old: site.service.name,
        new: 'Aide sociale aux personnes déplacées',
      },
      {
        table: 'services',
        id: site.service.id,
        field: 'category',
        old: site.service.category,
        new: 'housing',
      },
    ]);
    // Back to the details, which show the new name, with the focus on the button.
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Aide sociale aux personnes déplacées',
    );
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Modifier le service' }),
    );
    // The service's history lists the change, with who made it.
    expect(screen.getByRole('region', { name: /^Historique : / })).toHaveTextContent(
      /Ana.*Aide sociale aux personnes déplacées/,
    );
  });

  it('shows an invalid web address next to its field and saves nothing', () => {
    const store = loadedStore();
    const site = liegeSite(store);
    renderAtlas(<DetailPanel />, { store });
    fireEvent.click(screen.getByRole('button', { name: 'Modifier le service' }));
    const url = screen.getByRole('textbox', { name: 'Site web' });
    fireEvent.change(url, { target: { value: 'javascript:alert(1)' } });
    fireEvent.blur(url);

    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(url).toHaveAccessibleDescription(/Erreur : Ce n’est pas une adresse web valable/);
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(store.getState().history.done).toHaveLength(0);
    expect(serviceIn(store, site.service.id)?.url).toBe(site.service.url);
    expect(screen.getByRole('alert')).toHaveTextContent('Rien n’a été enregistré');
    expect(document.activeElement).toBe(url);

    // A bare domain is read as https, with a note, and saves.
    fireEvent.change(url, { target: { value: 'www.cpasliege.be' } });
    expect(url).not.toHaveAttribute('aria-invalid');
    expect(url).toHaveAccessibleDescription(/Lu comme https:\/\/www\.cpasliege\.be/);
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(serviceIn(store, site.service.id)?.url).toBe('https://www.cpasliege.be');
  });

  it('allows a warning (an unusual phone) but not an unknown language', () => {
    const store = loadedStore();
    const site = liegeSite(store);
    renderAtlas(<DetailPanel />, { store });
    fireEvent.click(screen.getByRole('button', { name: 'Modifier le service' }));
    const phone = screen.getByRole('textbox', { name: 'Téléphone' });
    fireEvent.change(phone, { target: { value: 'demander à l’accueil' } });
    expect(phone).toHaveAccessibleDescription(/Attention : Cela ne ressemble pas/);
    expect(phone).not.toHaveAttribute('aria-invalid');
    const languages = screen.getByRole('textbox', { name: 'Langues' });
    fireEvent.change(languages, { target: { value: 'français, klingon' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(store.getState().history.done).toHaveLength(0);
    expect(languages).toHaveAttribute('aria-invalid', 'true');

    fireEvent.change(languages, { target: { value: 'français, ukrainien, ru' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const saved = serviceIn(store, site.service.id);
    expect(saved?.languages).toEqual(['fr', 'uk', 'ru']);
    expect(saved?.phone).toBe('demander à l’accueil');
  });

  it('asks for the user’s name once, and records it with the change', () => {
    const store = loadedStore();
    liegeSite(store, '');
    renderAtlas(<DetailPanel />, { store });
    fireEvent.click(screen.getByRole('button', { name: 'Modifier le service' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Nom du service/ }), {
      target: { value: 'Service social' },
    });
    const author = screen.getByRole('textbox', { name: /Votre nom/ });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(store.getState().history.done).toHaveLength(0);
    expect(author).toHaveAttribute('aria-invalid', 'true');
    expect(document.activeElement).toBe(author);

    fireEvent.change(author, { target: { value: 'Olena' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(store.getState().author).toBe('Olena');
    expect(store.getState().history.done[0]?.author).toBe('Olena');
    fireEvent.click(screen.getByRole('button', { name: 'Modifier le service' }));
    expect(screen.queryByRole('textbox', { name: /Votre nom/ })).not.toBeInTheDocument();
  });

  it('says when the service changed elsewhere, and reloads the form with the current value', () => {
    const store = loadedStore();
    const site = liegeSite(store);
    renderAtlas(<DetailPanel />, { store });
    fireEvent.click(screen.getByRole('button', { name: 'Modifier le service' }));
    const name = screen.getByRole('textbox', { name: /Nom du service/ });
    fireEvent.change(name, { target: { value: 'Mon nom' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Public' }), {
      target: { value: 'Familles' },
    });
    // Another tab renames the service meanwhile.
    act(() => {
      store
        .getState()
        .transact(
          updateRecord('services', site.service, { name: 'Nom venu d’un autre onglet' }),
          'editRecord',
        );
    });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(store.getState().history.done).toHaveLength(1);
    const notice = screen.getByRole('alert');
    expect(notice).toHaveTextContent('Rien n’a été enregistré');
    expect(notice).toHaveTextContent(
      'Nom du service : vous avez saisi « Mon nom », la valeur actuelle est « Nom venu d’un autre onglet »',
    );
    expect(document.activeElement).toBe(notice);
    fireEvent.click(within(notice).getByRole('button', { name: /Recharger le formulaire/ }));
    expect(name).toHaveValue('Nom venu d’un autre onglet');
    expect(screen.getByRole('textbox', { name: 'Public' })).toHaveValue('Familles');
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(store.getState().history.done).toHaveLength(2);
    expect(serviceIn(store, site.service.id)).toMatchObject({
      name: 'Nom venu d’un autre onglet',
      audience: 'Familles',
    });
  });

  it('cancels with Escape without saving, and the panel stays open', () => {
    const store = loadedStore();
    liegeSite(store);
    renderAtlas(<DetailPanel />, { store });
    fireEvent.click(screen.getByRole('button', { name: 'Modifier le service' }));
    const name = screen.getByRole('textbox', { name: /Nom du service/ });
    fireEvent.change(name, { target: { value: 'Abandonné' } });
    fireEvent.keyDown(name, { key: 'Escape' });
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(store.getState().selection?.kind).toBe('site');
    expect(store.getState().history.done).toHaveLength(0);
  });
});

describe('deleting', () => {
  it('asks for confirmation before deleting a service and its links to sites', () => {
    const store = loadedStore();
    const site = liegeSite(store);
    renderAtlas(<DetailPanel />, { store });
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer le service' }));
    const question = screen.getByRole('group', { name: `Supprimer « ${site.service.name} » ?` });
    expect(question).toHaveTextContent(/Cela supprime aussi \d+ liens? entre/);
    expect(serviceIn(store, site.service.id)).toBeDefined();

    fireEvent.keyDown(within(question).getByRole('button', { name: 'Annuler' }), {
      key: 'Escape',
    });
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(serviceIn(store, site.service.id)).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Supprimer le service' }));
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer définitivement' }));
    expect(serviceIn(store, site.service.id)).toBeUndefined();
    expect(
      store
        .getState()
        .dataset.service_at_locations.some((link) => link.service_id === site.service.id),
    ).toBe(false);
    expect(store.getState().history.done.map((transaction) => transaction.label)).toEqual([
      'deleteRecord',
    ]);
  });

  it('does not delete an organisation that still has services, and says why', () => {
    const store = loadedStore();
    const site = liegeSite(store);
    store.getState().select({ kind: 'organization', id: site.service.organization_id });
    renderAtlas(<DetailPanel />, { store });
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer l’organisation' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Cette organisation a encore des services');
    expect(screen.queryByRole('button', { name: 'Supprimer définitivement' })).toBeNull();
    expect(store.getState().history.done).toHaveLength(0);
  });
});

describe('the site form', () => {
  it('edits the address without moving the point, and starts placing it on the map', () => {
    const store = loadedStore();
    const site = liegeSite(store);
    const location = site.location;
    if (!location) throw new Error('the site has a location');
    renderAtlas(<DetailPanel />, { store });
    fireEvent.click(screen.getByRole('button', { name: 'Modifier le site' }));
    expect(screen.getByRole('combobox', { name: 'Commune' })).toHaveValue('Liège');

    const place = screen.getByRole('button', { name: 'Placer sur la carte' });
    fireEvent.click(place);
    expect(store.getState().placing).toBe(location.id);
    expect(place).toHaveAttribute('aria-pressed', 'true');
    // The map moves the point (its own transaction) while the form is open.
    act(() => {
      store.getState().transact(
        updateRecord('locations', location, {
          latitude: 50.6451,
          longitude: 5.5734,
          location_precision: 'exact',
        }),
        'moveLocation',
      );
    });
    expect(screen.getByText(/Latitude 50\.64510, longitude 5\.57340/)).toBeInTheDocument();

    fireEvent.change(screen.getByRole('textbox', { name: 'Adresse' }), {
      target: { value: 'Place Saint-Jacques 13' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const saved = store.getState().dataset.locations.find((l) => l.id === location.id);
    expect(saved).toMatchObject({
      address_1: 'Place Saint-Jacques 13',
      latitude: 50.6451,
      longitude: 5.5734,
      location_precision: 'exact',
    });
    expect(store.getState().history.done.map((transaction) => transaction.label)).toEqual([
      'moveLocation',
      'editRecord',
    ]);
    // Closing the form ends placing.
    expect(store.getState().placing).toBeNull();
  });
});

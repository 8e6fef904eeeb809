// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { emptyDataset } from '../../../src/model/dataset';
import { stableId } from '../../../src/model/ids';
import type { Location, Organization, Service } from '../../../src/model/schemas';
import { DetailPanel } from '../../../src/ui/details/DetailPanel';
import { loadedStore, renderAtlas } from './render_atlas';

function cpasDeLiegeSite(store: ReturnType<typeof loadedStore>) {
  const site = store
    .getState()
    .sites.find(
      (row) => row.organization?.name === 'CPAS de Liège' && row.commune?.nis_code === '62063',
    );
  if (!site) throw new Error('the curated data has a site of the CPAS de Liège');
  return site;
}

describe('the detail panel', () => {
  it('shows a site with its service, organisation, commune and placement', () => {
    const store = loadedStore();
    const site = cpasDeLiegeSite(store);
    store.getState().select({ kind: 'site', id: site.id });
    renderAtlas(<DetailPanel />, { store });

    const panel = screen.getByRole('region', { name: 'Détails' });
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent(site.service.name);
    expect(panel).toHaveTextContent('Aide sociale');
    expect(panel).toHaveTextContent('Actif');
    expect(panel).toHaveTextContent('Place Saint-Jacques, 13');
    expect(panel).toHaveTextContent('Placé au code postal');
    expect(panel).toHaveTextContent('le point est au centre de son code postal');
    expect(screen.getByRole('heading', { level: 3, name: 'Organisation' })).toBeInTheDocument();
    // When the source was read, and apart from that, that nobody has verified it with the
    // organisation yet.
    expect(panel).toHaveTextContent(/Source consultée le\s*28 novembre 2026/);
    expect(panel).toHaveTextContent(/Vérifié auprès de l’organisation\s*Pas encore/);

    fireEvent.click(screen.getByRole('button', { name: 'Liège' }));
    expect(store.getState().selection).toEqual({ kind: 'commune', id: '62063' });
    act(() => store.getState().select({ kind: 'site', id: site.id }));
    fireEvent.click(screen.getByRole('button', { name: 'CPAS de Liège' }));
    expect(store.getState().selection).toEqual({
      kind: 'organization',
      id: site.organization?.id,
    });
    // The focus follows to the new panel's heading instead of being lost.
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));
  });

  it('shows a commune with its CPAS, population, places and services by category', () => {
    const store = loadedStore();
    store.getState().select({ kind: 'commune', id: '62063' });
    renderAtlas(<DetailPanel />, { store });

    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Liège');
    const panel = screen.getByRole('region', { name: 'Détails' });
    expect(panel).toHaveTextContent('Luik');
    expect(panel).toHaveTextContent('Lüttich');
    expect(panel).toHaveTextContent(/197\s217 habitants \(2020\)/);
    const count = store.getState().sites.filter((s) => s.commune?.nis_code === '62063').length;
    expect(panel).toHaveTextContent(`${count} sites`);

    const cpasHeading = screen.getByRole('heading', { level: 3, name: 'CPAS' });
    const cpasList = cpasHeading.nextElementSibling as HTMLElement;
    const cpas = within(cpasList).getByRole('button', { name: 'CPAS de Liège' });
    expect(screen.getByRole('heading', { level: 4, name: /Aide sociale/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: /Accueil/ })).toBeInTheDocument();

    fireEvent.click(cpas);
    expect(store.getState().selection?.kind).toBe('organization');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('CPAS de Liège');
  });

  it('opens the arrondissement of a commune, with its names, communes and province', async () => {
    const store = loadedStore();
    store.getState().select({ kind: 'commune', id: '25112' });
    renderAtlas(<DetailPanel />, { store });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Wavre');

    fireEvent.click(screen.getByRole('button', { name: 'Nivelles' }));
    expect(store.getState().selection).toEqual({ kind: 'arrondissement', id: '25000' });
    const panel = screen.getByRole('region', { name: 'Détails' });
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('Nivelles');
    expect(panel).toHaveTextContent('Arrondissement');
    expect(panel).toHaveTextContent('Nijvel');
    expect(panel).toHaveTextContent('27 communes');
    expect(panel).toHaveTextContent(/Population\s*[\d\s]+ habitants \(2020\)/);
    // Profiles are printed for communes and provinces.
    expect(screen.queryByRole('button', { name: 'Profil à imprimer' })).toBeNull();
    expect(
      await screen.findByText('Aucun chiffre daté pour cet arrondissement.'),
    ).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Brabant wallon' }));
    expect(store.getState().selection).toEqual({ kind: 'province', id: '20002' });
    expect(screen.getByRole('button', { name: 'Profil à imprimer' })).toBeInTheDocument();
  });

  it('shows an organisation with its services, sites and relationships', () => {
    const store = loadedStore();
    const site = cpasDeLiegeSite(store);
    const org = site.organization;
    if (!org) throw new Error('expected an organisation');
    store.getState().select({ kind: 'organization', id: org.id });
    renderAtlas(<DetailPanel />, { store });
    expect(screen.getByText('CPAS', { selector: '.badge' })).toBeInTheDocument();
    expect(screen.getByText('Local', { selector: '.badge' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Liège — Place Saint-Jacques, 13' }));
    expect(store.getState().selection).toEqual({ kind: 'site', id: site.id });

    const withRelations = store
      .getState()
      .dataset.relationships.map((relationship) => relationship.source_organization_id)[0];
    if (!withRelations) throw new Error('the curated data has relationships');
    act(() => store.getState().select({ kind: 'organization', id: withRelations }));
    expect(screen.getByRole('heading', { level: 3, name: 'Relations' })).toBeInTheDocument();
  });

  it('uses the interface language', () => {
    const store = loadedStore();
    store.getState().select({ kind: 'commune', id: '62063' });
    renderAtlas(<DetailPanel />, { store, language: 'nl' });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Luik');
    expect(screen.getByRole('heading', { level: 3, name: 'OCMW (CPAS)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Details sluiten' })).toBeInTheDocument();
  });

  it('closes with its button and with Escape', () => {
    const store = loadedStore();
    store.getState().select({ kind: 'commune', id: '62063' });
    renderAtlas(<DetailPanel />, { store });
    fireEvent.click(screen.getByRole('button', { name: 'Fermer les détails' }));
    expect(store.getState().selection).toBeNull();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();

    act(() => store.getState().select({ kind: 'commune', id: '92094' }));
    fireEvent.keyDown(screen.getByRole('heading', { level: 2 }), { key: 'Escape' });
    expect(store.getState().selection).toBeNull();
  });

  it('says so when the selection is not in the data', () => {
    const store = loadedStore();
    store.getState().select({ kind: 'organization', id: 'no-such-id' });
    renderAtlas(<DetailPanel />, { store });
    expect(screen.getByRole('region')).toHaveTextContent('pas (ou plus) dans les données');
  });
});

describe('data in the detail panel', () => {
  const ORG = stableId('organization', 'hostile');
  const SERVICE = stableId('service', 'hostile');
  const LOCATION = stableId('location', 'hostile');
  const provenance = { source: '', source_consulted: '', last_verified: '' };
  const organization: Organization = {
    id: ORG,
    name: '<img src=x onerror=alert(1)>',
    alternate_name: '',
    description: '<b>not bold</b>',
    org_type: 'ngo',
    level: 'local',
    website: 'javascript:alert(document.cookie)',
    email: 'contact@example.org',
    phone: '081 74 10 04',
    enterprise_number: '',
    parent_organization_id: '',
    contact_person: '',
    notes: '',
    source: 'Annuaire https://www.example.org/annuaire (2024); javascript:alert(2)',
    source_consulted: '',
    last_verified: '2024-05-06',
  };
  const service: Service = {
    id: SERVICE,
    organization_id: ORG,
    name: 'Accueil',
    category: 'reception',
    description: '',
    audience: '',
    languages: ['uk', 'fr'],
    status: 'active',
    url: ' JavaScript:alert(1)',
    email: 'javascript:alert(1)',
    phone: '+32 2 555 55 55 (accueil); +32 81 00 00 00',
    eligibility: '',
    fees: '',
    service_area: [],
    capacity: null,
    contact_person: '',
    notes: '',
    ...provenance,
  };
  const location: Location = {
    id: LOCATION,
    organization_id: ORG,
    name: '',
    address_1: 'Rue de Fer 1',
    postal_code: '5000',
    city: 'Namur',
    nis_code: '92094',
    latitude: 50.46,
    longitude: 4.86,
    location_precision: 'commune',
    ...provenance,
  };
  const dataset = {
    ...emptyDataset(),
    organizations: [organization],
    services: [service],
    locations: [location],
    service_at_locations: [
      {
        id: stableId('service_at_location', 'hostile'),
        service_id: SERVICE,
        location_id: LOCATION,
        ...provenance,
      },
    ],
  };

  it('never renders a javascript: URL as a link, nor data as HTML', () => {
    const store = loadedStore(dataset);
    const [site] = store.getState().sites;
    if (!site) throw new Error('expected a site');
    store.getState().select({ kind: 'site', id: site.id });
    const { container } = renderAtlas(<DetailPanel />, { store });
    const hrefs = () =>
      [...container.querySelectorAll('a')].map((link) => link.getAttribute('href') ?? '');
    expect(hrefs().some((href) => /javascript/i.test(href))).toBe(false);
    expect(screen.getByText('JavaScript:alert(1)')).toBeInTheDocument();
    expect(hrefs()).toEqual(['tel:+3225555555', 'tel:+3281000000']);
    expect(screen.getByText('Ukrainien, français', { exact: false })).toBeInTheDocument();

    act(() => store.getState().select({ kind: 'organization', id: ORG }));
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      '<img src=x onerror=alert(1)>',
    );
    expect(hrefs().some((href) => /javascript/i.test(href))).toBe(false);
    expect(screen.getByText('javascript:alert(document.cookie)')).toBeInTheDocument();
    expect(hrefs()).toEqual([
      'mailto:contact@example.org',
      'tel:081741004',
      'https://www.example.org/annuaire',
    ]);
    const link = screen.getByRole('link', { name: 'https://www.example.org/annuaire' });
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByRole('region')).toHaveTextContent('6 mai 2024');
  });
});

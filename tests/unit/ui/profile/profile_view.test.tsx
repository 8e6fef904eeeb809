// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, screen, within } from '@testing-library/react';
import type { FeatureCollection } from 'geojson';
import { loadGazetteerSync } from '../../../../scripts/lib/load_reference';
import { DetailPanel } from '../../../../src/ui/details/DetailPanel';
import { ProfileView } from '../../../../src/ui/profile/ProfileView';
import { curatedDataset, loadedStore, renderAtlas } from '../render_atlas';

const REFERENCE = join(__dirname, '..', '..', '..', '..', 'data', 'reference');
const read = (name: string) =>
  JSON.parse(readFileSync(join(REFERENCE, `${name}.geojson`), 'utf8')) as FeatureCollection;
/** The boundaries, read once for the file (the communes' file is 1 MB). */
const BOUNDARIES = { communes: read('communes'), provinces: read('provinces') };

/** A store with the curated data and the real boundaries, for the profile's map. */
function storeWithMap() {
  const store = loadedStore();
  store.getState().datasetLoaded(curatedDataset(), loadGazetteerSync(), {
    communes: BOUNDARIES.communes,
    arrondissements: { type: 'FeatureCollection', features: [] },
    provinces: BOUNDARIES.provinces,
  });
  return store;
}

function section(name: RegExp | string): HTMLElement {
  return screen.getByRole('heading', { level: 2, name }).closest('section') as HTMLElement;
}

describe('the profile of Arlon', { timeout: 30_000 }, () => {
  it('says in French what a meeting needs: figures, map, CPAS, centre, services, sources', () => {
    const store = storeWithMap();
    store.getState().openProfile('81001');
    renderAtlas(<ProfileView code="81001" />, { store });

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Arlon');
    expect(screen.getByText('Profil de la commune')).toBeInTheDocument();
    expect(screen.getByText(/Arrondissement : Arlon · Province : Luxembourg/)).toBeInTheDocument();

    const key = section('Chiffres clés');
    expect(key).toHaveTextContent(/30\s081 habitants \(population légale, 2020\)/);

    const map = section('Carte des services');
    const drawing = within(map).getByRole('img', { name: /Carte de Arlon/ });
    // The boundary, the neighbours' outlines and one symbol per site with a position.
    const placed = store
      .getState()
      .sites.filter(
        (site) => site.commune?.nis_code === '81001' && site.location?.latitude != null,
      );
    expect(drawing.querySelectorAll('g')[2]?.querySelectorAll('path')).toHaveLength(placed.length);
    expect(within(map).getByText(/Aide sociale \(1\)/)).toBeInTheDocument();

    const contacts = section(/CPAS et centre régional/);
    expect(contacts).toHaveTextContent('CPAS de Arlon');
    expect(contacts).toHaveTextContent(/CRILUX/);

    const services = section('Services par catégorie');
    expect(within(services).getByRole('rowheader', { name: /Aide sociale/ })).toBeInTheDocument();

    const figures = section('Chiffres et tendances');
    expect(figures).toHaveTextContent('Aucun autre chiffre n’est connu pour Arlon.');
    expect(
      within(figures).getByRole('table', { name: 'Pour comparaison : Luxembourg' }),
    ).toHaveTextContent(
      /Personnes déplacées d’Ukraine accueillies\s*1\s250 personnes\s*février 2023/,
    );

    const sources = section('Sources');
    expect(sources).toHaveTextContent(/Statbel, legal population on 1 January 2020/);
    expect(sources).toHaveTextContent(/consultée le 28 novembre 2026/);
    expect(sources).toHaveTextContent('Limites : © Statbel, CC BY 4.0 (modifiées)');
  });

  it('says the same in German, with numbers and dates as German writes them', () => {
    const store = storeWithMap();
    renderAtlas(<ProfileView code="81001" />, { store, language: 'de' });
    expect(screen.getByText('Profil der Gemeinde')).toBeInTheDocument();
    expect(section('Eckdaten')).toHaveTextContent(
      /30\.081 Einwohner \(amtliche Bevölkerungszahl, 2020\)/,
    );
    expect(section(/ÖSHZ und regionales Integrationszentrum/)).toHaveTextContent('CPAS de Arlon');
    expect(section('Zahlen und Entwicklung')).toHaveTextContent(
      /Aufgenommene Vertriebene aus der Ukraine\s*1\.250 Personen\s*Februar 2023/,
    );
    expect(section('Quellen')).toHaveTextContent(/eingesehen am 28\. November 2026/);
  });

  it('prints through the browser, and goes back to the atlas', () => {
    const store = storeWithMap();
    store.getState().openProfile('81001');
    renderAtlas(<ProfileView code="81001" />, { store });
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Imprimer ou enregistrer en PDF' }));
    expect(print).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: /Retour à l’atlas/ }));
    expect(store.getState().profile).toBeNull();
    print.mockRestore();
  });
});

describe('the profile of a province', { timeout: 30_000 }, () => {
  it('lists its communes with their population and sites, and Wallonia’s figures beside its own', () => {
    renderAtlas(<ProfileView code="80000" />, { store: storeWithMap(), language: 'en' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Luxembourg');
    expect(screen.getByText(/Walloon province · 43 municipalities/)).toBeInTheDocument();
    const communes = section('The municipalities of the province');
    expect(within(communes).getByRole('row', { name: /^Arlon Arlon 30,081 \d+$/ })).toBeTruthy();
    expect(section('Figures and trends')).toHaveTextContent('For comparison: Wallonia');
  });

  it('says so when the code is no commune nor province', () => {
    renderAtlas(<ProfileView code="81000" />, { store: storeWithMap() });
    expect(
      screen.getByText('Aucune commune ni province de Wallonie n’a le code 81000.'),
    ).toBeInTheDocument();
  });
});

describe('the profile opened from the detail panels', { timeout: 30_000 }, () => {
  it('opens from a commune, and from its province reached from the commune', () => {
    const store = loadedStore();
    store.getState().select({ kind: 'commune', id: '81001' });
    renderAtlas(<DetailPanel />, { store });
    fireEvent.click(screen.getByRole('button', { name: 'Profil à imprimer' }));
    expect(store.getState().profile).toBe('81001');

    fireEvent.click(screen.getByRole('button', { name: 'Luxembourg' }));
    expect(store.getState().selection).toEqual({ kind: 'province', id: '80000' });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Luxembourg');
    expect(screen.getByRole('region', { name: 'Détails' })).toHaveTextContent('43 communes');
    fireEvent.click(screen.getByRole('button', { name: 'Profil à imprimer' }));
    expect(store.getState().profile).toBe('80000');
  });
});

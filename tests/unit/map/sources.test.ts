import type { Feature, FeatureCollection } from 'geojson';
import { loadGazetteerSync } from '../../../scripts/lib/load_reference';
import type { SiteRow } from '../../../src/explore/sites';
import {
  communeLabelPoints,
  featuresBounds,
  isApproximate,
  localityLabelPoints,
  roundCamera,
  SiteFeatures,
  sameCamera,
  selectedCommuneFeatures,
  selectedSites,
  selectedSitesGeoJSON,
  sitesToGeoJSON,
} from '../../../src/map/sources';
import type { CommuneInfo } from '../../../src/places/types';
import type { Selection } from '../../../src/store/view';

const LIEGE: [number, number] = [5.5667, 50.6333];

function createSite(
  id: string,
  options: {
    point?: [number, number] | null;
    precision?: 'exact' | 'postcode' | 'commune' | '';
    organization?: string;
    category?: string;
  } = {},
): SiteRow {
  const point = options.point === undefined ? LIEGE : options.point;
  return {
    id,
    searchText: id,
    service: { name: `Service ${id}`, category: options.category ?? 'housing' },
    organization: { id: options.organization ?? 'org-1' },
    location: {
      latitude: point ? point[1] : null,
      longitude: point ? point[0] : null,
      location_precision: options.precision ?? 'commune',
    },
    commune: undefined,
  } as unknown as SiteRow;
}

describe('sitesToGeoJSON', () => {
  it('keeps only sites with coordinates, with their id, category and precision', () => {
    const collection = sitesToGeoJSON([
      createSite('a', { point: [4.1, 50.2], precision: 'exact', category: 'health' }),
      createSite('b', { point: null }),
      createSite('c', { point: [5, 50], precision: '' }),
    ]);
    expect(collection.features.map((feature) => feature.properties)).toEqual([
      { id: 'a', category: 'health', precision: 'exact' },
      { id: 'c', category: 'housing', precision: '' },
    ]);
    expect(collection.features[0]?.geometry.coordinates).toEqual([4.1, 50.2]);
  });

  it('draws sites sharing a point at that very point, never scattered as if at addresses', () => {
    const sites = ['a', 'b', 'c'].map((id) => createSite(id));
    const positions = sitesToGeoJSON(sites).features.map((feature) => feature.geometry.coordinates);
    expect(positions).toEqual([LIEGE, LIEGE, LIEGE]);
  });

  it('places each site at the same spot whatever the filters show (SiteFeatures)', () => {
    const sites = ['a', 'b', 'c', 'd'].map((id) => createSite(id));
    const features = new SiteFeatures();
    const all = features.collection(sites);
    const some = features.collection([sites[3], sites[1]].filter((site) => site !== undefined));
    expect(some.features.map((feature) => feature.geometry.coordinates)).toEqual([
      all.features[3]?.geometry.coordinates,
      all.features[1]?.geometry.coordinates,
    ]);
    // The same SiteRow gives the same feature object: nothing is rebuilt on a filter change.
    expect(some.features[0]).toBe(all.features[3]);
  });

  it('gives each feature as JSON text, for the map workers', () => {
    const sites = ['a', 'b'].map((id) => createSite(id));
    const features = new SiteFeatures();
    expect(JSON.parse(features.text(sites[1] as SiteRow) ?? '')).toEqual(
      features.collection(sites).features[1],
    );
    expect(features.text(createSite('z', { point: null }))).toBeNull();
  });

  it('keeps the features of unchanged rows for the next version of the dataset', () => {
    const sites = ['a', 'b', 'c'].map((id) => createSite(id));
    const before = new SiteFeatures();
    const drawn = sites.map((site) => before.text(site));
    // An edit replaces one row (a service renamed): the map draws exactly what it drew.
    const renamed = { ...sites[1], service: { ...sites[1]?.service, name: 'Renamed' } } as SiteRow;
    const edited = [sites[0], renamed, sites[2]] as SiteRow[];
    const after = new SiteFeatures(before);
    expect(after.feature(edited[0] as SiteRow)).toBe(before.feature(sites[0] as SiteRow));
    expect(edited.map((site) => after.text(site))).toEqual(drawn);
    // A new category is drawn differently; a row removed changes no other row's feature.
    const recategorised = { ...renamed, service: { ...renamed.service, category: 'language' } };
    const other = new SiteFeatures(before);
    other.collection([sites[0], recategorised] as SiteRow[]);
    expect(other.text(recategorised as SiteRow)).not.toEqual(drawn[1]);
    const shorter = new SiteFeatures(before);
    shorter.collection([sites[0], sites[2]] as SiteRow[]);
    expect(shorter.text(sites[2] as SiteRow)).toBe(drawn[2]);
  });
});

describe('the selection', () => {
  const sites = [
    createSite('a', { organization: 'org-1' }),
    createSite('b', { organization: 'org-2', point: [4, 50] }),
    createSite('c', { organization: 'org-1', point: null }),
    createSite('d', { organization: 'org-1', point: [4.5, 50.5] }),
  ];

  it('is a site, an organisation’s sites, or nothing for a commune', () => {
    expect(selectedSites({ kind: 'site', id: 'b' }, sites).map((site) => site.id)).toEqual(['b']);
    expect(
      selectedSites({ kind: 'organization', id: 'org-1' }, sites).map((site) => site.id),
    ).toEqual(['a', 'c', 'd']);
    expect(selectedSites({ kind: 'commune', id: '62063' }, sites)).toEqual([]);
    expect(selectedSites(null, sites)).toEqual([]);
  });

  it('is drawn where the clustered source draws the same sites', () => {
    const features = new SiteFeatures();
    const drawn = features.collection([createSite('x'), ...sites]);
    const ring = selectedSitesGeoJSON({ kind: 'organization', id: 'org-1' }, sites, features);
    expect(ring.features.map((feature) => feature.properties.id)).toEqual(['a', 'd']);
    expect(ring.features[0]?.geometry.coordinates).toEqual(drawn.features[1]?.geometry.coordinates);
    expect(ring.features[1]?.geometry.coordinates).toEqual([4.5, 50.5]);
  });
});

describe('bounds and cameras', () => {
  const square: Feature = {
    type: 'Feature',
    properties: { nis_code: '62063' },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [5, 50],
          [6, 50],
          [6, 51],
          [5, 51],
          [5, 50],
        ],
      ],
    },
  };
  const islands: Feature = {
    type: 'Feature',
    properties: { nis_code: '25005' },
    geometry: {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [3, 49.5],
            [3.5, 49.5],
            [3.5, 50],
            [3, 49.5],
          ],
        ],
      ],
    },
  };

  it('bounds polygons and multipolygons, null without coordinates', () => {
    expect(featuresBounds([square])).toEqual([5, 50, 6, 51]);
    expect(featuresBounds([square, islands])).toEqual([3, 49.5, 6, 51]);
    expect(featuresBounds([])).toBeNull();
  });

  it('finds the communes a commune, an arrondissement or a province covers', () => {
    const communes = { type: 'FeatureCollection' as const, features: [islands, square] };
    const of = (kind: Selection['kind'], id: string) =>
      selectedCommuneFeatures(communes, { kind, id });
    expect(of('commune', '62063')).toEqual([square]);
    expect(of('commune', '99999')).toEqual([]);
    expect(of('arrondissement', '62000')).toEqual([square]);
    expect(of('arrondissement', '25000')).toEqual([islands]);
    expect(of('province', '60000')).toEqual([square]);
    expect(of('province', '20002')).toEqual([islands]);
    expect(of('province', '50000')).toEqual([]);
    // A site or an organisation is no place.
    expect(of('site', '62063')).toEqual([]);
    expect(selectedCommuneFeatures(null, { kind: 'commune', id: '62063' })).toEqual([]);
    expect(selectedCommuneFeatures(communes, null)).toEqual([]);
  });

  it('compares and rounds cameras as a link keeps them', () => {
    const camera = roundCamera([5.123456789, 50.987654321], 9.87654);
    expect(camera).toEqual({ center: [5.12346, 50.98765], zoom: 9.88 });
    expect(sameCamera(camera, { center: [5.123461, 50.987651], zoom: 9.881 })).toBe(true);
    expect(sameCamera(camera, { center: [5.2, 50.98765], zoom: 9.88 })).toBe(false);
    expect(sameCamera(null, null)).toBe(true);
    expect(sameCamera(camera, null)).toBe(false);
  });
});

describe('commune labels and precision', () => {
  it('puts one label per commune at its interior point, with its three names', () => {
    const liege: CommuneInfo = {
      nis_code: '62063',
      name_fr: 'Liège',
      name_nl: 'Luik',
      name_de: 'Lüttich',
      arrondissement: 'Liège',
      province: 'Liège',
      interior_point: LIEGE,
    };
    const boundaries: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: LIEGE },
          properties: { nis_code: '62063', population_2020: 197_217 },
        },
      ],
    };
    const labels = communeLabelPoints([liege], boundaries);
    expect(labels.features).toEqual([
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: LIEGE },
        properties: {
          nis_code: '62063',
          name_fr: 'Liège',
          name_nl: 'Luik',
          name_de: 'Lüttich',
          population: 197_217,
        },
      },
    ]);
    expect(communeLabelPoints([liege]).features[0]?.properties.population).toBe(0);
  });

  it('labels the localities of the postcodes, but not one named as its commune', () => {
    const gazetteer = loadGazetteerSync();
    const labels = localityLabelPoints(gazetteer.postcodes, gazetteer.communeByNis);
    const names = labels.features.map((feature) => feature.properties.name);
    expect(names).toContain('Bierges');
    expect(names).toContain('Gilly');
    expect(names).not.toContain('Namur');
    expect(names).not.toContain('Wavre');
    expect(labels.features.length).toBeGreaterThan(250);
  });

  it('draws every position but an exact address as approximate', () => {
    expect(isApproximate('exact')).toBe(false);
    expect(['postcode', 'commune', ''].map(isApproximate)).toEqual([true, true, true]);
  });
});

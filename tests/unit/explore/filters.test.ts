import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { loadGazetteerSync } from '../../../scripts/lib/load_reference';
import { filterSites } from '../../../src/explore/filter_sites';
import { type Filters, NO_FILTERS } from '../../../src/explore/filters';
import { SiteIndex } from '../../../src/explore/site_index';
import { buildSiteRows } from '../../../src/explore/sites';
import { normalisedCsvDriver } from '../../../src/formats/normalised_csv';

const gazetteer = loadGazetteerSync();
const files = ['organizations.csv', 'services.csv', 'locations.csv', 'service_at_location.csv'].map(
  (name) => ({ path: name, bytes: new Uint8Array(readFileSync(`data/${name}`)) }),
);
const { dataset } = normalisedCsvDriver.read(files, { gazetteer });
const sites = buildSiteRows(dataset, (nis) => gazetteer.communeByNis(nis));

describe('the curated dataset as sites', () => {
  it('has one row per service at a location, and one per service without a site', () => {
    const unplaced = dataset.services.filter(
      (service) => !dataset.service_at_locations.some((link) => link.service_id === service.id),
    );
    expect(sites).toHaveLength(dataset.service_at_locations.length + unplaced.length);
  });
});

describe('filterSites', () => {
  it('returns every site without filters', () => {
    expect(filterSites(sites, NO_FILTERS)).toBe(sites);
  });

  it('keeps only the sites of the chosen commune, its CPAS among them', () => {
    const liege = filterSites(sites, { ...NO_FILTERS, communes: ['62063'] });
    expect(liege.length).toBeGreaterThan(0);
    expect(liege.every((site) => site.commune?.nis_code === '62063')).toBe(true);
    expect(liege.map((site) => site.organization?.org_type)).toContain('cpas');
  });

  it('combines filters: a category within a province', () => {
    const result = filterSites(sites, {
      ...NO_FILTERS,
      provinces: ['Liège'],
      categories: ['social_aid'],
    });
    expect(result.length).toBeGreaterThan(10);
    for (const site of result) {
      expect(site.commune?.province).toBe('Liège');
      expect(site.service.category).toBe('social_aid');
    }
  });

  it('finds text without accents or case, in every word', () => {
    const result = filterSites(sites, { ...NO_FILTERS, text: 'cpas LIEGE' });
    expect(result.map((site) => site.organization?.name)).toContain('CPAS de Liège');
    expect(filterSites(sites, { ...NO_FILTERS, text: 'zzzz nothing' })).toEqual([]);
  });

  it('finds a name written with a ligature as people type it, and the other way round', () => {
    const [first, second] = sites;
    if (!first || !second) throw new Error('the curated dataset has sites');
    const named = (site: typeof first, name: string) =>
      buildSiteRows(
        {
          ...dataset,
          services: [{ ...site.service, name }],
          service_at_locations: [],
        },
        (nis) => gazetteer.communeByNis(nis),
      )[0] as typeof first;
    const rows = [named(first, 'Maison du Cœur'), named(second, 'Hauptstraße Coeur')];
    const found = (text: string) =>
      filterSites(rows, { ...NO_FILTERS, text }).map((site) => site.service.name);
    expect(found('coeur')).toEqual(['Maison du Cœur', 'Hauptstraße Coeur']);
    expect(found('CŒUR maison')).toEqual(['Maison du Cœur']);
    expect(found('strasse')).toEqual(['Hauptstraße Coeur']);
  });
});

describe('filterSites with an index', () => {
  /** The values the curated sites have for each list filter, and some words of their names. */
  const present = {
    categories: [...new Set(sites.map((site) => site.service.category))],
    statuses: [...new Set(sites.map((site) => site.service.status))],
    orgTypes: [...new Set(sites.flatMap((site) => site.organization?.org_type ?? []))],
    communes: [...new Set(sites.flatMap((site) => site.commune?.nis_code ?? []))],
    arrondissements: [...new Set(sites.flatMap((site) => site.commune?.arrondissement ?? []))],
    provinces: [...new Set(sites.flatMap((site) => site.commune?.province ?? []))],
    languages: [...new Set(sites.flatMap((site) => site.service.languages))],
  };
  const some = (values: string[]) =>
    fc.oneof(
      { weight: 3, arbitrary: fc.constant([]) },
      {
        weight: 2,
        arbitrary: fc.subarray(values, { minLength: 1, maxLength: Math.min(3, values.length) }),
      },
    );
  const filters = fc.record({
    categories: some(present.categories),
    statuses: some(present.statuses),
    orgTypes: some(present.orgTypes),
    communes: some(present.communes),
    arrondissements: some(present.arrondissements),
    provinces: some(present.provinces),
    languages: some(present.languages),
    text: fc.constantFrom('', 'cpas', 'liege', 'centre', 'zzz'),
  }) as fc.Arbitrary<Filters>;

  it('gives the same sites, in the same order, as a pass over all of them', () => {
    const index = new SiteIndex(sites);
    fc.assert(
      fc.property(filters, (chosen) => {
        expect(filterSites(sites, chosen, index)).toEqual(filterSites(sites, chosen));
      }),
      { numRuns: 400 },
    );
  });

  it('answers a single commune with the sites of that commune, without reading the others', () => {
    const index = new SiteIndex(sites);
    const liege = filterSites(sites, { ...NO_FILTERS, communes: ['62063'] }, index);
    expect(liege.length).toBeGreaterThan(0);
    expect(liege.every((site) => site.commune?.nis_code === '62063')).toBe(true);
    // The second time the same list comes back: nothing is walked or copied.
    expect(filterSites(sites, { ...NO_FILTERS, communes: ['62063'] }, index)).toBe(liege);
  });
});

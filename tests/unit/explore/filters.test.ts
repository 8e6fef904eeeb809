import { readFileSync } from 'node:fs';
import { loadGazetteerSync } from '../../../scripts/lib/load_reference';
import { filterSites, NO_FILTERS } from '../../../src/explore/filters';
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
});

import Papa from 'papaparse';
import { loadBoundaries, loadGazetteerSync } from '../../../../scripts/lib/load_reference';
import { hsdsDriver } from '../../../../src/formats/hsds';
import { checkPackage } from '../../../../src/formats/hsds/conformance';
import { type DataPackage, HSDS_DESCRIPTOR } from '../../../../src/formats/hsds/descriptor';
import type { AtlasExtensions } from '../../../../src/formats/hsds/extensions';
import { hsdsFiles, toHsds } from '../../../../src/formats/hsds/to_hsds';
import { emptyDataset } from '../../../../src/model/dataset';
import { areaCatalogue } from '../../../../src/places/area_catalogue';
import { sampleDataset, texts } from './sample';

const gazetteer = loadGazetteerSync();

/** The written package read back by an independent CSV reader, by resource name. */
function writtenTables(files: Map<string, string>, descriptor: DataPackage) {
  return Object.fromEntries(
    descriptor.resources.map((resource) => {
      const parsed = Papa.parse<Record<string, string>>(files.get(resource.path) ?? '', {
        header: true,
        skipEmptyLines: true,
      });
      expect(parsed.errors).toEqual([]);
      return [resource.name, parsed.data];
    }),
  );
}

describe('hsdsFiles', () => {
  it('writes a package in which every file conforms to the official descriptor', () => {
    const files = texts(hsdsFiles(sampleDataset(gazetteer)));
    const descriptor = JSON.parse(files.get('datapackage.json') ?? '') as DataPackage;
    const tables = writtenTables(files, descriptor);
    expect(checkPackage(tables, HSDS_DESCRIPTOR)).toEqual([]);
    expect(tables.organization).toHaveLength(2);
    expect(tables.language).toHaveLength(5);
    expect(tables.phone).toHaveLength(2);
  });

  it('writes the official descriptor, only with the resources written, each schema unchanged', () => {
    const files = texts(hsdsFiles(emptyDataset()));
    const descriptor = JSON.parse(files.get('datapackage.json') ?? '') as DataPackage;
    const { resources: _written, ...rest } = descriptor;
    const { resources: _official, ...officialRest } = HSDS_DESCRIPTOR;
    expect(rest).toEqual(officialRest);
    for (const resource of descriptor.resources) {
      expect(HSDS_DESCRIPTOR.resources.find((official) => official.name === resource.name)).toEqual(
        resource,
      );
      expect(files.has(resource.path)).toBe(true);
    }
    expect(descriptor.resources.map((resource) => resource.path)).toEqual([
      'organizations.csv',
      'services.csv',
      'attributes.csv',
      'service_at_location.csv',
      'locations.csv',
      'phones.csv',
      'addresses.csv',
      'service_areas.csv',
      'languages.csv',
      'taxonomy_terms.csv',
      'organization_identifiers.csv',
      'taxonomies.csv',
    ]);
  });

  it('keeps relationships, indicators and the fields HSDS lacks out of the CSV files, in the sidecar', () => {
    const dataset = sampleDataset(gazetteer);
    const files = texts(hsdsFiles(dataset));
    const csv = [...files]
      .filter(([path]) => path.endsWith('.csv'))
      .map(([, text]) => text)
      .join('\n');
    for (const relationship of dataset.relationships) expect(csv).not.toContain(relationship.id);
    for (const indicator of dataset.indicators) expect(csv).not.toContain(indicator.id);
    expect(csv).not.toContain('Test fixture');
    expect(csv).not.toContain('Bénéficiaires de la protection temporaire');
    const sidecar = JSON.parse(files.get('atlas_extensions.json') ?? '') as AtlasExtensions;
    expect(sidecar.relationships).toEqual(dataset.relationships);
    expect(sidecar.indicators).toEqual(dataset.indicators);
    const [office, liege] = dataset.locations;
    expect(sidecar.locations[office?.id ?? '']).toEqual({
      source: 'Test fixture',
      source_consulted: '2025-04-30',
      last_verified: '2025-05-02',
      location_precision: 'exact',
    });
    expect(sidecar.locations[liege?.id ?? '']).toMatchObject({
      location_precision: 'postcode',
      address_1: '',
      postal_code: '4000',
    });
  });

  it('writes an address only when HSDS can have it whole, its province read from the NIS code', () => {
    const dataset = sampleDataset(gazetteer);
    const { tables } = toHsds(dataset);
    const [office] = dataset.locations;
    expect(tables.address).toEqual([
      expect.objectContaining({
        location_id: office?.id,
        address_1: 'Rue de Test 1',
        postal_code: '5000',
        city: office?.city,
        state_province: 'Namur',
        country: 'BE',
        address_type: 'physical',
      }),
    ]);
    expect(
      tables.location?.map((row) => [row.external_identifier, row.external_identifier_type]),
    ).toEqual(dataset.locations.map((location) => [location.nis_code, 'NIS']));
  });

  it('fills the required organisation description with its name, and says so in the sidecar', () => {
    const { tables, extensions } = toHsds(sampleDataset(gazetteer));
    const [cpas, ngo] = tables.organization ?? [];
    expect(cpas?.description).toBe('Test CPAS');
    expect(extensions.organizations[cpas?.id ?? '']?.placeholders).toBe('description');
    expect(ngo?.description).toBe('Accueil et cours de français');
    expect(extensions.organizations[ngo?.id ?? '']?.placeholders).toBeUndefined();
  });

  it('links category, organisation type and level to taxonomy terms with stable ids', () => {
    const dataset = sampleDataset(gazetteer);
    const { tables } = toHsds(dataset);
    const terms = new Map(tables.taxonomy_term?.map((term) => [term.id, term.code]));
    const linked = tables.attribute?.map((attribute) => [
      attribute.link_entity,
      attribute.link_id,
      terms.get(attribute.taxonomy_term_id ?? ''),
    ]);
    const [cpas, ngo] = dataset.organizations;
    expect(linked).toEqual(
      expect.arrayContaining([
        ['organization', cpas?.id, 'org_type:cpas'],
        ['organization', cpas?.id, 'level:local'],
        ['organization', ngo?.id, 'org_type:ngo'],
        ['service', dataset.services[0]?.id, 'category:social_aid'],
      ]),
    );
    expect(linked).toHaveLength(6);
    expect(toHsds(sampleDataset(gazetteer)).tables).toEqual(tables);
  });
});

describe('service areas', () => {
  it('are one service_area row per unit, with its name, its REFNIS code and its boundary as GeoJSON', () => {
    const dataset = sampleDataset(gazetteer);
    const [first] = dataset.services;
    if (!first) throw new Error('the sample has no service');
    first.service_area = ['81001', '80000'];
    const areas = areaCatalogue(loadBoundaries());
    const { tables } = toHsds(dataset, areas);
    const rows = tables.service_area ?? [];
    expect(rows.map((row) => [row.service_id, row.name, row.description])).toEqual([
      [first.id, 'Arlon', 'REFNIS 81001'],
      [first.id, 'Province du Luxembourg', 'REFNIS 80000'],
    ]);
    for (const row of rows) {
      expect(row.extent_type).toBe('geojson');
      expect(['Polygon', 'MultiPolygon']).toContain(JSON.parse(row.extent ?? '').type);
    }
    const back = hsdsDriver.read(
      hsdsFiles(dataset, areas).map((file) => ({
        path: file.path,
        bytes:
          typeof file.content === 'string' ? new TextEncoder().encode(file.content) : file.content,
      })),
      { gazetteer },
    );
    expect(back.dataset.services.find((service) => service.id === first.id)?.service_area).toEqual([
      '81001',
      '80000',
    ]);
  });
});

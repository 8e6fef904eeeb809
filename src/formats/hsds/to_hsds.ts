import type { Dataset } from '../../model/dataset';
import type { Location, Organization, Service } from '../../model/schemas';
import type { AreaCatalogue } from '../../places/area_catalogue';
import { toCsv } from '../../text/write_csv';
import type { OutputFile } from '../types';
import { type DataPackage, HSDS_DESCRIPTOR, type TableResource } from './descriptor';
import { type AtlasExtensions, EXTENSIONS_FILE, EXTENSIONS_FORMAT } from './extensions';
import { provinceOfNis } from './province';
import {
  hsdsId,
  taxonomyId,
  termCode,
  termDescription,
  termId,
  termName,
  VOCABULARIES,
  type Vocabulary,
  type VocabularyKey,
} from './vocabularies';

/**
 * Dataset → HSDS 3.0 tables (by resource name, rows keyed by column) plus the Atlas sidecar.
 *
 * Mapping: organization (its enterprise number as an organization_identifier of scheme
 * BE-BCE_KBO), service (eligibility → eligibility_description, fees →
 * fees_description, last_verified → assured_date), location (physical; the NIS code as
 * external_identifier of type NIS), address (only when the location has a street, postcode
 * and city and its NIS code gives the province: HSDS requires all of them and nothing is
 * invented; country BE), phone (one per organisation or service phone), language (one per
 * service language), service_at_location, and taxonomy, taxonomy_term and attribute for
 * category, org_type and level. Everything else goes to the sidecar (see extensions.ts).
 */

export type HsdsRow = Record<string, string>;
export type HsdsTables = Record<string, HsdsRow[]>;

export interface HsdsPackage {
  tables: HsdsTables;
  extensions: AtlasExtensions;
}

/** The HSDS resources the Atlas writes (in every package, even when empty). */
export const WRITTEN_RESOURCES: readonly string[] = [
  'organization',
  'organization_identifier',
  'service',
  'location',
  'address',
  'phone',
  'language',
  'service_area',
  'service_at_location',
  'taxonomy',
  'taxonomy_term',
  'attribute',
];

export const LOCATION_ID_TYPE = 'NIS';

/** The org-id.guide scheme of Belgian enterprise numbers, and its name for people. */
export const ENTERPRISE_NUMBER_SCHEME = 'BE-BCE_KBO';
const ENTERPRISE_NUMBER_TYPE = 'Belgian enterprise number (KBO/BCE)';

function numberText(value: number | null): string {
  return value === null ? '' : String(value);
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

function vocabulary(key: VocabularyKey): Vocabulary {
  const found = VOCABULARIES.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`Unknown vocabulary ${key}`);
  return found;
}

function attributeRow(key: VocabularyKey, linkId: string, code: string): HsdsRow {
  const vocab = vocabulary(key);
  return {
    id: hsdsId('attribute', linkId, key),
    link_id: linkId,
    taxonomy_term_id: termId(vocab, code),
    link_entity: vocab.linkEntity,
  };
}

function taxonomyRows(): { taxonomies: HsdsRow[]; terms: HsdsRow[] } {
  const taxonomies: HsdsRow[] = [];
  const terms: HsdsRow[] = [];
  for (const vocab of VOCABULARIES) {
    taxonomies.push({ id: taxonomyId(vocab), name: vocab.name, description: vocab.description });
    for (const code of vocab.codes) {
      terms.push({
        id: termId(vocab, code),
        code: termCode(vocab, code),
        name: termName(vocab, code),
        description: termDescription(vocab, code),
        taxonomy: vocab.name,
        language: 'en',
        taxonomy_id: taxonomyId(vocab),
      });
    }
  }
  return { taxonomies, terms };
}

function phoneRow(
  owner: 'organization_id' | 'service_id',
  ownerId: string,
  number: string,
): HsdsRow {
  return { id: hsdsId('phone', ownerId), [owner]: ownerId, number };
}

function organizationRows(
  organization: Organization,
  tables: HsdsTables,
  extensions: AtlasExtensions,
) {
  tables.organization?.push({
    id: organization.id,
    name: organization.name,
    alternate_name: organization.alternate_name,
    description: organization.description || organization.name,
    email: organization.email,
    website: organization.website,
    parent_organization_id: organization.parent_organization_id,
  });
  if (organization.phone)
    tables.phone?.push(phoneRow('organization_id', organization.id, organization.phone));
  if (organization.enterprise_number) {
    tables.organization_identifier?.push({
      id: hsdsId('organization_identifier', organization.id),
      organization_id: organization.id,
      identifier_scheme: ENTERPRISE_NUMBER_SCHEME,
      identifier_type: ENTERPRISE_NUMBER_TYPE,
      // org-id.guide writes the ten digits alone.
      identifier: organization.enterprise_number.replaceAll('.', ''),
    });
  }
  tables.attribute?.push(attributeRow('org_type', organization.id, organization.org_type));
  if (organization.level)
    tables.attribute?.push(attributeRow('level', organization.id, organization.level));
  extensions.organizations[organization.id] = {
    source: organization.source,
    source_consulted: organization.source_consulted,
    last_verified: organization.last_verified,
    ...(organization.description ? {} : { placeholders: 'description' }),
  };
}

/**
 * One service_area row per unit of the service's area: its name, its REFNIS code in the
 * description (which the Atlas reads back), and its boundary as GeoJSON when known.
 */
function serviceAreaRows(service: Service, tables: HsdsTables, areas: AreaCatalogue | undefined) {
  for (const code of service.service_area) {
    const extent = areas?.extent(code) ?? null;
    tables.service_area?.push({
      id: hsdsId('service_area', service.id, code),
      service_id: service.id,
      name: areas?.label(code) ?? code,
      description: `REFNIS ${code}`,
      extent: extent ? JSON.stringify(extent) : '',
      extent_type: extent ? 'geojson' : '',
      uri: '',
    });
  }
}

function serviceRows(service: Service, tables: HsdsTables, extensions: AtlasExtensions) {
  tables.service?.push({
    id: service.id,
    organization_id: service.organization_id,
    name: service.name,
    description: service.description,
    url: service.url,
    email: service.email,
    status: service.status,
    eligibility_description: service.eligibility,
    fees_description: service.fees,
    assured_date: service.last_verified,
  });
  if (service.phone) tables.phone?.push(phoneRow('service_id', service.id, service.phone));
  for (const code of service.languages) {
    tables.language?.push({
      id: hsdsId('language', service.id, code),
      service_id: service.id,
      name: languageNames.of(code) ?? code,
      code,
    });
  }
  tables.attribute?.push(attributeRow('category', service.id, service.category));
  extensions.services[service.id] = {
    source: service.source,
    source_consulted: service.source_consulted,
    audience: service.audience,
    ...(service.capacity === null ? {} : { capacity: String(service.capacity) }),
  };
}

function locationRows(location: Location, tables: HsdsTables, extensions: AtlasExtensions) {
  tables.location?.push({
    id: location.id,
    location_type: 'physical',
    organization_id: location.organization_id,
    name: location.name,
    latitude: numberText(location.latitude),
    longitude: numberText(location.longitude),
    external_identifier: location.nis_code,
    external_identifier_type: location.nis_code ? LOCATION_ID_TYPE : '',
  });
  const province = provinceOfNis(location.nis_code);
  const fullAddress = location.address_1 && location.postal_code && location.city && province;
  if (fullAddress) {
    tables.address?.push({
      id: hsdsId('address', location.id),
      location_id: location.id,
      address_1: location.address_1,
      city: location.city,
      state_province: province,
      postal_code: location.postal_code,
      country: 'BE',
      address_type: 'physical',
    });
  }
  extensions.locations[location.id] = {
    source: location.source,
    source_consulted: location.source_consulted,
    last_verified: location.last_verified,
    location_precision: location.location_precision,
    ...(fullAddress
      ? {}
      : { address_1: location.address_1, postal_code: location.postal_code, city: location.city }),
  };
}

/** The HSDS tables and the sidecar for a dataset. Pure; ids are the records' own or derived from them. */
export function toHsds(dataset: Dataset, areas?: AreaCatalogue): HsdsPackage {
  const tables: HsdsTables = Object.fromEntries(WRITTEN_RESOURCES.map((name) => [name, []]));
  const extensions: AtlasExtensions = {
    format: EXTENSIONS_FORMAT,
    version: 1,
    about:
      'Integration Ecosystem Atlas fields that HSDS 3.0 has no place for, beside the HSDS package: per-record fields by id, relationships between organisations, indicators per commune.',
    organizations: {},
    services: {},
    locations: {},
    service_at_locations: {},
    relationships: dataset.relationships,
    indicators: dataset.indicators,
  };
  for (const organization of dataset.organizations)
    organizationRows(organization, tables, extensions);
  for (const service of dataset.services) {
    serviceRows(service, tables, extensions);
    serviceAreaRows(service, tables, areas);
  }
  for (const location of dataset.locations) locationRows(location, tables, extensions);
  for (const link of dataset.service_at_locations) {
    tables.service_at_location?.push({
      id: link.id,
      service_id: link.service_id,
      location_id: link.location_id,
    });
    extensions.service_at_locations[link.id] = {
      source: link.source,
      source_consulted: link.source_consulted,
      last_verified: link.last_verified,
    };
  }
  const { taxonomies, terms } = taxonomyRows();
  tables.taxonomy = taxonomies;
  tables.taxonomy_term = terms;
  return { tables, extensions };
}

/** The official descriptor restricted to the resources written, each schema unchanged. */
export function writtenDescriptor(): DataPackage {
  return {
    ...HSDS_DESCRIPTOR,
    resources: HSDS_DESCRIPTOR.resources.filter((resource) =>
      WRITTEN_RESOURCES.includes(resource.name),
    ),
  };
}

function tableCsv(resource: TableResource, rows: readonly HsdsRow[]): string {
  const header = resource.schema.fields.map((field) => field.name);
  return toCsv(
    header,
    rows.map((row) => header.map((column) => row[column] ?? '')),
    { delimiter: ',', bom: false },
  );
}

/**
 * The files of a package: datapackage.json and one UTF-8, comma-separated CSV per written
 * resource (every column of its official schema, in order), plus `atlas_extensions.json`
 * at the same level (to be placed beside the package, not in it).
 */
export function hsdsFiles(dataset: Dataset, areas?: AreaCatalogue): OutputFile[] {
  const { tables, extensions } = toHsds(dataset, areas);
  const descriptor = writtenDescriptor();
  return [
    { path: 'datapackage.json', content: `${JSON.stringify(descriptor, null, 4)}\n` },
    ...descriptor.resources.map((resource) => ({
      path: resource.path,
      content: tableCsv(resource, tables[resource.name] ?? []),
    })),
    { path: EXTENSIONS_FILE, content: `${JSON.stringify(extensions, null, 2)}\n` },
  ];
}

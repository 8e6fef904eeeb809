import type { Dataset } from '../model/dataset';
import type { Location, Organization, Service, ServiceAtLocation } from '../model/schemas';

/**
 * The flat form: one row per service at a location, organisation and address inline.
 * FLAT_COLUMNS is the export's column order (the first 22 are fixed by issue 2).
 */
export const FLAT_COLUMNS = [
  'service_id',
  'service_name',
  'category',
  'status',
  'languages',
  'organization_id',
  'organization_name',
  'organization_type',
  'location_id',
  'location_name',
  'address',
  'postal_code',
  'city',
  'nis_code',
  'latitude',
  'longitude',
  'location_precision',
  'phone',
  'email',
  'website',
  'last_verified',
  'source',
  'service_description',
  'audience',
  'eligibility',
  'fees',
  'service_area',
  'capacity',
  'organization_level',
  'organization_website',
  'organization_email',
  'organization_phone',
  'organization_enterprise_number',
  'organization_source',
  'organization_last_verified',
  'location_source',
  'location_last_verified',
  'source_consulted',
  'organization_source_consulted',
  'location_source_consulted',
  'contact_person',
  'notes',
  'organization_contact_person',
  'organization_notes',
] as const;

export type FlatColumn = (typeof FLAT_COLUMNS)[number];

/** The flat columns of the internal fields (see model/internal.ts). */
const INTERNAL_FLAT_COLUMNS: ReadonlySet<FlatColumn> = new Set([
  'contact_person',
  'notes',
  'organization_contact_person',
  'organization_notes',
]);

/** The columns an export writes: the internal ones only when the user asked for them. */
export function flatColumns(includeInternal = false): FlatColumn[] {
  return FLAT_COLUMNS.filter((column) => includeInternal || !INTERNAL_FLAT_COLUMNS.has(column));
}
export type FlatRow = Record<FlatColumn, string>;

function number(value: number | null): string {
  return value === null ? '' : String(value);
}

function flatRow(
  service: Service,
  organization: Organization | undefined,
  location: Location | undefined,
): FlatRow {
  return {
    service_id: service.id,
    service_name: service.name,
    category: service.category,
    status: service.status,
    languages: service.languages.join('|'),
    organization_id: service.organization_id,
    organization_name: organization?.name ?? '',
    organization_type: organization?.org_type ?? '',
    location_id: location?.id ?? '',
    location_name: location?.name ?? '',
    address: location?.address_1 ?? '',
    postal_code: location?.postal_code ?? '',
    city: location?.city ?? '',
    nis_code: location?.nis_code ?? '',
    latitude: number(location?.latitude ?? null),
    longitude: number(location?.longitude ?? null),
    location_precision: location?.location_precision ?? '',
    phone: service.phone,
    email: service.email,
    website: service.url,
    last_verified: service.last_verified,
    source: service.source,
    service_description: service.description,
    audience: service.audience,
    eligibility: service.eligibility,
    fees: service.fees,
    service_area: service.service_area.join('|'),
    capacity: service.capacity === null ? '' : String(service.capacity),
    organization_level: organization?.level ?? '',
    organization_website: organization?.website ?? '',
    organization_email: organization?.email ?? '',
    organization_phone: organization?.phone ?? '',
    organization_enterprise_number: organization?.enterprise_number ?? '',
    // Each record keeps its own provenance; `source`, `last_verified` and `source_consulted`
    // are the service's.
    organization_source: organization?.source ?? '',
    organization_last_verified: organization?.last_verified ?? '',
    location_source: location?.source ?? '',
    location_last_verified: location?.last_verified ?? '',
    source_consulted: service.source_consulted,
    organization_source_consulted: organization?.source_consulted ?? '',
    location_source_consulted: location?.source_consulted ?? '',
    contact_person: service.contact_person,
    notes: service.notes,
    organization_contact_person: organization?.contact_person ?? '',
    organization_notes: organization?.notes ?? '',
  };
}

/**
 * The dataset as flat rows: one per service at a location, and one for each service
 * without a site. Locations no service uses, relationships and indicators have no place
 * in the flat form.
 */
export function toFlatRows(dataset: Dataset): { row: FlatRow; location?: Location }[] {
  const organizations = new Map(dataset.organizations.map((record) => [record.id, record]));
  const locations = new Map(dataset.locations.map((record) => [record.id, record]));
  const linksByService = new Map<string, ServiceAtLocation[]>();
  for (const link of dataset.service_at_locations) {
    const list = linksByService.get(link.service_id);
    if (list) list.push(link);
    else linksByService.set(link.service_id, [link]);
  }
  const rows: { row: FlatRow; location?: Location }[] = [];
  for (const service of dataset.services) {
    const organization = organizations.get(service.organization_id);
    const links = linksByService.get(service.id) ?? [];
    const sited = links
      .map((link) => locations.get(link.location_id))
      .filter((location): location is Location => location !== undefined);
    if (sited.length === 0) rows.push({ row: flatRow(service, organization, undefined) });
    for (const location of sited)
      rows.push({ row: flatRow(service, organization, location), location });
  }
  return rows;
}

/**
 * What the flat form (and GeoJSON, built on it) cannot carry, by kind: relationships,
 * indicators, organisations without a service, sites no service uses. Empty when nothing
 * is left out.
 */
export function flatOmissions(dataset: Dataset): string[] {
  const withService = new Set(dataset.services.map((service) => service.organization_id));
  const usedSites = new Set(dataset.service_at_locations.map((link) => link.location_id));
  const counts: [number, string][] = [
    [dataset.relationships.length, 'relationships'],
    [dataset.indicators.length, 'indicators'],
    [
      dataset.organizations.filter((org) => !withService.has(org.id)).length,
      'organisations without a service',
    ],
    [
      dataset.locations.filter((location) => !usedSites.has(location.id)).length,
      'sites no service uses',
    ],
  ];
  return counts.filter(([count]) => count > 0).map(([count, what]) => `${count} ${what}`);
}

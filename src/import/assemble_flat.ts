import { type Dataset, emptyDataset } from '../model/dataset';
import type { Crs, Finding } from '../model/report';
import type { Location, Organization, Service, ServiceAtLocation } from '../model/schemas';
import { createPlacer, type Placer } from '../places/placer';
import type { Gazetteer } from '../places/types';
import {
  type Built,
  buildLocation,
  buildOrganization,
  buildService,
  buildServiceAtLocation,
  hasPlace,
  type TextFields,
  trimmed,
} from './record_builders';

/** A service's link to its site, or links when it has several sites. */
type Links = ServiceAtLocation | ServiceAtLocation[];

/**
 * A kept service with its links: kept together, so that one lookup per row answers for
 * both (a separate map of links cost a lookup and an insertion per row).
 */
interface KeptService {
  record: Service;
  links: Links | null;
}

/**
 * Turns flat rows (one service at one location per row, organisation and address inline,
 * fields named as in FLAT_FIELD_ALIASES) into the normalised tables. Organisations are
 * matched by id, else by name; a service repeated on several rows is one service at
 * several locations. A row with an error adds nothing.
 */
export class FlatAssembler {
  private readonly organizations = new Map<string, Organization>();
  private readonly services = new Map<string, KeptService>();
  private readonly locations = new Map<string, Location>();
  /** Services with links, in the order their first link was kept: the links table's order. */
  private readonly linkedServices: KeptService[] = [];
  /** Organisations and places repeat over rows: each distinct one is built (or placed) once. */
  private readonly builtOrganizations = new Map<string, Built<Organization>>();
  private readonly placer: Placer;

  constructor(
    private readonly gazetteer: Gazetteer,
    private readonly crs: Crs | null = null,
  ) {
    this.placer = createPlacer(gazetteer);
  }

  /** Reads one row; returns its findings. The row's records are kept only when none is an error. */
  addRow(row: TextFields): Finding[] {
    const findings: Finding[] = [];
    const provenance = rowProvenance(row, 'service');
    const serviceName = trimmed(row.service_name);
    const organization = this.organization(row, serviceName, provenance, findings);
    const organizationId = organization.record?.id ?? '';
    const service = buildService(
      serviceFields(row, organizationId || NO_ORGANIZATION, serviceName, provenance),
      this.gazetteer,
    );
    addRenamed(findings, service.findings, SERVICE_FIELDS);
    const location = this.location(row, organizationId, serviceName, provenance, findings);

    // Each record's earlier version is looked up once, for the checks and for keeping it:
    // the maps hold 100,000 records in a large file, and each lookup costs.
    const knownOrganization = organization.record
      ? this.organizations.get(organization.record.id)
      : undefined;
    const knownService = service.record ? this.services.get(service.record.id) : undefined;
    const knownLocation = location ? this.locations.get(location.id) : undefined;

    if (service.record && organization.record) {
      const duplicate = duplicateService(service.record, knownService, location);
      if (duplicate) findings.push(duplicate);
    }
    if (organization.record) {
      addConflicts(findings, knownOrganization, organization.record, ORGANIZATION_FIELDS);
    }
    if (service.record) {
      addConflicts(findings, knownService?.record, service.record, SERVICE_FIELDS);
    }
    if (location) addConflicts(findings, knownLocation, location, LOCATION_FIELDS);
    const unique = findings.length > 1 ? dedupe(findings) : findings;
    if (unique.some(isError)) return unique;
    if (organization.record && !knownOrganization) {
      this.organizations.set(organization.record.id, organization.record);
    }
    let kept = knownService;
    if (service.record && !kept) {
      kept = { record: service.record, links: null };
      this.services.set(service.record.id, kept);
    }
    if (location && kept) {
      if (!knownLocation) this.locations.set(location.id, location);
      this.addLink(row, kept, location.id, provenance);
    }
    return unique;
  }

  /** The row's organisation (its service's name when none is given), built once per distinct fields. */
  private organization(
    row: TextFields,
    serviceName: string,
    provenance: Provenance,
    findings: Finding[],
  ): Built<Organization> {
    let name = trimmed(row.organization_name);
    if (!name && serviceName) {
      name = serviceName;
      findings.push({
        field: 'organization_name',
        severity: 'info',
        code: 'organization_matched',
        message: `No organisation given; the service "${serviceName}" is taken as its own organisation`,
        values: { service: serviceName },
      });
    }
    const organization = memo(
      this.builtOrganizations,
      {
        id: trimmed(row.organization_id),
        name,
        org_type: trimmed(row.organization_type),
        level: trimmed(row.organization_level),
        website: trimmed(row.organization_website),
        email: trimmed(row.organization_email),
        phone: trimmed(row.organization_phone),
        enterprise_number: trimmed(row.organization_enterprise_number),
        contact_person: trimmed(row.organization_contact_person),
        notes: trimmed(row.organization_notes),
        ...rowProvenance(row, 'organization', provenance),
      },
      buildOrganization,
    );
    addRenamed(findings, organization.findings, ORGANIZATION_FIELDS);
    return organization;
  }

  /** The row's site, placed; null when the row gives no place (a warning when it lists a service). */
  private location(
    row: TextFields,
    organizationId: string,
    serviceName: string,
    provenance: Provenance,
    findings: Finding[],
  ): Location | null {
    const place = {
      id: trimmed(row.location_id),
      organization_id: organizationId,
      name: trimmed(row.location_name),
      address_1: trimmed(row.address),
      postal_code: trimmed(row.postal_code),
      city: trimmed(row.city),
      nis_code: trimmed(row.nis_code),
      latitude: trimmed(row.latitude),
      longitude: trimmed(row.longitude),
      x: trimmed(row.x),
      y: trimmed(row.y),
      location_precision: trimmed(row.location_precision),
      ...rowProvenance(row, 'location', provenance),
    };
    if (hasPlace(place)) {
      const built = buildLocation(place, this.gazetteer, this.crs, this.placer);
      addRenamed(findings, built.findings, LOCATION_FIELDS);
      return built.record;
    }
    if (serviceName) {
      findings.push({
        field: null,
        severity: 'warning',
        code: 'no_location',
        message: 'No address, postcode, commune or coordinates: the service has no site on the map',
        values: {},
      });
    }
    return null;
  }

  /** Keeps the link of a kept service to its site. */
  private addLink(
    row: TextFields,
    service: KeptService,
    locationId: string,
    provenance: Provenance,
  ): void {
    const link = buildServiceAtLocation({
      id: trimmed(row.service_at_location_id),
      service_id: service.record.id,
      location_id: locationId,
      ...provenance,
    }).record;
    if (!link) return;
    if (!service.links) {
      service.links = link;
      this.linkedServices.push(service);
    } else if (Array.isArray(service.links)) {
      service.links.push(link);
    } else {
      service.links = [service.links, link];
    }
  }

  dataset(): Dataset {
    return {
      ...emptyDataset(),
      organizations: [...this.organizations.values()],
      services: Array.from(this.services.values(), (kept) => kept.record),
      locations: [...this.locations.values()],
      service_at_locations: this.linkedServices.flatMap((kept) => kept.links ?? []),
    };
  }
}

/** The row's service, under the model's field names. */
function serviceFields(
  row: TextFields,
  organizationId: string,
  name: string,
  provenance: Provenance,
): TextFields {
  return {
    id: trimmed(row.service_id),
    organization_id: organizationId,
    name,
    category: trimmed(row.category),
    status: trimmed(row.status),
    languages: trimmed(row.languages),
    description: trimmed(row.service_description),
    audience: trimmed(row.audience),
    eligibility: trimmed(row.eligibility),
    fees: trimmed(row.fees),
    service_area: trimmed(row.service_area),
    capacity: trimmed(row.capacity),
    url: trimmed(row.website),
    email: trimmed(row.email),
    phone: trimmed(row.phone),
    contact_person: trimmed(row.contact_person),
    notes: trimmed(row.notes),
    ...provenance,
  };
}

/** Where a record's facts come from, when that source was read and when last verified. */
type Provenance = Record<'source' | 'source_consulted' | 'last_verified', string>;

/** The flat columns of each record's provenance: the service's, the organisation's, the site's. */
const PROVENANCE_COLUMNS = {
  service: { source: 'source', consulted: 'source_consulted', verified: 'last_verified' },
  organization: {
    source: 'organization_source',
    consulted: 'organization_source_consulted',
    verified: 'organization_last_verified',
  },
  location: {
    source: 'location_source',
    consulted: 'location_source_consulted',
    verified: 'location_last_verified',
  },
} as const;

/**
 * The provenance a row gives for one of its records, each part falling back to
 * `fallback`'s (the service's: the row's own). The day a source was consulted goes with
 * that source: a record with a source of its own does not take the day another was read.
 */
function rowProvenance(
  row: TextFields,
  record: keyof typeof PROVENANCE_COLUMNS,
  fallback?: Provenance,
): Provenance {
  const columns = PROVENANCE_COLUMNS[record];
  const source = trimmed(row[columns.source]);
  const consulted = trimmed(row[columns.consulted]);
  const verified = trimmed(row[columns.verified]);
  if (!fallback) return { source, source_consulted: consulted, last_verified: verified };
  return {
    source: source || fallback.source,
    source_consulted: source ? consulted : consulted || fallback.source_consulted,
    last_verified: verified || fallback.last_verified,
  };
}

/** The organisation id given to a service whose row has no organisation (it is rejected). */
const NO_ORGANIZATION = '00000000-0000-0000-0000-000000000000';

/**
 * An error when the service id is already another organisation's, or when the service is
 * already listed at this site; `known` is what earlier rows kept of it.
 */
function duplicateService(
  service: Service,
  known: KeptService | undefined,
  location: Location | null,
): Finding | null {
  if (known && known.record.organization_id !== service.organization_id) {
    return {
      field: 'service_id',
      severity: 'error',
      code: 'duplicate_id',
      message: `service_id ${service.id} is already used for a service of another organisation`,
      variant: 'otherOrganization',
      values: { value: service.id },
    };
  }
  if (location && known && linksTo(known.links, location.id)) {
    return {
      field: 'service_id',
      severity: 'error',
      code: 'duplicate_id',
      message: 'This service at this location is already listed on an earlier row',
      variant: 'serviceAtSite',
      values: {},
    };
  }
  return null;
}

function linksTo(links: Links | null, locationId: string): boolean {
  if (!links) return false;
  return Array.isArray(links)
    ? links.some((link) => link.location_id === locationId)
    : links.location_id === locationId;
}

/**
 * A record met again on a later row (same id) with other values: the first row's values
 * are kept, and each difference is reported, so no value is dropped silently.
 */
function addConflicts<T extends { id: string }>(
  findings: Finding[],
  kept: T | undefined,
  incoming: T,
  names: Record<string, string>,
): void {
  if (!kept || kept === incoming) return;
  for (const key of Object.keys(incoming) as (keyof T & string)[]) {
    const before = kept[key];
    const after = incoming[key];
    if (key === 'id' || key === 'source' || key === 'source_consulted' || key === 'last_verified')
      continue;
    if (sameValue(before, after)) continue;
    findings.push({
      field: names[key] ?? key,
      severity: 'warning',
      code: 'conflicting_value',
      message: `${show(after)} differs from ${show(before)} given for the same record on an earlier row; the earlier value is kept`,
      values: { value: show(after), earlier: show(before) },
    });
  }
}

/**
 * True when two values of a field are the same, as their JSON tells. Lists (languages) are
 * fresh arrays on every row: comparing their items first spares writing two JSON texts.
 */
function sameValue(before: unknown, after: unknown): boolean {
  if (before === after) return true;
  if (Array.isArray(before) && Array.isArray(after) && sameItems(before, after)) return true;
  return JSON.stringify(before) === JSON.stringify(after);
}

function sameItems(before: readonly unknown[], after: readonly unknown[]): boolean {
  return before.length === after.length && before.every((item, index) => item === after[index]);
}

function isError(finding: Finding): boolean {
  return finding.severity === 'error';
}

function show(value: unknown): string {
  const text = Array.isArray(value) ? value.join('|') : String(value ?? '');
  return text === '' ? '(empty)' : `"${text}"`;
}

/** The record built from `fields`, reused when the same fields were built before. */
function memo<T>(
  cache: Map<string, Built<T>>,
  fields: Record<string, string>,
  build: (fields: Record<string, string>) => Built<T>,
): Built<T> {
  const key = Object.values(fields).join('\u001f');
  let built = cache.get(key);
  if (!built) {
    built = build(fields);
    cache.set(key, built);
  }
  return built;
}

/** Model field → flat column, so findings name the column the user sees. */
const ORGANIZATION_FIELDS: Record<string, string> = {
  id: 'organization_id',
  name: 'organization_name',
  org_type: 'organization_type',
  level: 'organization_level',
  website: 'organization_website',
  email: 'organization_email',
  phone: 'organization_phone',
  enterprise_number: 'organization_enterprise_number',
  contact_person: 'organization_contact_person',
  notes: 'organization_notes',
};
const SERVICE_FIELDS: Record<string, string> = {
  id: 'service_id',
  name: 'service_name',
  description: 'service_description',
  url: 'website',
};
const LOCATION_FIELDS: Record<string, string> = {
  id: 'location_id',
  name: 'location_name',
  address_1: 'address',
};

/** Appends findings to `into`, their fields renamed to the flat columns the user sees. */
function addRenamed(
  into: Finding[],
  findings: readonly Finding[],
  names: Record<string, string>,
): void {
  for (const finding of findings) {
    const renamed = finding.field ? names[finding.field] : undefined;
    into.push(renamed ? { ...finding, field: renamed } : finding);
  }
}

function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.field}|${finding.code}|${finding.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

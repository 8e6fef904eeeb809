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
} from './record_builders';

/**
 * Turns flat rows (one service at one location per row, organisation and address inline,
 * fields named as in FLAT_FIELD_ALIASES) into the normalised tables. Organisations are
 * matched by id, else by name; a service repeated on several rows is one service at
 * several locations. A row with an error adds nothing.
 */
export class FlatAssembler {
  private readonly organizations = new Map<string, Organization>();
  private readonly services = new Map<string, Service>();
  private readonly locations = new Map<string, Location>();
  /** Service at location by service id: one link, or several when a service has several sites. */
  private readonly links = new Map<string, ServiceAtLocation | ServiceAtLocation[]>();
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
    const value = (name: string) => row[name]?.trim() ?? '';
    const source = value('source');
    const lastVerified = value('last_verified');
    const findings: Finding[] = [];

    const serviceName = value('service_name');
    let organizationName = value('organization_name');
    if (!organizationName && serviceName) {
      organizationName = serviceName;
      findings.push({
        field: 'organization_name',
        severity: 'info',
        code: 'organization_matched',
        message: `No organisation given; the service "${serviceName}" is taken as its own organisation`,
      });
    }
    const organization = memo(
      this.builtOrganizations,
      {
        id: value('organization_id'),
        name: organizationName,
        org_type: value('organization_type'),
        level: value('organization_level'),
        website: value('organization_website'),
        email: value('organization_email'),
        phone: value('organization_phone'),
        contact_person: value('organization_contact_person'),
        notes: value('organization_notes'),
        source: value('organization_source') || source,
        last_verified: value('organization_last_verified') || lastVerified,
      },
      buildOrganization,
    );
    addRenamed(findings, organization.findings, ORGANIZATION_FIELDS);
    const organizationId = organization.record?.id ?? '';

    const service = buildService({
      id: value('service_id'),
      organization_id: organizationId || '00000000-0000-0000-0000-000000000000',
      name: serviceName,
      category: value('category'),
      status: value('status'),
      languages: value('languages'),
      description: value('service_description'),
      audience: value('audience'),
      eligibility: value('eligibility'),
      fees: value('fees'),
      url: value('website'),
      email: value('email'),
      phone: value('phone'),
      contact_person: value('contact_person'),
      notes: value('notes'),
      source,
      last_verified: lastVerified,
    });
    addRenamed(findings, service.findings, SERVICE_FIELDS);

    let location: Location | null = null;
    const place = {
      id: value('location_id'),
      organization_id: organizationId,
      name: value('location_name'),
      address_1: value('address'),
      postal_code: value('postal_code'),
      city: value('city'),
      nis_code: value('nis_code'),
      latitude: value('latitude'),
      longitude: value('longitude'),
      x: value('x'),
      y: value('y'),
      location_precision: value('location_precision'),
      source: value('location_source') || source,
      last_verified: value('location_last_verified') || lastVerified,
    };
    if (hasPlace(place)) {
      const built = buildLocation(place, this.gazetteer, this.crs, this.placer);
      addRenamed(findings, built.findings, LOCATION_FIELDS);
      location = built.record;
    } else if (serviceName) {
      findings.push({
        field: null,
        severity: 'warning',
        code: 'no_location',
        message: 'No address, postcode, commune or coordinates: the service has no site on the map',
      });
    }

    if (service.record && organization.record) {
      const conflict = this.conflict(service.record, location);
      if (conflict) findings.push(conflict);
    }
    if (organization.record) {
      this.conflicts(
        findings,
        this.organizations.get(organization.record.id),
        organization.record,
        ORGANIZATION_FIELDS,
      );
    }
    if (service.record) {
      this.conflicts(
        findings,
        this.services.get(service.record.id),
        service.record,
        SERVICE_FIELDS,
      );
    }
    if (location) {
      this.conflicts(findings, this.locations.get(location.id), location, LOCATION_FIELDS);
    }
    const unique = findings.length > 1 ? dedupe(findings) : findings;
    if (unique.some((finding) => finding.severity === 'error')) return unique;
    if (organization.record && !this.organizations.has(organization.record.id)) {
      this.organizations.set(organization.record.id, organization.record);
    }
    if (service.record && !this.services.has(service.record.id)) {
      this.services.set(service.record.id, service.record);
    }
    if (location && service.record) {
      if (!this.locations.has(location.id)) this.locations.set(location.id, location);
      const link = buildServiceAtLocation({
        id: value('service_at_location_id'),
        service_id: service.record.id,
        location_id: location.id,
        source,
        last_verified: lastVerified,
      }).record;
      if (link) {
        const known = this.links.get(link.service_id);
        if (!known) this.links.set(link.service_id, link);
        else if (Array.isArray(known)) known.push(link);
        else this.links.set(link.service_id, [known, link]);
      }
    }
    return unique;
  }

  private conflict(service: Service, location: Location | null): Finding | null {
    const known = this.services.get(service.id);
    if (known && known.organization_id !== service.organization_id) {
      return {
        field: 'service_id',
        severity: 'error',
        code: 'duplicate_id',
        message: `service_id ${service.id} is already used for a service of another organisation`,
      };
    }
    if (location && this.hasLink(service.id, location.id)) {
      return {
        field: 'service_id',
        severity: 'error',
        code: 'duplicate_id',
        message: 'This service at this location is already listed on an earlier row',
      };
    }
    return null;
  }

  /**
   * A record met again on a later row (same id) with other values: the first row's values
   * are kept, and each difference is reported, so no value is dropped silently.
   */
  private conflicts<T extends { id: string }>(
    findings: Finding[],
    kept: T | undefined,
    incoming: T,
    names: Record<string, string>,
  ): void {
    if (!kept || kept === incoming) return;
    for (const key of Object.keys(incoming) as (keyof T & string)[]) {
      const before = kept[key];
      const after = incoming[key];
      if (key === 'id' || key === 'source' || key === 'last_verified') continue;
      if (before === after || JSON.stringify(before) === JSON.stringify(after)) continue;
      findings.push({
        field: names[key] ?? key,
        severity: 'warning',
        code: 'conflicting_value',
        message: `${show(after)} differs from ${show(before)} given for the same record on an earlier row; the earlier value is kept`,
      });
    }
  }

  private hasLink(serviceId: string, locationId: string): boolean {
    const known = this.links.get(serviceId);
    if (!known) return false;
    return Array.isArray(known)
      ? known.some((link) => link.location_id === locationId)
      : known.location_id === locationId;
  }

  dataset(): Dataset {
    return {
      ...emptyDataset(),
      organizations: [...this.organizations.values()],
      services: [...this.services.values()],
      locations: [...this.locations.values()],
      service_at_locations: [...this.links.values()].flat(),
    };
  }
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

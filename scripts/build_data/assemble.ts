import type { Dataset } from '../../src/model/dataset';
import { stableId } from '../../src/model/ids';
import type {
  Indicator,
  Location,
  Organization,
  Relationship,
  Service,
  ServiceAtLocation,
} from '../../src/model/schemas';
import type { PlaceInput, Placement } from '../../src/places/types';
import type { Draft, IndicatorSpec, RelationshipSpec, SiteSpec } from './specs';

/** Places one site (`placeLocation` bound to the gazetteer). */
export type PlaceFn = (input: PlaceInput) => Placement;

export interface AssembleInput {
  /** The day the sources were read: every record's `source_consulted`. */
  consulted: string;
  draft: Draft;
  relationships: readonly RelationshipSpec[];
  indicators: readonly IndicatorSpec[];
}

export interface AssembleResult {
  dataset: Dataset;
  /** The placement warnings and infos, one line each (errors throw). */
  placementFindings: string[];
}

/** The stable id of an organisation from its build key. */
export function organizationId(key: string): string {
  return stableId('organization', key);
}

function lookup(ids: ReadonlyMap<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`${what}: unknown key "${key}"`);
  return id;
}

function placeSite(site: SiteSpec, place: PlaceFn, findings: string[]): Placement {
  const placement = place({
    latitude: site.latitude,
    longitude: site.longitude,
    x: '',
    y: '',
    crs: null,
    postal_code: site.postalCode,
    city: site.city,
    nis_code: site.nisCode,
    location_precision: '',
  });
  const errors = placement.findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0) {
    throw new Error(`site ${site.key}: ${errors.map((finding) => finding.message).join('; ')}`);
  }
  for (const finding of placement.findings) {
    findings.push(`site ${site.key}: ${finding.severity} ${finding.code}: ${finding.message}`);
  }
  return placement;
}

function uniqueKeys<T>(items: readonly T[], keyOf: (item: T) => string, what: string): void {
  const seen = new Set<string>();
  for (const item of items) {
    const key = keyOf(item);
    if (seen.has(key)) throw new Error(`duplicate ${what} "${key}"`);
    seen.add(key);
  }
}

/**
 * Turns the specs into the normalised Dataset: stable ids (UUID v5 of each build key;
 * service_at_location, relationship and indicator ids from the same keys as the importer
 * uses), each site placed with `place`, keys resolved to ids. Throws on a duplicate key,
 * an unresolved key or a placement error.
 */
export function assembleDataset(input: AssembleInput, place: PlaceFn): AssembleResult {
  const { draft } = input;
  uniqueKeys(draft.organizations, (org) => org.key, 'organisation key');
  uniqueKeys(draft.services, (service) => service.key, 'service key');
  uniqueKeys(draft.sites, (site) => site.key, 'site key');
  const orgIds = new Map(draft.organizations.map((org) => [org.key, organizationId(org.key)]));
  const organizations: Organization[] = draft.organizations.map((org) => ({
    id: lookup(orgIds, org.key, 'organisation'),
    name: org.name,
    alternate_name: org.alternate_name,
    description: org.description,
    org_type: org.org_type,
    level: org.level,
    website: org.website,
    email: org.email,
    phone: org.phone,
    enterprise_number: '',
    parent_organization_id: org.parentKey
      ? lookup(orgIds, org.parentKey, `parent of ${org.key}`)
      : '',
    contact_person: '',
    notes: '',
    source: org.source,
    source_consulted: input.consulted,
    last_verified: '',
  }));
  const placementFindings: string[] = [];
  const locationIds = new Map<string, string>();
  const locations: Location[] = draft.sites.map((site) => {
    const placement = placeSite(site, place, placementFindings);
    const id = stableId('location', site.key);
    locationIds.set(site.key, id);
    return {
      id,
      organization_id: lookup(orgIds, site.organizationKey, `site ${site.key}`),
      name: site.name,
      address_1: site.address,
      postal_code: placement.postal_code,
      city: placement.city,
      nis_code: placement.nis_code,
      latitude: placement.latitude,
      longitude: placement.longitude,
      location_precision: placement.location_precision,
      source: site.source,
      source_consulted: input.consulted,
      last_verified: '',
    };
  });
  const services: Service[] = [];
  const serviceAtLocations: ServiceAtLocation[] = [];
  for (const spec of draft.services) {
    const id = stableId('service', spec.key);
    services.push({
      id,
      organization_id: lookup(orgIds, spec.organizationKey, `service ${spec.key}`),
      name: spec.name,
      category: spec.category,
      description: spec.description,
      audience: spec.audience,
      languages: spec.languages,
      service_area: spec.serviceArea,
      capacity: spec.capacity,
      status: spec.status,
      url: spec.url,
      email: spec.email,
      phone: spec.phone,
      eligibility: '',
      fees: '',
      contact_person: '',
      notes: '',
      source: spec.source,
      source_consulted: input.consulted,
      last_verified: '',
    });
    for (const siteKey of spec.siteKeys) {
      const locationId = lookup(locationIds, siteKey, `site of service ${spec.key}`);
      serviceAtLocations.push({
        id: stableId('service_at_location', id, locationId),
        service_id: id,
        location_id: locationId,
        source: spec.source,
        source_consulted: input.consulted,
        last_verified: '',
      });
    }
  }
  const relationships: Relationship[] = input.relationships.map((spec) => {
    const sourceId = lookup(orgIds, spec.sourceKey, 'relationship source');
    const targetId = lookup(orgIds, spec.targetKey, 'relationship target');
    return {
      id: stableId('relationship', sourceId, targetId, spec.type),
      source_organization_id: sourceId,
      target_organization_id: targetId,
      type: spec.type,
      description: spec.description,
      evidence: spec.evidence,
      confidence: spec.confidence,
      source: spec.source,
      source_consulted: input.consulted,
      last_verified: '',
    };
  });
  const indicators: Indicator[] = input.indicators.map((spec) => ({
    id: stableId(
      'indicator',
      spec.nis_code,
      spec.indicator,
      String(spec.year ?? ''),
      spec.reference_date,
    ),
    ...spec,
    source_consulted: input.consulted,
    last_verified: '',
  }));
  return {
    dataset: {
      organizations,
      services,
      locations,
      service_at_locations: serviceAtLocations,
      relationships,
      indicators,
    },
    placementFindings,
  };
}

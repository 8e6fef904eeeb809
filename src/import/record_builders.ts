import { isUuid, stableId } from '../model/ids';
import type { Finding } from '../model/report';
import type {
  Indicator,
  Location,
  Organization,
  Relationship,
  Service,
  ServiceAtLocation,
} from '../model/schemas';
import { placeLocation } from '../places/place_location';
import type { Placer } from '../places/placer';
import type { Gazetteer } from '../places/types';
import { foldName } from '../text/fold';
import {
  parseCategory,
  parseConfidence,
  parseCount,
  parseDecimal,
  parseEmail,
  parseEnterpriseNumber,
  parseInteger,
  parseIsoDate,
  parseLanguages,
  parseLevel,
  parseOrgType,
  parsePhone,
  parseRelationshipType,
  parseStatus,
  parseUrl,
} from '../validate/fields';
import { parseServiceArea } from '../validate/service_area';

/**
 * Builders that turn one record's raw text fields (by canonical field name) into a typed
 * record plus findings. Every format (flat CSV, normalised CSV, GeoJSON) goes through
 * them, so a rule is written once. A builder never throws; it returns `record: null`
 * only when the record cannot exist (an error finding says why).
 */

export type TextFields = Readonly<Record<string, string | undefined>>;

export interface Built<T> {
  record: T | null;
  findings: Finding[];
}

/**
 * A field's text, trimmed ('' when absent). Fields are read by name where they are used
 * (`trimmed(fields.name)`), not through a helper taking the name: V8 then reads each one with
 * an inline cache for the shape of the fields, where `fields[name]` with the name in a
 * variable took a megamorphic lookup, some fifty a row.
 */
export function trimmed(value: string | undefined): string {
  if (value === undefined || value === '') return '';
  // A text starting and ending with a visible ASCII character has nothing to trim: looking
  // at both ends spares a call to trim, several times dearer, made some ninety times a row.
  const plain =
    isVisibleAscii(value.charCodeAt(0)) && isVisibleAscii(value.charCodeAt(value.length - 1));
  return plain ? value : value.trim();
}

function isVisibleAscii(code: number): boolean {
  return code > 0x20 && code < 0x7f;
}

function missing(field: string, what: string): Finding {
  return {
    field,
    severity: 'error',
    code: 'missing_required',
    message: `${what} is required but empty`,
    values: {},
  };
}

/** The record's id: the given UUID, or a stable UUID v5 of its source key. */
export function resolveId(
  given: string,
  field: string,
  kind: Parameters<typeof stableId>[0],
  key: readonly string[],
  findings: Finding[],
): string {
  if (given && isUuid(given)) return given.toLowerCase();
  if (given) {
    findings.push({
      field,
      severity: 'warning',
      code: 'invalid_value',
      message: `"${given}" is not a UUID; a stable id was derived from the record instead`,
      variant: 'idDerived',
      values: { value: given },
    });
    return stableId(kind, given);
  }
  return stableId(kind, ...key);
}

function take<T>(parsed: { value: T; findings: Finding[] }, findings: Finding[]): T {
  // Most cells have nothing to report: skipping the push of an empty list saves a call each.
  if (parsed.findings.length > 0) findings.push(...parsed.findings);
  return parsed.value;
}

/*
 * Every record ends with its provenance (`source`, `source_consulted`, `last_verified`); organisations and
 * services also carry the team's own fields (`contact_person`, `notes`, see model/internal.ts:
 * free text, empty when the file has none). They are written out in each record rather than
 * spread from helper objects: a spread made a temporary object and a slow copy per record.
 */

/** The date the record was last checked, an ISO date ('' when none or unreadable). */
function lastVerified(fields: TextFields, findings: Finding[]): string {
  return take(parseIsoDate(trimmed(fields.last_verified), 'last_verified'), findings);
}

/** The date the record's source was read, an ISO date ('' when none or unreadable). */
function sourceConsulted(fields: TextFields, findings: Finding[]): string {
  return take(parseIsoDate(trimmed(fields.source_consulted), 'source_consulted'), findings);
}

/** An organization from fields named as in the model. */
export function buildOrganization(fields: TextFields): Built<Organization> {
  const findings: Finding[] = [];
  const name = trimmed(fields.name);
  if (!name) return { record: null, findings: [missing('name', 'The organisation name')] };
  const orgTypeRaw = trimmed(fields.org_type);
  const record: Organization = {
    id: resolveId(trimmed(fields.id), 'id', 'organization', [foldName(name)], findings),
    name,
    alternate_name: trimmed(fields.alternate_name),
    description: trimmed(fields.description),
    org_type: take(parseOrgType(orgTypeRaw), findings),
    level: take(parseLevel(trimmed(fields.level)), findings),
    website: take(parseUrl(trimmed(fields.website), 'website'), findings),
    email: take(parseEmail(trimmed(fields.email), 'email'), findings),
    phone: take(parsePhone(trimmed(fields.phone), 'phone'), findings),
    enterprise_number: take(
      parseEnterpriseNumber(trimmed(fields.enterprise_number), 'enterprise_number'),
      findings,
    ),
    parent_organization_id: optionalUuid(
      trimmed(fields.parent_organization_id),
      'parent_organization_id',
      findings,
    ),
    contact_person: trimmed(fields.contact_person),
    notes: trimmed(fields.notes),
    source: trimmed(fields.source),
    source_consulted: sourceConsulted(fields, findings),
    last_verified: lastVerified(fields, findings),
  };
  setDistinctFrom(record, fields, findings);
  return { record, findings };
}

/**
 * The ids the record was said not to be the same as ('|'-joined), set only when the file
 * gives some, so that a record read back compares equal to the one written.
 */
function setDistinctFrom(
  record: { distinct_from?: string[] },
  fields: TextFields,
  findings: Finding[],
): void {
  const text = trimmed(fields.distinct_from);
  if (!text) return;
  const ids = text
    .split('|')
    .map((id) => optionalUuid(id.trim(), 'distinct_from', findings))
    .filter(Boolean);
  if (ids.length > 0) record.distinct_from = [...new Set(ids)];
}

function optionalUuid(value: string, field: string, findings: Finding[]): string {
  if (!value || isUuid(value)) return value.toLowerCase();
  findings.push({
    field,
    severity: 'warning',
    code: 'invalid_value',
    message: `"${value}" is not a UUID; the reference was dropped`,
    variant: 'referenceDropped',
    values: { value },
  });
  return '';
}

function requiredUuid(value: string, field: string, what: string, findings: Finding[]): string {
  if (!value) {
    findings.push(missing(field, what));
    return '';
  }
  if (!isUuid(value)) {
    findings.push({
      field,
      severity: 'error',
      code: 'invalid_value',
      message: `${what} "${value}" is not a UUID`,
      variant: 'uuid',
      values: { value },
    });
    return '';
  }
  return value.toLowerCase();
}

/**
 * A service from fields named as in the model (`organization_id` must be resolved already);
 * its service area's names are looked up in the gazetteer.
 */
export function buildService(fields: TextFields, gazetteer: Gazetteer): Built<Service> {
  const findings: Finding[] = [];
  const name = trimmed(fields.name);
  if (!name) findings.push(missing('name', 'The service name'));
  const organizationId = requiredUuid(
    trimmed(fields.organization_id),
    'organization_id',
    'The organisation id',
    findings,
  );
  if (findings.some((finding) => finding.severity === 'error')) return { record: null, findings };
  const record: Service = {
    id: resolveId(trimmed(fields.id), 'id', 'service', [organizationId, foldName(name)], findings),
    organization_id: organizationId,
    name,
    category: take(parseCategory(trimmed(fields.category)), findings),
    description: trimmed(fields.description),
    audience: trimmed(fields.audience),
    languages: take(parseLanguages(trimmed(fields.languages)), findings),
    status: take(parseStatus(trimmed(fields.status)), findings),
    url: take(parseUrl(trimmed(fields.url), 'url'), findings),
    email: take(parseEmail(trimmed(fields.email), 'email'), findings),
    phone: take(parsePhone(trimmed(fields.phone), 'phone'), findings),
    eligibility: trimmed(fields.eligibility),
    fees: trimmed(fields.fees),
    service_area: serviceArea(trimmed(fields.service_area), gazetteer, findings),
    capacity: take(parseCount(trimmed(fields.capacity), 'capacity'), findings),
    contact_person: trimmed(fields.contact_person),
    notes: trimmed(fields.notes),
    source: trimmed(fields.source),
    source_consulted: sourceConsulted(fields, findings),
    last_verified: lastVerified(fields, findings),
  };
  return { record, findings };
}

function serviceArea(text: string, gazetteer: Gazetteer, findings: Finding[]): string[] {
  return text === '' ? [] : take(parseServiceArea(text, gazetteer), findings);
}

/** True when the fields say anything about a place (so a location should exist). */
export function hasPlace(fields: TextFields): boolean {
  return (
    trimmed(fields.address_1) !== '' ||
    trimmed(fields.postal_code) !== '' ||
    trimmed(fields.city) !== '' ||
    trimmed(fields.nis_code) !== '' ||
    trimmed(fields.latitude) !== '' ||
    trimmed(fields.longitude) !== '' ||
    trimmed(fields.x) !== '' ||
    trimmed(fields.y) !== ''
  );
}

/** A location, placed by the gazetteer (coordinates, postcode or commune). */
export function buildLocation(
  fields: TextFields,
  gazetteer: Gazetteer,
  crs: Parameters<typeof placeLocation>[0]['crs'] = null,
  place: Placer = (input) => placeLocation(input, gazetteer),
): Built<Location> {
  const findings: Finding[] = [];
  const placement = place({
    latitude: trimmed(fields.latitude),
    longitude: trimmed(fields.longitude),
    x: trimmed(fields.x),
    y: trimmed(fields.y),
    crs,
    postal_code: trimmed(fields.postal_code),
    city: trimmed(fields.city),
    nis_code: trimmed(fields.nis_code),
    location_precision: trimmed(fields.location_precision),
  });
  findings.push(...placement.findings);
  if (findings.some((finding) => finding.severity === 'error')) return { record: null, findings };
  const organizationId = optionalUuid(trimmed(fields.organization_id), 'organization_id', findings);
  const address = trimmed(fields.address_1);
  const record: Location = {
    id: resolveId(
      trimmed(fields.id),
      'id',
      'location',
      [
        organizationId,
        foldName(trimmed(fields.name)),
        foldName(address),
        placement.postal_code,
        placement.nis_code || foldName(placement.city),
      ],
      findings,
    ),
    organization_id: organizationId,
    name: trimmed(fields.name),
    address_1: address,
    postal_code: placement.postal_code,
    city: placement.city,
    nis_code: placement.nis_code,
    latitude: placement.latitude,
    longitude: placement.longitude,
    location_precision: placement.location_precision,
    source: trimmed(fields.source),
    source_consulted: sourceConsulted(fields, findings),
    last_verified: lastVerified(fields, findings),
  };
  setDistinctFrom(record, fields, findings);
  return { record, findings };
}

export function buildServiceAtLocation(fields: TextFields): Built<ServiceAtLocation> {
  const findings: Finding[] = [];
  const serviceId = requiredUuid(
    trimmed(fields.service_id),
    'service_id',
    'The service id',
    findings,
  );
  const locationId = requiredUuid(
    trimmed(fields.location_id),
    'location_id',
    'The location id',
    findings,
  );
  if (findings.length > 0) return { record: null, findings };
  const record: ServiceAtLocation = {
    id: resolveId(
      trimmed(fields.id),
      'id',
      'service_at_location',
      [serviceId, locationId],
      findings,
    ),
    service_id: serviceId,
    location_id: locationId,
    source: trimmed(fields.source),
    source_consulted: sourceConsulted(fields, findings),
    last_verified: lastVerified(fields, findings),
  };
  return { record, findings };
}

export function buildRelationship(fields: TextFields): Built<Relationship> {
  const findings: Finding[] = [];
  const sourceId = requiredUuid(
    trimmed(fields.source_organization_id),
    'source_organization_id',
    'The source organisation id',
    findings,
  );
  const targetId = requiredUuid(
    trimmed(fields.target_organization_id),
    'target_organization_id',
    'The target organisation id',
    findings,
  );
  const type = take(parseRelationshipType(trimmed(fields.type)), findings);
  if (findings.some((finding) => finding.severity === 'error') || type === null) {
    return { record: null, findings };
  }
  const record: Relationship = {
    id: resolveId(trimmed(fields.id), 'id', 'relationship', [sourceId, targetId, type], findings),
    source_organization_id: sourceId,
    target_organization_id: targetId,
    type,
    description: trimmed(fields.description),
    evidence: trimmed(fields.evidence),
    confidence: take(parseConfidence(trimmed(fields.confidence)), findings),
    source: trimmed(fields.source),
    source_consulted: sourceConsulted(fields, findings),
    last_verified: lastVerified(fields, findings),
  };
  return { record, findings };
}

export function buildIndicator(fields: TextFields, gazetteer: Gazetteer): Built<Indicator> {
  const findings: Finding[] = [];
  let nisCode = trimmed(fields.nis_code);
  const name = trimmed(fields.indicator);
  if (!/^\d{5}$/.test(nisCode)) {
    findings.push({
      field: 'nis_code',
      severity: 'error',
      code: nisCode ? 'invalid_value' : 'missing_required',
      message: nisCode
        ? `"${nisCode}" is not a 5-digit NIS code`
        : 'The NIS code is required but empty',
      ...(nisCode ? { variant: 'nisCode', values: { value: nisCode } } : { values: {} }),
    });
  } else {
    const update = gazetteer.updateNis(nisCode);
    if (update) {
      findings.push({
        field: 'nis_code',
        severity: 'info',
        code: 'nis_code_updated',
        message: `NIS code ${update.from} became ${update.to} (${update.reason === 'merged_2025' ? 'merger of 1 January 2025' : 'renumbering of 1 January 2019'})`,
        variant: update.reason,
        values: { from: update.from, to: update.to },
      });
      nisCode = update.to;
    }
  }
  if (!name) findings.push(missing('indicator', 'The indicator name'));
  const value = take(parseDecimal(trimmed(fields.value), 'value'), findings);
  if (value === null && !findings.some((finding) => finding.field === 'value')) {
    findings.push(missing('value', 'The value'));
  }
  const year = take(parseInteger(trimmed(fields.year), 'year'), findings);
  if (findings.some((finding) => finding.severity === 'error') || value === null) {
    return { record: null, findings };
  }
  const referenceDate = trimmed(fields.reference_date);
  const record: Indicator = {
    id: resolveId(
      trimmed(fields.id),
      'id',
      'indicator',
      [nisCode, name, String(year ?? ''), referenceDate],
      findings,
    ),
    nis_code: nisCode,
    indicator: name,
    value,
    unit: trimmed(fields.unit),
    year,
    reference_date: referenceDate,
    source: trimmed(fields.source),
    source_consulted: sourceConsulted(fields, findings),
    last_verified: lastVerified(fields, findings),
  };
  return { record, findings };
}

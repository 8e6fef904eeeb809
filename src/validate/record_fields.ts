import type { TableName } from '../model/dataset';
import {
  CATEGORIES,
  CONFIDENCES,
  LEVELS,
  ORG_TYPES,
  RELATIONSHIP_TYPES,
  STATUSES,
} from '../model/enums';
import { randomId } from '../model/ids';
import type { Location, Organization, Relationship, Service } from '../model/schemas';
import { type FieldSpec, today } from './field_rules';

/**
 * The fields each form edits, in the order it shows them. Ids, links between tables and a
 * location's point are not typed by hand: they come from pickers and from the map.
 */

/** For the team's own use: left out of exports unless asked (see model/internal.ts). */
const INTERNAL: readonly FieldSpec[] = [
  { name: 'contact_person', kind: 'text', hint: 'internal' },
  { name: 'notes', kind: 'longText', hint: 'internal' },
];

/** Where a fact comes from, when that source was read and when it was verified: every record carries them. */
const PROVENANCE: readonly FieldSpec[] = [
  { name: 'source', kind: 'longText', hint: 'source', required: true },
  { name: 'source_consulted', kind: 'date', hint: 'sourceConsulted' },
  { name: 'last_verified', kind: 'date', hint: 'lastVerified' },
];

export const SERVICE_FIELDS: readonly FieldSpec[] = [
  { name: 'name', kind: 'text', label: 'serviceName', required: true },
  { name: 'organization_id', kind: 'organization', label: 'organization', required: true },
  { name: 'category', kind: 'choice', choices: CATEGORIES, labels: 'model:category' },
  { name: 'status', kind: 'choice', choices: STATUSES, labels: 'model:status' },
  { name: 'description', kind: 'longText' },
  { name: 'audience', kind: 'text' },
  { name: 'eligibility', kind: 'text' },
  { name: 'fees', kind: 'text' },
  { name: 'languages', kind: 'languages', hint: 'languages' },
  { name: 'service_area', kind: 'areas', hint: 'serviceArea' },
  { name: 'capacity', kind: 'count', hint: 'capacity' },
  { name: 'phone', kind: 'phone', hint: 'phone' },
  { name: 'email', kind: 'email' },
  { name: 'url', kind: 'url', label: 'website', hint: 'url' },
  ...INTERNAL,
  ...PROVENANCE,
];

export const ORGANIZATION_FIELDS: readonly FieldSpec[] = [
  { name: 'name', kind: 'text', label: 'organizationName', required: true },
  { name: 'alternate_name', kind: 'text' },
  { name: 'org_type', kind: 'choice', choices: ORG_TYPES, labels: 'model:orgType' },
  { name: 'level', kind: 'choice', choices: LEVELS, labels: 'model:level', optional: true },
  { name: 'parent_organization_id', kind: 'organization', label: 'parent' },
  { name: 'description', kind: 'longText' },
  { name: 'phone', kind: 'phone', hint: 'phone' },
  { name: 'email', kind: 'email' },
  { name: 'website', kind: 'url', hint: 'url' },
  { name: 'enterprise_number', kind: 'enterpriseNumber', hint: 'enterpriseNumber' },
  ...INTERNAL,
  ...PROVENANCE,
];

/**
 * A location's address. Its point is not typed: a new site is placed at its postcode or in
 * its commune (as an import places it), then on the map ("Place on the map").
 */
export const ADDRESS_FIELDS: readonly FieldSpec[] = [
  { name: 'name', kind: 'text', label: 'siteName' },
  { name: 'address_1', kind: 'text' },
  { name: 'postal_code', kind: 'text' },
  { name: 'city', kind: 'text' },
  { name: 'nis_code', kind: 'commune', label: 'commune', hint: 'commune' },
];

export const LOCATION_FIELDS: readonly FieldSpec[] = [...ADDRESS_FIELDS, ...PROVENANCE];

/** A relationship reads as a sentence: one organisation, what it does, the other one. */
export const RELATIONSHIP_FIELDS: readonly FieldSpec[] = [
  { name: 'source_organization_id', kind: 'organization', label: 'from', required: true },
  { name: 'type', kind: 'choice', choices: RELATIONSHIP_TYPES, labels: 'model:relationship' },
  { name: 'target_organization_id', kind: 'organization', label: 'to', required: true },
  { name: 'description', kind: 'longText' },
  { name: 'evidence', kind: 'longText', hint: 'evidence' },
  {
    name: 'confidence',
    kind: 'choice',
    choices: CONFIDENCES,
    labels: 'edit:confidence',
    optional: true,
  },
  ...PROVENANCE,
];

/** A figure of a series: its value, unit and date, and where it comes from. Its place and indicator are its series'. */
export const INDICATOR_FIELDS: readonly FieldSpec[] = [
  { name: 'value', kind: 'decimal', label: 'figureValue', required: true },
  { name: 'unit', kind: 'text', label: 'unit' },
  {
    name: 'reference_date',
    kind: 'period',
    label: 'referenceDate',
    hint: 'period',
    required: true,
  },
  ...PROVENANCE,
];

/** The fields of each table a form edits, for what names a field outside its form (the history). */
export const FIELDS_OF_TABLE: Readonly<Partial<Record<TableName, readonly FieldSpec[]>>> = {
  organizations: ORGANIZATION_FIELDS,
  services: SERVICE_FIELDS,
  locations: LOCATION_FIELDS,
  relationships: RELATIONSHIP_FIELDS,
  indicators: INDICATOR_FIELDS,
};

/** A new record's provenance: the user gives its source; the day verified starts as today. */
const provenance = () => ({ source: '', source_consulted: '', last_verified: today() });

export function blankService(organizationId: string): Service {
  return {
    id: randomId(),
    organization_id: organizationId,
    name: '',
    category: 'other',
    description: '',
    audience: '',
    languages: [],
    status: 'active',
    url: '',
    email: '',
    phone: '',
    eligibility: '',
    fees: '',
    service_area: [],
    capacity: null,
    contact_person: '',
    notes: '',
    ...provenance(),
  };
}

export function blankOrganization(): Organization {
  return {
    id: randomId(),
    name: '',
    alternate_name: '',
    description: '',
    org_type: 'other',
    level: '',
    website: '',
    email: '',
    phone: '',
    enterprise_number: '',
    parent_organization_id: '',
    contact_person: '',
    notes: '',
    ...provenance(),
  };
}

export function blankLocation(organizationId: string): Location {
  return {
    id: randomId(),
    organization_id: organizationId,
    name: '',
    address_1: '',
    postal_code: '',
    city: '',
    nis_code: '',
    latitude: null,
    longitude: null,
    location_precision: '',
    ...provenance(),
  };
}

export function blankRelationship(sourceId: string, targetId: string): Relationship {
  return {
    id: randomId(),
    source_organization_id: sourceId,
    target_organization_id: targetId,
    type: 'partners_with',
    description: '',
    evidence: '',
    confidence: '',
    ...provenance(),
  };
}

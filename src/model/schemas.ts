import { z } from 'zod';
import {
  CATEGORIES,
  CONFIDENCES,
  LEVELS,
  LOCATION_PRECISIONS,
  ORG_TYPES,
  RELATIONSHIP_TYPES,
  STATUSES,
} from './enums';

/**
 * zod schemas of the tables in SPEC.md, the contract checked at every boundary
 * (import, persisted state, the committed dataset).
 *
 * Conventions, so that CSV, HSDS and GeoJSON round-trip without loss:
 * - a text field that no source gives is the empty string, never null or undefined;
 * - a number that no source gives (coordinates, values) is null;
 * - `languages` is a list of ISO 639-1 codes;
 * - every record carries `source` (where the fact comes from), `source_consulted` (the day
 *   that source was read, an ISO date or empty) and `last_verified` (the day someone last
 *   verified the record with the organisation itself, an ISO date or empty: reading a
 *   source is not verifying).
 */

const text = z.string();
const uuid = z.uuid();
const optionalUuid = z.union([z.literal(''), z.uuid()]);
const isoDateOrEmpty = z.union([z.literal(''), z.iso.date()]);
/** A commune's (or a larger area's) REFNIS code; a language's ISO 639-1 code. */
export const NIS_CODE_PATTERN = /^\d{5}$/;
export const LANGUAGE_CODE_PATTERN = /^[a-z]{2}$/;
const nisCode = z.string().regex(NIS_CODE_PATTERN, 'a 5-digit NIS code');
const nisCodeOrEmpty = z.union([z.literal(''), nisCode]);

/**
 * Fields for the team's own use (see model/internal.ts): whom to call there, and notes.
 * Files made before they existed have no such columns: they read as empty.
 */
/**
 * The ids of records of the same table that the user said are not the same body or site:
 * the duplicates finder does not propose those pairs again. Absent (or empty) on most
 * records; lists are written '|'-joined in the normalised CSV.
 */
const distinctFrom = () => ({ distinct_from: z.array(uuid).optional() });

const internal = () => ({
  contact_person: text.default(''),
  notes: text.default(''),
});

const provenance = {
  source: text,
  /** Files made before it existed have no such column: it reads as empty. */
  source_consulted: isoDateOrEmpty.default(''),
  last_verified: isoDateOrEmpty,
};

export const organizationSchema = z.object({
  id: uuid,
  name: z.string().min(1),
  alternate_name: text,
  description: text,
  org_type: z.enum(ORG_TYPES),
  level: z.union([z.literal(''), z.enum(LEVELS)]),
  website: text,
  email: text,
  phone: text,
  /**
   * The organisation's Belgian enterprise number (KBO/BCE, HSDS organization_identifier),
   * written 0123.456.789 and passing its modulo-97 check; empty when no source gives it.
   * Files made before it existed have no such column: it reads as empty.
   */
  enterprise_number: text.default(''),
  parent_organization_id: optionalUuid,
  ...distinctFrom(),
  ...internal(),
  ...provenance,
});

export const serviceSchema = z.object({
  id: uuid,
  organization_id: uuid,
  name: z.string().min(1),
  category: z.enum(CATEGORIES),
  description: text,
  audience: text,
  languages: z.array(z.string().regex(LANGUAGE_CODE_PATTERN, 'an ISO 639-1 code')),
  status: z.enum(STATUSES),
  url: text,
  email: text,
  phone: text,
  eligibility: text,
  fees: text,
  /**
   * The communes, arrondissements, provinces or region the service serves, as REFNIS codes
   * (HSDS service_area); empty when no source gives it (the service then serves where its
   * sites are). Files made before it existed have no such column: it reads as empty.
   */
  service_area: z.array(nisCode).default([]),
  /**
   * How many people the service can take at once (places), where a source states it; null
   * otherwise. The access index counts a service at its capacity when it has one.
   */
  capacity: z.number().int().nonnegative().nullable().default(null),
  ...internal(),
  ...provenance,
});

export const locationSchema = z.object({
  id: uuid,
  organization_id: optionalUuid,
  name: text,
  address_1: text,
  postal_code: text,
  city: text,
  nis_code: nisCodeOrEmpty,
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
  location_precision: z.union([z.literal(''), z.enum(LOCATION_PRECISIONS)]),
  ...distinctFrom(),
  ...provenance,
});

export const serviceAtLocationSchema = z.object({
  id: uuid,
  service_id: uuid,
  location_id: uuid,
  ...provenance,
});

export const relationshipSchema = z.object({
  id: uuid,
  source_organization_id: uuid,
  target_organization_id: uuid,
  type: z.enum(RELATIONSHIP_TYPES),
  description: text,
  /** A short quote from the source that states the relationship. */
  evidence: text,
  confidence: z.union([z.literal(''), z.enum(CONFIDENCES)]),
  ...provenance,
});

export const indicatorSchema = z.object({
  id: uuid,
  /** A commune, arrondissement, province, region (03000) or Belgium (01000) REFNIS code. */
  nis_code: nisCode,
  indicator: z.string().min(1),
  value: z.number(),
  unit: text,
  year: z.number().int().nullable(),
  /** The date the figure refers to, when finer than the year (ISO, or empty). */
  reference_date: text,
  ...provenance,
});

/** A commune's attributes (its geometry stays in the GeoJSON). */
export const communeSchema = z.object({
  nis_code: nisCode,
  name_fr: text,
  name_nl: text,
  name_de: text,
  arrondissement: text,
  province: text,
});

export type Organization = z.infer<typeof organizationSchema>;
export type Service = z.infer<typeof serviceSchema>;
export type Location = z.infer<typeof locationSchema>;
export type ServiceAtLocation = z.infer<typeof serviceAtLocationSchema>;
export type Relationship = z.infer<typeof relationshipSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Commune = z.infer<typeof communeSchema>;

/**
 * The closed vocabularies of the Atlas data model (SPEC.md, "Data model").
 * Each list is the set of codes stored in records and exports; labels live in `labels.ts`.
 */

export const ORG_TYPES = [
  'federal_agency',
  'regional_agency',
  'local_authority',
  'cpas',
  'integration_centre',
  'ngo',
  'international_org',
  'education_provider',
  'housing_provider',
  'employment_service',
  'reception_centre',
  'other',
] as const;
export type OrgType = (typeof ORG_TYPES)[number];

export const LEVELS = [
  'international',
  'european',
  'federal',
  'community',
  'regional',
  'provincial',
  'local',
] as const;
export type Level = (typeof LEVELS)[number];

export const CATEGORIES = [
  'social_aid',
  'housing',
  'language',
  'employment',
  'integration',
  'reception',
  'health',
  'education',
  'legal',
  'psychosocial',
  'childcare',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** HSDS 3.0 service status, less "temporarily closed", which the Atlas does not track. */
export const STATUSES = ['active', 'inactive', 'defunct'] as const;
export type Status = (typeof STATUSES)[number];

export const RELATIONSHIP_TYPES = [
  'funds',
  'coordinates',
  'supervises',
  'refers_to',
  'partners_with',
  'provides_data_to',
  'member_of',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/**
 * How a location's point was obtained:
 * - exact: coordinates given by the source;
 * - postcode: the centroid of its postcode;
 * - commune: a point inside its commune.
 */
export const LOCATION_PRECISIONS = ['exact', 'postcode', 'commune'] as const;
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

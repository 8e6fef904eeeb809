import type { Dataset } from '../../model/dataset';
import type { Location, Organization, Service } from '../../model/schemas';
import { twelveMonthsBefore } from './completeness';

/**
 * A partner's "to check" list: each record of one organisation (itself, its services, its
 * sites) that lacks something, and what. What a partner is asked to fill in or confirm.
 */

export const MISSING = [
  'phone',
  'email',
  'website',
  'address',
  'source',
  'neverVerified',
  'staleVerified',
] as const;
export type Missing = (typeof MISSING)[number];

export interface ToCheckRow {
  table: 'organizations' | 'services' | 'locations';
  id: string;
  name: string;
  missing: Missing[];
  last_verified: string;
}

function verification(lastVerified: string, cutoff: string): Missing[] {
  if (!lastVerified) return ['neverVerified'];
  return lastVerified < cutoff ? ['staleVerified'] : [];
}

function organizationGaps(org: Organization, cutoff: string): Missing[] {
  return [
    ...(org.phone ? [] : (['phone'] as const)),
    ...(org.email ? [] : (['email'] as const)),
    ...(org.website ? [] : (['website'] as const)),
    ...(org.source ? [] : (['source'] as const)),
    ...verification(org.last_verified, cutoff),
  ];
}

function serviceGaps(service: Service, cutoff: string): Missing[] {
  return [
    ...(service.phone ? [] : (['phone'] as const)),
    ...(service.email ? [] : (['email'] as const)),
    ...(service.url ? [] : (['website'] as const)),
    ...(service.source ? [] : (['source'] as const)),
    ...verification(service.last_verified, cutoff),
  ];
}

/** A site lacks its address until it has a street address placed exactly. */
function locationGaps(location: Location, cutoff: string): Missing[] {
  const placed = location.address_1 !== '' && location.location_precision === 'exact';
  return [
    ...(placed ? [] : (['address'] as const)),
    ...(location.source ? [] : (['source'] as const)),
    ...verification(location.last_verified, cutoff),
  ];
}

/**
 * The records of the organisation `organizationId` that lack something, the organisation
 * first, then its services and its sites in dataset order. `today` is an ISO date.
 */
export function toCheckList(dataset: Dataset, organizationId: string, today: string): ToCheckRow[] {
  const cutoff = twelveMonthsBefore(today);
  const rows: ToCheckRow[] = [];
  const add = (
    table: ToCheckRow['table'],
    record: { id: string; name: string; last_verified: string },
    missing: Missing[],
  ) => {
    if (missing.length > 0) {
      rows.push({
        table,
        id: record.id,
        name: record.name,
        missing,
        last_verified: record.last_verified,
      });
    }
  };
  const organization = dataset.organizations.find((org) => org.id === organizationId);
  if (!organization) return rows;
  add('organizations', organization, organizationGaps(organization, cutoff));
  for (const service of dataset.services) {
    if (service.organization_id === organizationId) {
      add('services', service, serviceGaps(service, cutoff));
    }
  }
  for (const location of dataset.locations) {
    if (location.organization_id === organizationId) {
      const name = location.name || [location.address_1, location.city].filter(Boolean).join(', ');
      add('locations', { ...location, name }, locationGaps(location, cutoff));
    }
  }
  return rows;
}

import type { Dataset } from '../../model/dataset';
import type { Location, Organization, Service } from '../../model/schemas';
import { contactGaps, verificationGap } from '../../validate/record_gaps';

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

function verification(lastVerified: string, today: string): Missing[] {
  const gap = verificationGap(lastVerified, today);
  return gap ? [gap] : [];
}

function organizationGaps(org: Organization, today: string): Missing[] {
  return [
    ...contactGaps(org),
    ...(org.source ? [] : (['source'] as const)),
    ...verification(org.last_verified, today),
  ];
}

function serviceGaps(service: Service, today: string): Missing[] {
  return [
    ...contactGaps({ phone: service.phone, email: service.email, website: service.url }),
    ...(service.source ? [] : (['source'] as const)),
    ...verification(service.last_verified, today),
  ];
}

/** A site lacks its address until it has a street address placed exactly. */
function locationGaps(location: Location, today: string): Missing[] {
  const placed = location.address_1 !== '' && location.location_precision === 'exact';
  return [
    ...(placed ? [] : (['address'] as const)),
    ...(location.source ? [] : (['source'] as const)),
    ...verification(location.last_verified, today),
  ];
}

/**
 * The records of the organisation `organizationId` that lack something, the organisation
 * first, then its services and its sites in dataset order. `today` is an ISO date.
 */
export function toCheckList(dataset: Dataset, organizationId: string, today: string): ToCheckRow[] {
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
  add('organizations', organization, organizationGaps(organization, today));
  for (const service of dataset.services) {
    if (service.organization_id === organizationId) {
      add('services', service, serviceGaps(service, today));
    }
  }
  for (const location of dataset.locations) {
    if (location.organization_id === organizationId) {
      const name = location.name || [location.address_1, location.city].filter(Boolean).join(', ');
      add('locations', { ...location, name }, locationGaps(location, today));
    }
  }
  return rows;
}

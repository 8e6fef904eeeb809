import type { Dataset } from '../../model/dataset';
import { type RecordGap, recordGaps } from '../../validate/record_gaps';

/**
 * A partner's "to check" list: each record of one organisation (itself, its services, its
 * sites) that lacks something, and what. What a partner is asked to fill in or confirm.
 */

export interface ToCheckRow {
  table: 'organizations' | 'services' | 'locations';
  id: string;
  name: string;
  missing: RecordGap[];
  last_verified: string;
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
    missing: RecordGap[],
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
  add('organizations', organization, recordGaps({ ...organization, contact: organization }, today));
  for (const service of dataset.services) {
    if (service.organization_id === organizationId) {
      const contact = { phone: service.phone, email: service.email, website: service.url };
      add('services', service, recordGaps({ ...service, contact, organization }, today));
    }
  }
  for (const location of dataset.locations) {
    if (location.organization_id === organizationId) {
      const name = location.name || [location.address_1, location.city].filter(Boolean).join(', ');
      add('locations', { ...location, name }, recordGaps({ ...location, place: location }, today));
    }
  }
  return rows;
}

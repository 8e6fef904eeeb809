import type { Dataset } from '../../../../src/model/dataset';
import { stableId } from '../../../../src/model/ids';
import type { Location, Organization } from '../../../../src/model/schemas';

export function organization(key: string, fields: Partial<Organization> = {}): Organization {
  return {
    id: stableId('organization', key),
    name: key,
    alternate_name: '',
    enterprise_number: '',
    description: '',
    org_type: 'ngo',
    level: 'local',
    website: '',
    email: '',
    phone: '',
    parent_organization_id: '',
    contact_person: '',
    notes: '',
    source: `source of ${key}`,
    source_consulted: '',
    last_verified: '',
    ...fields,
  };
}

export function location(key: string, fields: Partial<Location> = {}): Location {
  return {
    id: stableId('location', key),
    organization_id: '',
    name: key,
    address_1: '',
    postal_code: '',
    city: '',
    nis_code: '',
    latitude: null,
    longitude: null,
    location_precision: '',
    source: `source of ${key}`,
    source_consulted: '',
    last_verified: '',
    ...fields,
  };
}

export function dataset(parts: Partial<Dataset>): Dataset {
  return {
    organizations: [],
    services: [],
    locations: [],
    service_at_locations: [],
    relationships: [],
    indicators: [],
    ...parts,
  };
}

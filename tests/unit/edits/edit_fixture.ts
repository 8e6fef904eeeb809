import type { Dataset } from '../../../src/model/dataset';
import { stableId } from '../../../src/model/ids';
import type { Location, Organization, Service } from '../../../src/model/schemas';

/** A small dataset: two organisations, one service at one location, one relationship. */
export function editFixture(): Dataset {
  const org = (key: string, name: string): Organization => ({
    id: stableId('organization', key),
    name,
    alternate_name: '',
    description: '',
    org_type: 'cpas',
    level: 'local',
    website: '',
    email: '',
    phone: '',
    enterprise_number: '',
    parent_organization_id: '',
    contact_person: '',
    notes: '',
    source: 'test',
    source_consulted: '',
    last_verified: '',
  });
  const cpas = org('cpas', 'CPAS de Liège');
  const commune = org('commune', 'Ville de Liège');
  const service: Service = {
    id: stableId('service', 'social'),
    organization_id: cpas.id,
    name: 'Aide sociale',
    category: 'social_aid',
    description: '',
    audience: '',
    languages: ['fr'],
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
    source: 'test',
    source_consulted: '',
    last_verified: '',
  };
  const location: Location = {
    id: stableId('location', 'site'),
    organization_id: cpas.id,
    name: '',
    address_1: '',
    postal_code: '4000',
    city: 'Liège',
    nis_code: '62063',
    latitude: 50.63,
    longitude: 5.57,
    location_precision: 'postcode',
    source: 'test',
    source_consulted: '',
    last_verified: '',
  };
  return Object.freeze({
    organizations: [cpas, commune],
    services: [service],
    locations: [location],
    service_at_locations: [
      {
        id: stableId('service_at_location', 'link'),
        service_id: service.id,
        location_id: location.id,
        source: 'test',
        source_consulted: '',
        last_verified: '',
      },
    ],
    relationships: [
      {
        id: stableId('relationship', 'rel'),
        source_organization_id: commune.id,
        target_organization_id: cpas.id,
        type: 'supervises',
        description: '',
        evidence: '',
        confidence: '',
        source: 'test',
        source_consulted: '',
        last_verified: '',
      },
    ],
    indicators: [],
  }) as Dataset;
}

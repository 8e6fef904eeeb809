import type { Dataset } from '../../../../src/model/dataset';
import { stableId } from '../../../../src/model/ids';
import type { Organization } from '../../../../src/model/schemas';
import { curatedDataset } from '../render_atlas';

/** The curated data with the CPAS of Namur written a second time, as a partner's file would. */
export function withPlantedTwin(): { dataset: Dataset; cpas: Organization; twin: Organization } {
  const curated = curatedDataset();
  const cpas = curated.organizations.find((org) => org.name === 'CPAS de Namur');
  if (!cpas) throw new Error('the curated data has the CPAS of Namur');
  const twin: Organization = {
    ...cpas,
    id: stableId('organization', 'twin of the CPAS of Namur'),
    name: 'C.P.A.S. de Namur',
    description: '',
    phone: '081 33 70 11',
    source: 'partner workbook',
  };
  const service = {
    ...(curated.services[0] as Dataset['services'][number]),
    id: stableId('service', 'twin service'),
    organization_id: twin.id,
    name: 'Accueil social (partner)',
    source: 'partner workbook',
  };
  const location = {
    ...(curated.locations[0] as Dataset['locations'][number]),
    id: stableId('location', 'twin site'),
    organization_id: twin.id,
    name: '',
    address_1: '',
    postal_code: '5000',
    city: 'Namur',
    nis_code: '92094',
    location_precision: 'postcode' as const,
    source: 'partner workbook',
  };
  const dataset: Dataset = {
    ...curated,
    organizations: [...curated.organizations, twin],
    services: [...curated.services, service],
    locations: [...curated.locations, location],
    service_at_locations: [
      ...curated.service_at_locations,
      {
        id: stableId('service_at_location', 'twin link'),
        service_id: service.id,
        location_id: location.id,
        source: 'partner workbook',
        source_consulted: '',
        last_verified: '',
      },
    ],
  };
  return { dataset, cpas, twin };
}

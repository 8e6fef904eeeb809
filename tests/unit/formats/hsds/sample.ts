import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InputFile } from '../../../../src/formats/types';
import type { Dataset } from '../../../../src/model/dataset';
import { stableId } from '../../../../src/model/ids';
import type { Gazetteer } from '../../../../src/places/types';

export const EXAMPLE_DIR = 'tests/fixtures/hsds_example';

/** The files of a fixture folder, as a user would drop them (paths under the folder name). */
export function folderFiles(dir: string, prefix = 'hsds_example/'): InputFile[] {
  return readdirSync(dir).map((name) => ({
    path: `${prefix}${name}`,
    bytes: new Uint8Array(readFileSync(join(dir, name))),
  }));
}

/** Files as text, by path. */
export function texts(
  files: readonly { path: string; content: string | Uint8Array }[],
): Map<string, string> {
  return new Map(
    files.map((file) => [
      file.path,
      typeof file.content === 'string' ? file.content : new TextDecoder().decode(file.content),
    ]),
  );
}

/**
 * A small, hand-built dataset in the shape the import produces: 2 organisations, 3
 * services with languages, 2 locations (one exact with a full address, one at its
 * postcode's centroid without a street), relationships and indicators. Places are made
 * consistent with the gazetteer, so that reading them back changes nothing.
 */
export function sampleDataset(gazetteer: Gazetteer): Dataset {
  const cpas = stableId('organization', 'test cpas');
  const ngo = stableId('organization', 'test ngo');
  const help = stableId('service', cpas, 'aide sociale');
  const lessons = stableId('service', ngo, 'cours de francais');
  const desk = stableId('service', ngo, 'permanence');
  const office = stableId('location', cpas, 'office');
  const liege = stableId('location', ngo, 'liege');
  const exact: [number, number] = [4.8624, 50.4649];
  const commune = gazetteer.communeAt(...exact);
  const postcode = gazetteer.postcode('4000');
  if (!commune || !postcode?.centroid)
    throw new Error('the test gazetteer lacks Namur or postcode 4000');
  const postcodeCommune = gazetteer.communeByNis(postcode.nis_codes[0] ?? '');
  const provenance = {
    source: 'Test fixture',
    source_consulted: '2025-04-30',
    last_verified: '2025-05-02',
  };
  return {
    organizations: [
      {
        id: cpas,
        name: 'Test CPAS',
        alternate_name: 'TC',
        description: '',
        org_type: 'cpas',
        level: 'local',
        website: 'https://example.org/cpas',
        email: 'contact@example.org',
        phone: '+32 81 00 00 00',
        enterprise_number: '0212.345.668',
        parent_organization_id: '',
        contact_person: '',
        notes: '',
        ...provenance,
      },
      {
        id: ngo,
        name: 'Test ASBL',
        alternate_name: '',
        description: 'Accueil et cours de français',
        org_type: 'ngo',
        level: '',
        website: '',
        email: '',
        phone: '',
        enterprise_number: '',
        parent_organization_id: cpas,
        contact_person: '',
        notes: '',
        source: 'https://example.org/asbl',
        source_consulted: '',
        last_verified: '',
      },
    ],
    services: [
      {
        id: help,
        organization_id: cpas,
        name: 'Aide sociale',
        category: 'social_aid',
        description: 'Revenu d’intégration, aide matérielle',
        audience: 'Bénéficiaires de la protection temporaire',
        languages: ['fr', 'uk'],
        status: 'active',
        url: 'https://example.org/cpas/aide',
        email: 'aide@example.org',
        phone: '+32 81 00 00 01',
        eligibility: 'Résider dans la commune',
        fees: 'Gratuit',
        service_area: [],
        capacity: null,
        contact_person: '',
        notes: '',
        ...provenance,
      },
      {
        id: lessons,
        organization_id: ngo,
        name: 'Cours de français',
        category: 'language',
        description: '',
        audience: '',
        languages: ['fr', 'ru', 'uk'],
        status: 'inactive',
        url: '',
        email: '',
        phone: '',
        eligibility: '',
        fees: '',
        service_area: [],
        capacity: null,
        contact_person: '',
        notes: '',
        source: 'https://example.org/asbl/cours',
        source_consulted: '',
        last_verified: '',
      },
      {
        id: desk,
        organization_id: ngo,
        name: 'Permanence sociale',
        category: 'other',
        description: 'Le mardi',
        audience: '',
        languages: [],
        status: 'defunct',
        url: '',
        email: '',
        phone: '',
        eligibility: '',
        fees: '',
        service_area: [],
        capacity: null,
        contact_person: '',
        notes: '',
        ...provenance,
      },
    ],
    locations: [
      {
        id: office,
        organization_id: cpas,
        name: 'Bureau principal',
        address_1: 'Rue de Test 1',
        postal_code: '5000',
        city: commune.name_fr,
        nis_code: commune.nis_code,
        latitude: exact[1],
        longitude: exact[0],
        location_precision: 'exact',
        ...provenance,
      },
      {
        id: liege,
        organization_id: '',
        name: '',
        address_1: '',
        postal_code: '4000',
        city: postcodeCommune?.name_fr ?? '',
        nis_code: postcodeCommune?.nis_code ?? '',
        latitude: postcode.centroid[1],
        longitude: postcode.centroid[0],
        location_precision: 'postcode',
        ...provenance,
      },
    ],
    service_at_locations: [
      {
        id: stableId('service_at_location', help, office),
        service_id: help,
        location_id: office,
        ...provenance,
      },
      {
        id: stableId('service_at_location', lessons, liege),
        service_id: lessons,
        location_id: liege,
        ...provenance,
      },
      {
        id: stableId('service_at_location', desk, liege),
        service_id: desk,
        location_id: liege,
        source: '',
        source_consulted: '',
        last_verified: '',
      },
    ],
    relationships: [
      {
        id: stableId('relationship', cpas, ngo, 'funds'),
        source_organization_id: cpas,
        target_organization_id: ngo,
        type: 'funds',
        description: 'Subside annuel',
        evidence: '« le CPAS soutient l’ASBL »',
        confidence: 'high',
        ...provenance,
      },
      {
        id: stableId('relationship', ngo, cpas, 'refers_to'),
        source_organization_id: ngo,
        target_organization_id: cpas,
        type: 'refers_to',
        description: '',
        evidence: '',
        confidence: '',
        source: '',
        source_consulted: '',
        last_verified: '',
      },
    ],
    indicators: [
      {
        id: stableId('indicator', commune.nis_code, 'test_count', '2024', ''),
        nis_code: commune.nis_code,
        indicator: 'test_count',
        value: 1234,
        unit: 'persons',
        year: 2024,
        reference_date: '',
        ...provenance,
      },
      {
        id: stableId('indicator', '03000', 'test_share', '', '2025-01-01'),
        nis_code: '03000',
        indicator: 'test_share',
        value: 0.125,
        unit: '%',
        year: null,
        reference_date: '2025-01-01',
        ...provenance,
      },
    ],
  };
}

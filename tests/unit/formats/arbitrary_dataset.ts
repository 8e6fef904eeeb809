import fc from 'fast-check';
import type { Dataset } from '../../../src/model/dataset';
import {
  CATEGORIES,
  CONFIDENCES,
  LEVELS,
  ORG_TYPES,
  RELATIONSHIP_TYPES,
  STATUSES,
} from '../../../src/model/enums';
import { stableId } from '../../../src/model/ids';
import type {
  Indicator,
  Location,
  Organization,
  Relationship,
  Service,
} from '../../../src/model/schemas';
import type { CommuneInfo } from '../../../src/places/types';

/**
 * Generated datasets in the shape an import produces (trimmed text, valid links and
 * dates, sites placed consistently with the gazetteer), for export → import round trips.
 * `flat` restricts them to what one row per service at a site can carry: every
 * organisation has a service, every site a service, one source per organisation, and
 * no relationships or indicators.
 */

const CHARS = [...'abcdefghijklmnopqrstuvwxyzéèçàüößÉ ,;"\'=+-@\n\t0123456789'];
const ANY_TEXT = fc
  .array(fc.constantFrom(...CHARS), { maxLength: 16 })
  .map((chars) => chars.join('').trim());
const NAME = fc
  .tuple(fc.constantFrom(...'ABCDEFGHIJ'), ANY_TEXT)
  .map(([first, rest]) => `${first}${rest}`.trim());
const DATE = fc.constantFrom('', '2024-01-31', '2025-12-01', '2026-06-15');
const URL = fc.constantFrom('', 'https://example.org/a?b=1', 'http://cpas.example.be/');
const EMAIL = fc.constantFrom('', 'info@example.org', 'a.b@cpas.example.be');
const PHONE = fc.constantFrom('', '+32 81 00 00 00', '081/00.00.00', '0470 00 00 00');
const LANGUAGES = fc.uniqueArray(fc.constantFrom('fr', 'nl', 'de', 'en', 'uk', 'ru'), {
  maxLength: 3,
});

interface Seed {
  org: {
    name: string;
    org_type: Organization['org_type'];
    level: Organization['level'];
    website: string;
    email: string;
    phone: string;
    /** The first eight digits of an enterprise number (its check digits follow from them). */
    enterprise: number | null;
    source: string;
    source_consulted: string;
    last_verified: string;
  };
  services: {
    name: string;
    category: Service['category'];
    status: Service['status'];
    languages: string[];
    text: [string, string, string, string];
    url: string;
    email: string;
    phone: string;
    sites: number[];
    /** Communes by index, or one of the units above them (arrondissement, province, region). */
    area: (number | string)[];
    capacity: number | null;
  }[];
  sites: {
    commune: number;
    name: string;
    address: string;
    precision: Location['location_precision'];
  }[];
}

const SEED: fc.Arbitrary<Seed> = fc.record({
  org: fc.record({
    name: NAME,
    org_type: fc.constantFrom(...ORG_TYPES),
    level: fc.constantFrom('' as const, ...LEVELS),
    website: URL,
    email: EMAIL,
    phone: PHONE,
    enterprise: fc.option(fc.integer({ min: 0, max: 19_999_999 }), { nil: null }),
    source: ANY_TEXT,
    source_consulted: DATE,
    last_verified: DATE,
  }),
  services: fc.array(
    fc.record({
      name: NAME,
      category: fc.constantFrom(...CATEGORIES),
      status: fc.constantFrom(...STATUSES),
      languages: LANGUAGES,
      text: fc.tuple(ANY_TEXT, ANY_TEXT, ANY_TEXT, ANY_TEXT),
      url: URL,
      email: EMAIL,
      phone: PHONE,
      sites: fc.uniqueArray(fc.nat({ max: 2 }), { maxLength: 3 }),
      area: fc.uniqueArray(
        fc.oneof(fc.nat({ max: 260 }), fc.constantFrom('62000', '80000', '20002', '03000')),
        { maxLength: 3 },
      ),
      capacity: fc.option(fc.nat({ max: 5000 }), { nil: null }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  sites: fc.array(
    fc.record({
      commune: fc.nat({ max: 260 }),
      name: ANY_TEXT,
      address: ANY_TEXT,
      precision: fc.constantFrom('exact' as const, 'postcode' as const, 'commune' as const),
    }),
    { minLength: 3, maxLength: 3 },
  ),
});

/** A valid enterprise number (0123.456.789) from its first eight digits; '' for none. */
function enterpriseNumber(base: number | null): string {
  if (base === null) return '';
  const digits = `${String(base).padStart(8, '0')}${String(97 - (base % 97)).padStart(2, '0')}`;
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

function build(seeds: readonly Seed[], communes: readonly CommuneInfo[], flat: boolean): Dataset {
  const dataset: Dataset = {
    organizations: [],
    services: [],
    locations: [],
    service_at_locations: [],
    relationships: [],
    indicators: [],
  };
  seeds.forEach((seed, orgIndex) => {
    const orgId = stableId('organization', 'generated', String(orgIndex));
    const provenance = {
      source: seed.org.source,
      source_consulted: seed.org.source_consulted,
      last_verified: seed.org.last_verified,
    };
    dataset.organizations.push({
      id: orgId,
      name: seed.org.name,
      alternate_name: '',
      description: '',
      org_type: seed.org.org_type,
      level: seed.org.level,
      website: seed.org.website,
      email: seed.org.email,
      phone: seed.org.phone,
      enterprise_number: enterpriseNumber(seed.org.enterprise),
      parent_organization_id: '',
      contact_person: '',
      notes: '',
      ...provenance,
    });
    const used = new Set(seed.services.flatMap((service) => service.sites));
    const siteIds = seed.sites.map((site, siteIndex) => {
      const id = stableId('location', orgId, String(siteIndex));
      if (flat && !used.has(siteIndex)) return id;
      const commune = communes[site.commune % communes.length];
      if (!commune) throw new Error('no communes');
      const [longitude, latitude] = commune.interior_point;
      dataset.locations.push({
        id,
        organization_id: orgId,
        name: site.name,
        address_1: site.address,
        postal_code: '',
        city: commune.name_fr,
        nis_code: commune.nis_code,
        latitude,
        longitude,
        location_precision: site.precision,
        ...provenance,
      });
      return id;
    });
    seed.services.forEach((service, serviceIndex) => {
      const id = stableId('service', orgId, String(serviceIndex));
      const [description, audience, eligibility, fees] = service.text;
      dataset.services.push({
        id,
        organization_id: orgId,
        name: service.name,
        category: service.category,
        description,
        audience,
        languages: service.languages,
        status: service.status,
        url: service.url,
        email: service.email,
        phone: service.phone,
        eligibility,
        fees,
        service_area: [
          ...new Set(
            service.area.map((unit) =>
              typeof unit === 'string' ? unit : (communes[unit % communes.length]?.nis_code ?? ''),
            ),
          ),
        ],
        capacity: service.capacity,
        contact_person: '',
        notes: '',
        ...provenance,
      });
      for (const site of service.sites) {
        const locationId = siteIds[site] ?? '';
        dataset.service_at_locations.push({
          id: stableId('service_at_location', id, locationId),
          service_id: id,
          location_id: locationId,
          ...provenance,
        });
      }
    });
  });
  return dataset;
}

const RELATIONSHIP = fc.record({
  source: fc.nat(),
  target: fc.nat(),
  type: fc.constantFrom(...RELATIONSHIP_TYPES),
  description: ANY_TEXT,
  evidence: ANY_TEXT,
  confidence: fc.constantFrom('' as const, ...CONFIDENCES),
  source_text: ANY_TEXT,
  source_consulted: DATE,
  last_verified: DATE,
});

const INDICATOR = fc.record({
  commune: fc.nat({ max: 260 }),
  indicator: NAME,
  value: fc.oneof(
    fc.integer({ min: -1e6, max: 1e9 }),
    fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  ),
  unit: ANY_TEXT,
  year: fc.option(fc.integer({ min: 1990, max: 2030 }), { nil: null }),
  reference_date: DATE,
  source: ANY_TEXT,
  source_consulted: DATE,
});

/** Datasets that the flat form can carry whole. */
export function flatDataset(communes: readonly CommuneInfo[]): fc.Arbitrary<Dataset> {
  return fc
    .array(SEED, { minLength: 1, maxLength: 4 })
    .map((seeds) => build(seeds, communes, true));
}

/** Datasets with every table: organisations, services, sites, relationships and indicators. */
export function fullDataset(communes: readonly CommuneInfo[]): fc.Arbitrary<Dataset> {
  return fc
    .tuple(
      fc.array(SEED, { minLength: 1, maxLength: 4 }),
      fc.array(RELATIONSHIP, { maxLength: 4 }),
      fc.array(INDICATOR, { maxLength: 4 }),
    )
    .map(([seeds, relationships, indicators]) => {
      const dataset = build(seeds, communes, false);
      const orgs = dataset.organizations;
      const seen = new Set<string>();
      for (const relationship of relationships) {
        const source = orgs[relationship.source % orgs.length]?.id ?? '';
        const target = orgs[relationship.target % orgs.length]?.id ?? '';
        const id = stableId('relationship', source, target, relationship.type);
        if (seen.has(id)) continue;
        seen.add(id);
        const record: Relationship = {
          id,
          source_organization_id: source,
          target_organization_id: target,
          type: relationship.type,
          description: relationship.description,
          evidence: relationship.evidence,
          confidence: relationship.confidence,
          source: relationship.source_text,
          source_consulted: relationship.source_consulted,
          last_verified: relationship.last_verified,
        };
        dataset.relationships.push(record);
      }
      indicators.forEach((indicator, index) => {
        const commune = communes[indicator.commune % communes.length];
        const record: Indicator = {
          id: stableId('indicator', 'generated', String(index)),
          nis_code: commune?.nis_code ?? '',
          indicator: indicator.indicator,
          value: Object.is(indicator.value, -0) ? 0 : indicator.value,
          unit: indicator.unit,
          year: indicator.year,
          reference_date: indicator.reference_date,
          source: indicator.source,
          source_consulted: indicator.source_consulted,
          last_verified: '',
        };
        dataset.indicators.push(record);
      });
      return dataset;
    });
}

/** The dataset with each table sorted by id, to compare two datasets whatever their order. */
export function sorted(dataset: Dataset): Dataset {
  const byId = <T extends { id: string }>(rows: readonly T[]) =>
    [...rows].sort((a, b) => a.id.localeCompare(b.id));
  return {
    organizations: byId(dataset.organizations),
    services: byId(dataset.services),
    locations: byId(dataset.locations),
    service_at_locations: byId(dataset.service_at_locations),
    relationships: byId(dataset.relationships),
    indicators: byId(dataset.indicators),
  };
}

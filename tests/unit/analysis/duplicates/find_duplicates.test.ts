import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CLOSE_NAMES,
  type DuplicatePair,
  findDuplicates,
  MAX_SHARED_KEY,
  NEARBY_METRES,
  organizationCommunes,
  siteName,
} from '../../../../src/analysis/duplicates/find_duplicates';
import { distanceMetres } from '../../../../src/analysis/duplicates/nearby_pairs';
import {
  nameKey,
  nameSimilarity,
  phoneKey,
  websiteKey,
} from '../../../../src/analysis/duplicates/record_keys';
import type { Dataset } from '../../../../src/model/dataset';
import type { Location, Organization } from '../../../../src/model/schemas';
import { dataset, location, organization } from './duplicates_fixture';

/** A pair as a set-like text: its table, ids and the kinds of its reasons. */
function summary(pairs: readonly DuplicatePair[]): string[] {
  return pairs
    .map((pair) => `${pair.table} ${pair.ids.join(' ')} ${pair.reasons.map((r) => r.kind).sort()}`)
    .sort();
}

/** Every pair compared with every other: the finder's answer, slowly and plainly. */
function bruteForce(data: Dataset): string[] {
  const lines: string[] = [];
  const communes = organizationCommunes(data);
  const count = <T>(records: readonly T[], key: (record: T) => string, value: string) =>
    records.filter((record) => key(record) === value).length;
  const apart = (a: Organization | Location, b: Organization | Location) =>
    (a.distinct_from ?? []).includes(b.id) || (b.distinct_from ?? []).includes(a.id);
  const orgs = data.organizations;
  for (let i = 0; i < orgs.length; i++) {
    for (let j = i + 1; j < orgs.length; j++) {
      const a = orgs[i] as Organization;
      const b = orgs[j] as Organization;
      if (apart(a, b) || a.parent_organization_id === b.id || b.parent_organization_id === a.id)
        continue;
      const kinds: string[] = [];
      const name = nameKey(a.name);
      const shared = [...(communes.get(a.id) ?? [])].filter((nis) => communes.get(b.id)?.has(nis));
      const sameNameIn = (nis: string) =>
        orgs.filter((org) => nameKey(org.name) === name && communes.get(org.id)?.has(nis)).length;
      if (
        name &&
        name === nameKey(b.name) &&
        shared.some((nis) => sameNameIn(nis) <= MAX_SHARED_KEY)
      ) {
        kinds.push('name');
      }
      for (const [kind, key] of [
        ['enterprise_number', (org: Organization) => org.enterprise_number.replace(/\D/g, '')],
        ['phone', (org: Organization) => phoneKey(org.phone)],
        ['website', (org: Organization) => websiteKey(org.website)],
      ] as const) {
        const value = key(a);
        if (value && value === key(b) && count(orgs, key, value) <= MAX_SHARED_KEY)
          kinds.push(kind);
      }
      if (kinds.length > 0) lines.push(`organizations ${a.id} ${b.id} ${kinds.sort()}`);
    }
  }
  const sites = data.locations;
  const byId = new Map(orgs.map((org) => [org.id, org]));
  const exact = (l: Location) =>
    l.location_precision === 'exact' && l.latitude !== null && l.longitude !== null;
  for (let i = 0; i < sites.length; i++) {
    for (let j = i + 1; j < sites.length; j++) {
      const a = sites[i] as Location;
      const b = sites[j] as Location;
      if (apart(a, b)) continue;
      const kinds: string[] = [];
      const key = (l: Location) =>
        nameKey(l.name) && l.nis_code ? `${l.nis_code}|${nameKey(l.name)}` : '';
      if (key(a) && key(a) === key(b) && count(sites, key, key(a)) <= MAX_SHARED_KEY)
        kinds.push('name');
      if (
        exact(a) &&
        exact(b) &&
        distanceMetres(a as never, b as never) <= NEARBY_METRES &&
        nameSimilarity(nameKey(siteName(a, byId)), nameKey(siteName(b, byId))) >= CLOSE_NAMES
      ) {
        kinds.push('nearby');
      }
      if (kinds.length > 0) lines.push(`locations ${a.id} ${b.id} ${kinds.sort()}`);
    }
  }
  return lines.sort();
}

const NAMES = ['CPAS de Namur', 'C.P.A.S. de namur', 'Croix-Rouge', 'Caritas', 'Croix Rouge', ''];
const PHONES = ['', '+32 81 24 86 11', '081/24.86.11', '0032 81248611', '02 213 44 11'];
const SITES = ['', 'Antenne Jambes', 'Antenne de Jambes', 'Maison sociale', 'Antenne  Jambes'];

const arbitraryData = fc
  .record({
    orgs: fc.array(
      fc.record({
        name: fc.constantFrom(...NAMES.filter(Boolean)),
        phone: fc.constantFrom(...PHONES),
        website: fc.constantFrom('', 'https://www.cpas.be/', 'http://cpas.be', 'https://rk.be'),
        enterprise: fc.constantFrom('', '', '0203.201.340', '0203201340', '0212.344.931'),
        parent: fc.nat(20),
      }),
      { maxLength: 14 },
    ),
    sites: fc.array(
      fc.record({
        name: fc.constantFrom(...SITES),
        org: fc.nat(20),
        nis: fc.constantFrom('', '92094', '92142'),
        precision: fc.constantFrom('', 'exact', 'commune'),
        // About a hundred metres square: some pairs closer than 50 m, some farther.
        north: fc.integer({ min: 0, max: 100 }),
        east: fc.integer({ min: 0, max: 100 }),
        apart: fc.nat(20),
      }),
      { maxLength: 14 },
    ),
  })
  .map(({ orgs, sites }) => {
    const organizations = orgs.map((spec, index) =>
      organization(`org ${index}`, {
        name: spec.name,
        phone: spec.phone,
        website: spec.website,
        enterprise_number: spec.enterprise,
      }),
    );
    organizations.forEach((org, index) => {
      const parent = organizations[orgs[index]?.parent ?? 0];
      if (parent && parent !== org && index % 3 === 0) org.parent_organization_id = parent.id;
    });
    const locations = sites.map((spec, index) =>
      location(`site ${index}`, {
        name: spec.name,
        organization_id: organizations[spec.org]?.id ?? '',
        nis_code: spec.nis,
        location_precision: spec.precision as Location['location_precision'],
        latitude: spec.precision ? 50.46 + spec.north / 111_000 : null,
        longitude: spec.precision ? 4.87 + spec.east / 71_000 : null,
      }),
    );
    locations.forEach((site, index) => {
      const other = locations[sites[index]?.apart ?? 0];
      if (other && other !== site && index % 4 === 0) site.distinct_from = [other.id];
    });
    return dataset({ organizations, locations });
  });

describe('findDuplicates', () => {
  it('finds the pairs a comparison of every pair finds, for the same reasons', () => {
    fc.assert(
      fc.property(arbitraryData, (data) => {
        expect(summary(findDuplicates(data))).toEqual(bruteForce(data));
      }),
      { numRuns: 300 },
    );
  });

  it('says why: the same name in one commune, the same phone written differently', () => {
    const a = organization('a', { name: 'CPAS de Namur', phone: '+32 81 24 86 11' });
    const b = organization('b', { name: 'C.P.A.S. de Namur', phone: '081/24.86.11' });
    const data = dataset({
      organizations: [a, b],
      locations: [
        location('la', { organization_id: a.id, nis_code: '92094' }),
        location('lb', { organization_id: b.id, nis_code: '92094' }),
      ],
    });
    const [pair] = findDuplicates(data).filter((p) => p.table === 'organizations');
    expect(pair?.ids).toEqual([a.id, b.id]);
    expect(pair?.reasons).toEqual([
      { kind: 'name', commune: '92094' },
      { kind: 'phone', value: '081248611' },
    ]);
  });

  it('proposes two organisations with one enterprise number, however it is written', () => {
    const a = organization('a', { name: 'Asbl Exemple', enterprise_number: '0203.201.340' });
    const b = organization('b', { name: 'Exemple', enterprise_number: '0203201340' });
    expect(findDuplicates(dataset({ organizations: [a, b] }))).toEqual([
      {
        table: 'organizations',
        ids: [a.id, b.id],
        reasons: [{ kind: 'enterprise_number', value: '0203.201.340' }],
      },
    ]);
  });

  it('does not propose a pair the user set apart', () => {
    const a = organization('a', { website: 'https://cpas.be' });
    const b = organization('b', { website: 'cpas.be/', distinct_from: [a.id] });
    expect(findDuplicates(dataset({ organizations: [a, b] }))).toEqual([]);
  });

  it('takes a number shared by many organisations for a switchboard, not a duplicate', () => {
    const many = Array.from({ length: MAX_SHARED_KEY + 1 }, (_, index) =>
      organization(`forem ${index}`, { phone: '0800 93 947' }),
    );
    expect(findDuplicates(dataset({ organizations: many }))).toEqual([]);
  });

  it('compares sites at a commune centre by name only, never by their shared point', () => {
    const centre = { latitude: 50.46, longitude: 4.87, location_precision: 'commune' as const };
    const data = dataset({
      locations: [location('Antenne Jambes', centre), location('Antenne de Jambes', centre)],
    });
    expect(findDuplicates(data)).toEqual([]);
  });

  it('finds sites 30 m apart with close names', () => {
    const exact = { location_precision: 'exact' as const, longitude: 4.87 };
    const data = dataset({
      locations: [
        location('Antenne Jambes', { ...exact, latitude: 50.46 }),
        location('Antenne de Jambes', { ...exact, latitude: 50.46027 }),
      ],
    });
    const [pair] = findDuplicates(data);
    expect(pair?.reasons).toEqual([{ kind: 'nearby', metres: 30, similarity: expect.any(Number) }]);
  });
});

import type { Dataset } from '../../model/dataset';
import type { Location, Organization, Service, ServiceAtLocation } from '../../model/schemas';
import { formatEnterpriseNumber } from '../../validate/fields';
import { distanceMetres, type GeoPoint, nearbyPairs } from './nearby_pairs';
import {
  type NameProfile,
  nameKey,
  nameProfile,
  phoneKey,
  profileSimilarity,
  websiteKey,
} from './record_keys';

/**
 * Records that are likely the same body or the same site, written twice (two sources, an
 * import beside the curated data). Pure: what to merge is the user's word, in src/edits.
 */

/** What the finder reads of an organisation. */
export type OrganizationKeys = Pick<
  Organization,
  | 'id'
  | 'name'
  | 'enterprise_number'
  | 'phone'
  | 'website'
  | 'parent_organization_id'
  | 'distinct_from'
>;

/** What the finder reads of a site. */
export type LocationKeys = Pick<
  Location,
  | 'id'
  | 'organization_id'
  | 'name'
  | 'nis_code'
  | 'latitude'
  | 'longitude'
  | 'location_precision'
  | 'distinct_from'
>;

/** What the finder reads of a dataset: a dataset is one; `duplicateInput` keeps no more. */
export interface DuplicateInput {
  organizations: readonly OrganizationKeys[];
  locations: readonly LocationKeys[];
  services: readonly Pick<Service, 'id' | 'organization_id'>[];
  service_at_locations: readonly Pick<ServiceAtLocation, 'service_id' | 'location_id'>[];
}

/** The fields of a dataset the finder reads, copied: what crosses to a worker, and no more. */
export function duplicateInput(dataset: Dataset): DuplicateInput {
  return {
    organizations: dataset.organizations.map((org) => ({
      id: org.id,
      name: org.name,
      enterprise_number: org.enterprise_number,
      phone: org.phone,
      website: org.website,
      parent_organization_id: org.parent_organization_id,
      ...(org.distinct_from ? { distinct_from: org.distinct_from } : {}),
    })),
    locations: dataset.locations.map((location) => ({
      id: location.id,
      organization_id: location.organization_id,
      name: location.name,
      nis_code: location.nis_code,
      latitude: location.latitude,
      longitude: location.longitude,
      location_precision: location.location_precision,
      ...(location.distinct_from ? { distinct_from: location.distinct_from } : {}),
    })),
    services: dataset.services.map(({ id, organization_id }) => ({ id, organization_id })),
    service_at_locations: dataset.service_at_locations.map(({ service_id, location_id }) => ({
      service_id,
      location_id,
    })),
  };
}

/** The tables whose records the finder compares. */
export type DuplicateTable = 'organizations' | 'locations';

/** Why two records are suspected to be one. */
export type DuplicateReason =
  | { kind: 'enterprise_number'; value: string }
  /** The same name (folded) in the commune of this NIS code. */
  | { kind: 'name'; commune: string }
  | { kind: 'phone'; value: string }
  | { kind: 'website'; value: string }
  /** Sites at exact addresses `metres` apart whose names are `similarity` alike (0 to 1). */
  | { kind: 'nearby'; metres: number; similarity: number };

export interface DuplicatePair {
  table: DuplicateTable;
  /** The two records' ids, in dataset order. */
  ids: [string, string];
  reasons: DuplicateReason[];
}

/**
 * A key (a phone, a website, a name in a commune) shared by more records than this is a
 * switchboard or a network's portal, not a sign that they are one: it is not counted.
 */
export const MAX_SHARED_KEY = 8;
/** Sites at exact addresses at most this far apart (metres) are compared by name. */
export const NEARBY_METRES = 50;
/** Names at least this alike (letter pairs, see nameSimilarity) are close. */
export const CLOSE_NAMES = 0.75;

/** The enterprise number (KBO/BCE) of an organisation, digits only ('' when it has none). */
function enterpriseKey(organization: OrganizationKeys): string {
  return organization.enterprise_number.replace(/\D+/g, '');
}

/** The ids a record was said not to be the same as (see the schemas' `distinct_from`). */
export function distinctFrom(record: OrganizationKeys | LocationKeys): readonly string[] {
  return record.distinct_from ?? [];
}

class PairBook {
  readonly pairs = new Map<string, { i: number; j: number; reasons: DuplicateReason[] }>();
  add(a: number, b: number, reason: DuplicateReason): void {
    const [i, j] = a < b ? [a, b] : [b, a];
    const key = `${i}:${j}`;
    const entry = this.pairs.get(key);
    if (!entry) this.pairs.set(key, { i, j, reasons: [reason] });
    else if (!entry.reasons.some((known) => known.kind === reason.kind)) entry.reasons.push(reason);
  }
}

/** Each pair of records sharing a key, for keys held by 2 to MAX_SHARED_KEY records. */
function sharedKeys(
  count: number,
  keysOf: (index: number) => Iterable<string>,
  found: (i: number, j: number, key: string) => void,
): void {
  const groups = new Map<string, number[]>();
  for (let index = 0; index < count; index++) {
    for (const key of new Set(keysOf(index))) {
      if (!key) continue;
      const group = groups.get(key);
      if (group) group.push(index);
      else groups.set(key, [index]);
    }
  }
  for (const [key, members] of groups) {
    if (members.length < 2 || members.length > MAX_SHARED_KEY) continue;
    for (let a = 0; a < members.length; a++) {
      for (let b = a + 1; b < members.length; b++) {
        found(members[a] as number, members[b] as number, key);
      }
    }
  }
}

/** The communes (NIS codes) where each organisation has a site, its own or its services'. */
export function organizationCommunes(dataset: DuplicateInput): Map<string, Set<string>> {
  const communes = new Map<string, Set<string>>();
  const add = (organizationId: string, nis: string) => {
    if (!organizationId || !nis) return;
    const set = communes.get(organizationId);
    if (set) set.add(nis);
    else communes.set(organizationId, new Set([nis]));
  };
  const locations = new Map(dataset.locations.map((location) => [location.id, location]));
  for (const location of dataset.locations) add(location.organization_id, location.nis_code);
  const owner = new Map(dataset.services.map((service) => [service.id, service.organization_id]));
  for (const link of dataset.service_at_locations) {
    add(owner.get(link.service_id) ?? '', locations.get(link.location_id)?.nis_code ?? '');
  }
  return communes;
}

const SEPARATOR = '\u0000';

function organizationPairs(dataset: DuplicateInput, book: PairBook): void {
  const organizations = dataset.organizations;
  const communes = organizationCommunes(dataset);
  sharedKeys(
    organizations.length,
    (index) => [enterpriseKey(organizations[index] as OrganizationKeys)],
    (i, j, value) =>
      book.add(i, j, {
        kind: 'enterprise_number',
        value: value.length === 10 ? formatEnterpriseNumber(value) : value,
      }),
  );
  sharedKeys(
    organizations.length,
    (index) => {
      const organization = organizations[index] as OrganizationKeys;
      const name = nameKey(organization.name);
      if (!name) return [];
      return [...(communes.get(organization.id) ?? [])].map((nis) => `${nis}${SEPARATOR}${name}`);
    },
    (i, j, key) => book.add(i, j, { kind: 'name', commune: key.split(SEPARATOR)[0] ?? '' }),
  );
  sharedKeys(
    organizations.length,
    (index) => [phoneKey((organizations[index] as OrganizationKeys).phone)],
    (i, j, value) => book.add(i, j, { kind: 'phone', value }),
  );
  sharedKeys(
    organizations.length,
    (index) => [websiteKey((organizations[index] as OrganizationKeys).website)],
    (i, j, value) => book.add(i, j, { kind: 'website', value }),
  );
}

/** What a site is called: its own name, else its organisation's. */
export function siteName(
  location: LocationKeys,
  organizations: ReadonlyMap<string, OrganizationKeys>,
) {
  return location.name || organizations.get(location.organization_id)?.name || '';
}

function locationPairs(dataset: DuplicateInput, book: PairBook): void {
  const locations = dataset.locations;
  const organizations = new Map(dataset.organizations.map((org) => [org.id, org]));
  sharedKeys(
    locations.length,
    (index) => {
      const location = locations[index] as LocationKeys;
      const name = nameKey(location.name);
      return name && location.nis_code ? [`${location.nis_code}${SEPARATOR}${name}`] : [];
    },
    (i, j, key) => book.add(i, j, { kind: 'name', commune: key.split(SEPARATOR)[0] ?? '' }),
  );
  // Only sites at an exact address: those placed at a postcode or commune centre share a
  // point with every other site known as vaguely, which says nothing of them.
  const exact: number[] = [];
  locations.forEach((location, index) => {
    if (
      location.location_precision === 'exact' &&
      location.latitude !== null &&
      location.longitude !== null
    ) {
      exact.push(index);
    }
  });
  const points = exact.map((index) => {
    const location = locations[index] as LocationKeys;
    return { latitude: location.latitude as number, longitude: location.longitude as number };
  });
  const names = exact.map((index) =>
    nameKey(siteName(locations[index] as LocationKeys, organizations)),
  );
  // Each name's letter pairs are made once, when a close site first needs them.
  const profiles: (NameProfile | undefined)[] = [];
  const profileOf = (at: number): NameProfile => {
    let profile = profiles[at];
    if (!profile) {
      profile = nameProfile(names[at] ?? '');
      profiles[at] = profile;
    }
    return profile;
  };
  for (const [a, b] of nearbyPairs(points, NEARBY_METRES)) {
    const same = names[a] !== '' && names[a] === names[b];
    const similarity = same ? 1 : profileSimilarity(profileOf(a), profileOf(b));
    if (similarity < CLOSE_NAMES) continue;
    const metres = distanceBetween(points[a], points[b]);
    book.add(exact[a] as number, exact[b] as number, {
      kind: 'nearby',
      metres,
      similarity: Math.round(similarity * 100) / 100,
    });
  }
}

function distanceBetween(a: GeoPoint | undefined, b: GeoPoint | undefined): number {
  return a && b ? Math.round(distanceMetres(a, b)) : 0;
}

/** Whether the user said the two records are not the same, or one is the other's parent. */
function setApart(a: OrganizationKeys | LocationKeys, b: OrganizationKeys | LocationKeys): boolean {
  if (distinctFrom(a).includes(b.id) || distinctFrom(b).includes(a.id)) return true;
  if ('parent_organization_id' in a && 'parent_organization_id' in b) {
    return a.parent_organization_id === b.id || b.parent_organization_id === a.id;
  }
  return false;
}

/**
 * The pairs of organisations and of sites that are likely the same, the most reasons
 * first: the same enterprise number; the same name in one commune; the same phone or
 * website (organisations); sites at exact addresses at most NEARBY_METRES apart with close
 * names. Pairs the user set apart (`distinct_from`) and an organisation with its parent
 * are left out.
 */
export function findDuplicates(dataset: DuplicateInput): DuplicatePair[] {
  const found: { pair: DuplicatePair; order: [number, number, number] }[] = [];
  const collect = (
    table: DuplicateTable,
    records: readonly (OrganizationKeys | LocationKeys)[],
  ) => {
    const book = new PairBook();
    if (table === 'organizations') organizationPairs(dataset, book);
    else locationPairs(dataset, book);
    const tableOrder = table === 'organizations' ? 0 : 1;
    for (const { i, j, reasons } of book.pairs.values()) {
      const a = records[i];
      const b = records[j];
      if (!a || !b || setApart(a, b)) continue;
      found.push({ pair: { table, ids: [a.id, b.id], reasons }, order: [tableOrder, i, j] });
    }
  };
  collect('organizations', dataset.organizations);
  collect('locations', dataset.locations);
  found.sort(
    (x, y) =>
      y.pair.reasons.length - x.pair.reasons.length ||
      x.order[0] - y.order[0] ||
      x.order[1] - y.order[1] ||
      x.order[2] - y.order[2],
  );
  return found.map(({ pair }) => pair);
}

/** The key of a pair, as a link keeps the pair shown: "<table>:<id>~<id>". */
export function pairKey(pair: Pick<DuplicatePair, 'table' | 'ids'>): string {
  return `${pair.table}:${pair.ids[0]}~${pair.ids[1]}`;
}

import type { Dataset } from '../model/dataset';
import type { Location, Organization, Service, ServiceAtLocation } from '../model/schemas';
import { foldName } from '../text/fold';
import type { Change } from './patch';
import { createRecord, updateRecord } from './record_edits';

/**
 * What a partner sent back, set against the atlas before anything is applied: each record
 * of the returned file matched to the atlas's own (by id; else, for an organisation, by its
 * KBO/BCE enterprise number; else by its name within the commune, which the user confirms),
 * then sorted into new, changed (field by field, old → new), unchanged, and the atlas's
 * services of the partner's organisations that the file no longer lists. The user accepts
 * or rejects each field; `reviewPatch` turns what is accepted into one patch for the one
 * write path (one undo takes it back).
 */

export type ReviewTable = 'organizations' | 'services' | 'locations';
export type ReviewStatus = 'new' | 'changed' | 'unchanged' | 'missing';

/** One field of a changed record: the atlas's value and the file's. */
export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

export interface ReviewItem {
  /** A key unique in the review: `<table>:<atlas id or file id>`. */
  key: string;
  table: ReviewTable;
  status: ReviewStatus;
  /** The atlas's id of the record (for a new one: the id it will have). */
  id: string;
  name: string;
  /** The atlas record it was matched to (changed, unchanged, missing). */
  atlas: Organization | Service | Location | null;
  /** The record as the file gives it, its ids turned into the atlas's (null for missing). */
  returned: Organization | Service | Location | null;
  fields: FieldChange[];
}

/** An organisation of the file that only a name (the same, or close, in one of its communes) links to an atlas one. */
export interface ProposedMatch {
  /** The file's id of the organisation. */
  returnedId: string;
  returnedName: string;
  atlasId: string;
  atlasName: string;
  /** Same name once folded (accents, case, punctuation), or only close. */
  exact: boolean;
}

export interface Review {
  items: ReviewItem[];
  /** Name matches waiting for the user's word: until confirmed, the organisation counts as new. */
  proposals: ProposedMatch[];
}

/** How organisations of the file are matched to the atlas's, beyond ids and numbers: file id → atlas id, as the user confirmed. */
export type ConfirmedMatches = ReadonlyMap<string, string>;

/** Which fields the file carries (its columns), per table; a field it does not carry never changes. */
export type CarriedFields = Readonly<Record<ReviewTable, ReadonlySet<string>>>;

/** The model field each column of the flat form fills, per table. */
const FLAT_SOURCES: Readonly<Record<ReviewTable, Readonly<Record<string, string>>>> = {
  organizations: {
    organization_name: 'name',
    organization_type: 'org_type',
    organization_level: 'level',
    organization_website: 'website',
    organization_email: 'email',
    organization_phone: 'phone',
    organization_enterprise_number: 'enterprise_number',
    organization_source: 'source',
    organization_last_verified: 'last_verified',
    organization_source_consulted: 'source_consulted',
    organization_contact_person: 'contact_person',
    organization_notes: 'notes',
  },
  services: {
    service_name: 'name',
    category: 'category',
    status: 'status',
    languages: 'languages',
    service_description: 'description',
    audience: 'audience',
    eligibility: 'eligibility',
    fees: 'fees',
    service_area: 'service_area',
    capacity: 'capacity',
    phone: 'phone',
    email: 'email',
    website: 'url',
    last_verified: 'last_verified',
    source: 'source',
    source_consulted: 'source_consulted',
    contact_person: 'contact_person',
    notes: 'notes',
  },
  locations: {
    location_name: 'name',
    address: 'address_1',
    postal_code: 'postal_code',
    city: 'city',
    nis_code: 'nis_code',
    latitude: 'latitude',
    longitude: 'longitude',
    location_precision: 'location_precision',
    location_source: 'source',
    location_last_verified: 'last_verified',
    location_source_consulted: 'source_consulted',
  },
};

/** The flat column that fills a table's field (to name it as the file does), or the field. */
export function flatColumnOf(table: ReviewTable, field: string): string {
  const found = Object.entries(FLAT_SOURCES[table]).find(([, name]) => name === field);
  return found ? found[0] : field;
}

/** The place of a site is worked out from any of these: each of them then says where it is. */
const PLACE_FIELDS = [
  'postal_code',
  'city',
  'nis_code',
  'latitude',
  'longitude',
  'location_precision',
];

/** The fields a flat file carries, from the flat columns it has (its report's columns). */
export function carriedByFlatColumns(columns: Iterable<string>): CarriedFields {
  const given = new Set(columns);
  const carried = (table: ReviewTable) =>
    new Set(
      Object.entries(FLAT_SOURCES[table])
        .filter(([column]) => given.has(column))
        .map(([, field]) => field),
    );
  const locations = carried('locations');
  if (PLACE_FIELDS.some((field) => locations.has(field))) {
    for (const field of PLACE_FIELDS) locations.add(field);
  }
  return { organizations: carried('organizations'), services: carried('services'), locations };
}

/** A site without a name, as its address says it: "Rue de Fer 1, 5000 Namur". */
function placeOf(location: Location): string {
  const town = [location.postal_code, location.city].filter(Boolean).join(' ');
  return [location.address_1, town].filter(Boolean).join(', ');
}

/** Fields never compared: the ids, and references rewritten by the matching. */
const NOT_COMPARED = new Set(['id', 'organization_id', 'parent_organization_id']);

function communesOf(dataset: Dataset): Map<string, Set<string>> {
  const communes = new Map<string, Set<string>>();
  const add = (organization: string, nis: string) => {
    if (!organization || !nis) return;
    const set = communes.get(organization) ?? new Set<string>();
    set.add(nis);
    communes.set(organization, set);
  };
  const locations = new Map(dataset.locations.map((location) => [location.id, location]));
  const services = new Map(dataset.services.map((service) => [service.id, service]));
  for (const location of dataset.locations) add(location.organization_id, location.nis_code);
  for (const link of dataset.service_at_locations) {
    const service = services.get(link.service_id);
    const location = locations.get(link.location_id);
    if (service && location) add(service.organization_id, location.nis_code);
  }
  return communes;
}

/** Bigrams of a folded name, for telling close names ("CPAS Namur" and "CPAS de Namur"). */
function bigrams(text: string): Map<string, number> {
  const compact = ` ${text} `;
  const counts = new Map<string, number>();
  for (let index = 0; index < compact.length - 1; index += 1) {
    const pair = compact.slice(index, index + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Dice similarity of two folded names, 0 to 1. */
export function nameSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const left = bigrams(a);
  const right = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const [pair, count] of left) {
    shared += Math.min(count, right.get(pair) ?? 0);
    total += count;
  }
  for (const count of right.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Names this close (Dice of bigrams) are proposed as the same organisation. */
const CLOSE_NAMES = 0.8;

/**
 * The organisations of the file matched to the atlas's: by id, else by enterprise number
 * (both sure), else as the user confirmed; and the name matches proposed for the rest.
 */
function matchOrganizations(
  atlas: Dataset,
  returned: Dataset,
  confirmed: ConfirmedMatches,
): { matched: Map<string, string>; proposals: ProposedMatch[] } {
  const ids = new Set(atlas.organizations.map((organization) => organization.id));
  const byNumber = new Map(
    atlas.organizations
      .filter((organization) => organization.enterprise_number)
      .map((organization) => [organization.enterprise_number, organization.id]),
  );
  const atlasCommunes = communesOf(atlas);
  const returnedCommunes = communesOf(returned);
  const matched = new Map<string, string>();
  const proposals: ProposedMatch[] = [];
  for (const organization of returned.organizations) {
    const sure =
      (ids.has(organization.id) ? organization.id : undefined) ??
      (organization.enterprise_number ? byNumber.get(organization.enterprise_number) : undefined) ??
      confirmed.get(organization.id);
    if (sure) {
      matched.set(organization.id, sure);
      continue;
    }
    const key = foldName(organization.name);
    const communes = returnedCommunes.get(organization.id) ?? new Set<string>();
    let best: { atlas: Organization; score: number } | null = null;
    for (const candidate of atlas.organizations) {
      const shared = [...(atlasCommunes.get(candidate.id) ?? [])].some((nis) => communes.has(nis));
      if (!shared) continue;
      const score = nameSimilarity(key, foldName(candidate.name));
      if (score >= CLOSE_NAMES && (!best || score > best.score)) best = { atlas: candidate, score };
    }
    if (best) {
      proposals.push({
        returnedId: organization.id,
        returnedName: organization.name,
        atlasId: best.atlas.id,
        atlasName: best.atlas.name,
        exact: best.score === 1,
      });
    }
  }
  return { matched, proposals };
}

function fieldChanges(
  atlasRecord: object,
  returnedRecord: object,
  carried: ReadonlySet<string>,
): FieldChange[] {
  const before = atlasRecord as Record<string, unknown>;
  const after = returnedRecord as Record<string, unknown>;
  return updateRecord('services', before as unknown as Service, after)
    .filter((change) => change.field !== null)
    .filter((change) => !NOT_COMPARED.has(change.field ?? '') && carried.has(change.field ?? ''))
    .map((change) => ({
      field: change.field ?? '',
      old: before[change.field ?? ''],
      new: change.new,
    }));
}

/**
 * Sets the returned dataset against the atlas (see the file's comment). `carried` names the
 * fields the file has columns for; `confirmed` the name matches the user accepted.
 */
export function reviewReturn(
  atlas: Dataset,
  returned: Dataset,
  carried: CarriedFields,
  confirmed: ConfirmedMatches = new Map(),
): Review {
  const { matched, proposals } = matchOrganizations(atlas, returned, confirmed);
  const organizationId = (id: string) => matched.get(id) ?? id;
  const atlasOrganizations = new Map(atlas.organizations.map((record) => [record.id, record]));
  const atlasServices = new Map(atlas.services.map((record) => [record.id, record]));
  const atlasLocations = new Map(atlas.locations.map((record) => [record.id, record]));
  // A service of the file without a known id is the atlas's service of the same name in its organisation.
  const serviceByName = new Map(
    atlas.services.map((service) => [
      `${service.organization_id}|${foldName(service.name)}`,
      service,
    ]),
  );
  const items: ReviewItem[] = [];
  const add = (
    table: ReviewTable,
    atlasRecord: Organization | Service | Location | undefined,
    returnedRecord: Organization | Service | Location,
  ) => {
    const name = returnedRecord.name || placeOf(returnedRecord as Location);
    if (!atlasRecord) {
      items.push({
        key: `${table}:${returnedRecord.id}`,
        table,
        status: 'new',
        id: returnedRecord.id,
        name,
        atlas: null,
        returned: returnedRecord,
        fields: [],
      });
      return;
    }
    const fields = fieldChanges(atlasRecord, returnedRecord, carried[table]);
    items.push({
      key: `${table}:${atlasRecord.id}`,
      table,
      status: fields.length > 0 ? 'changed' : 'unchanged',
      id: atlasRecord.id,
      name: atlasRecord.name || name,
      atlas: atlasRecord,
      returned: { ...returnedRecord, id: atlasRecord.id } as Organization | Service | Location,
      fields,
    });
  };
  for (const organization of returned.organizations) {
    const id = organizationId(organization.id);
    add('organizations', atlasOrganizations.get(id), {
      ...organization,
      id,
      parent_organization_id: atlasOrganizations.get(id)?.parent_organization_id ?? '',
    });
  }
  const listed = new Set<string>();
  for (const service of returned.services) {
    const owner = organizationId(service.organization_id);
    const known =
      atlasServices.get(service.id) ?? serviceByName.get(`${owner}|${foldName(service.name)}`);
    if (known) listed.add(known.id);
    add('services', known, { ...service, id: known?.id ?? service.id, organization_id: owner });
  }
  for (const location of returned.locations) {
    add('locations', atlasLocations.get(location.id), {
      ...location,
      organization_id: location.organization_id ? organizationId(location.organization_id) : '',
    });
  }
  // The atlas's services of the organisations the file speaks for, that it no longer lists.
  const partners = new Set(returned.organizations.map((record) => organizationId(record.id)));
  for (const service of atlas.services) {
    if (!partners.has(service.organization_id) || listed.has(service.id)) continue;
    if (service.status !== 'active') continue;
    items.push({
      key: `services:${service.id}`,
      table: 'services',
      status: 'missing',
      id: service.id,
      name: service.name,
      atlas: service,
      returned: null,
      fields: [{ field: 'status', old: service.status, new: 'inactive' }],
    });
  }
  return { items, proposals };
}

/** The accepted parts of a review: an item key → its accepted fields (a new record: any entry). */
export type Decisions = ReadonlyMap<string, ReadonlySet<string>>;

const ALL: ReadonlySet<string> = new Set();

/** The new organisation and new sites an accepted new service cannot stand without (item keys). */
function neededByNewServices(returned: Dataset, review: Review, decisions: Decisions): Set<string> {
  const newKeys = new Map(
    review.items.filter((item) => item.status === 'new').map((item) => [item.key, item]),
  );
  const needed = new Set<string>();
  for (const item of newKeys.values()) {
    if (item.table !== 'services' || !decisions.has(item.key)) continue;
    const service = item.returned as Service;
    needed.add(`organizations:${service.organization_id}`);
    for (const link of returned.service_at_locations) {
      if (link.service_id === service.id) needed.add(`locations:${link.location_id}`);
    }
  }
  return new Set([...needed].filter((key) => newKeys.has(key)));
}

/**
 * The one patch applying what the user accepted (a new service brings the new organisation
 * and sites it needs): new records created (a new service with
 * its links to its sites), changed and no-longer-listed records updated in the accepted
 * fields only, each with the atlas's value as what the user saw. Pure.
 */
export function reviewPatch(
  atlas: Dataset,
  returned: Dataset,
  review: Review,
  decisions: Decisions,
): Change[] {
  const patch: Change[] = [];
  const created = new Set<string>();
  const needed = neededByNewServices(returned, review, decisions);
  for (const table of ['organizations', 'locations', 'services'] as const) {
    for (const item of review.items) {
      if (item.table !== table) continue;
      const accepted = decisions.get(item.key) ?? (needed.has(item.key) ? ALL : undefined);
      if (!accepted) continue;
      if (item.status === 'new' && item.returned) {
        patch.push(...createRecord(table, item.returned));
        created.add(item.id);
      } else if (item.atlas && (item.status === 'changed' || item.status === 'missing')) {
        const fields = Object.fromEntries(
          item.fields
            .filter((change) => accepted.has(change.field))
            .map((change) => [change.field, change.new]),
        );
        patch.push(...updateRecord(table, item.atlas, fields));
      }
    }
  }
  // A new service comes with its links to its sites, when the site is the atlas's or new too.
  const known = new Set([...atlas.locations.map((location) => location.id), ...created]);
  const links = new Set(atlas.service_at_locations.map((link) => link.id));
  for (const link of returned.service_at_locations as ServiceAtLocation[]) {
    if (!created.has(link.service_id) || !known.has(link.location_id) || links.has(link.id)) {
      continue;
    }
    patch.push(...createRecord('service_at_locations', link));
  }
  return patch;
}

import type { Finding } from '../../model/report';
import type { TableRow } from '../../text/read_table';
import { parseLanguages } from '../../validate/fields';
import type { PackageTable } from './read_package';
import { VOCABULARIES, type Vocabulary, type VocabularyKey } from './vocabularies';

/**
 * What the HSDS satellite tables (phone, organization_identifier, language, address,
 * taxonomy, attribute) say about
 * the core records, indexed by the record's id, each value with the row it comes from.
 */

/** Where a value was read: its file, row and column. */
export interface Origin {
  file: string;
  row: number | null;
  field: string;
}

export interface Sourced<T> {
  value: T;
  origin: Origin;
  findings: Finding[];
}

export interface AddressFields {
  address_1: string;
  postal_code: string;
  city: string;
}

export interface Links {
  organizationPhones: Map<string, Sourced<string>>;
  /** The Belgian enterprise number (KBO/BCE) of each organisation, as its identifier row writes it. */
  enterpriseNumbers: Map<string, Sourced<string>>;
  servicePhones: Map<string, Sourced<string>>;
  serviceLanguages: Map<string, Sourced<string[]>[]>;
  /** The units of each service's area: a REFNIS code where the row gives one, else its name. */
  serviceAreas: Map<string, Sourced<string>[]>;
  addresses: Map<string, Sourced<AddressFields>>;
  /** The Atlas vocabulary code linked to a record, keyed by `<record id>|<vocabulary>`. */
  attributes: Map<string, Sourced<string>>;
}

export function idKey(value: string | undefined): string {
  return (value ?? '').trim().toLowerCase();
}

function field(row: TableRow, name: string): string {
  return (row.fields[name] ?? '').trim();
}

function sourced<T>(value: T, table: PackageTable, row: TableRow, column: string): Sourced<T> {
  return { value, origin: { file: table.path, row: row.row, field: column }, findings: [] };
}

function setFirst<T>(map: Map<string, T>, key: string, value: T): void {
  if (key && !map.has(key)) map.set(key, value);
}

/** A second number for the same service or organisation is kept, after a "; ", as Atlas phones are. */
function addPhone(map: Map<string, Sourced<string>>, key: string, entry: Sourced<string>): void {
  if (!key) return;
  const known = map.get(key);
  if (!known) map.set(key, entry);
  else if (!known.value.split('; ').includes(entry.value))
    known.value = `${known.value}; ${entry.value}`;
}

function indexPhones(table: PackageTable | undefined, links: Links): void {
  if (!table) return;
  for (const row of table.rows) {
    const number = field(row, 'number');
    if (!number) continue;
    const serviceId = idKey(row.fields.service_id);
    const entry = sourced(number, table, row, 'number');
    if (serviceId) addPhone(links.servicePhones, serviceId, entry);
    else addPhone(links.organizationPhones, idKey(row.fields.organization_id), entry);
  }
}

/** An identifier row of the BE-BCE_KBO scheme, or one whose type names the KBO/BCE. */
function isEnterpriseNumber(row: TableRow): boolean {
  if (field(row, 'identifier_scheme').toUpperCase() === 'BE-BCE_KBO') return true;
  return /\b(KBO|BCE)\b/i.test(field(row, 'identifier_type'));
}

function indexEnterpriseNumbers(table: PackageTable | undefined, links: Links): void {
  if (!table) return;
  for (const row of table.rows) {
    const identifier = field(row, 'identifier');
    if (!identifier || !isEnterpriseNumber(row)) continue;
    setFirst(
      links.enterpriseNumbers,
      idKey(row.fields.organization_id),
      sourced(identifier, table, row, 'identifier'),
    );
  }
}

function indexLanguages(table: PackageTable | undefined, links: Links): void {
  if (!table) return;
  for (const row of table.rows) {
    const serviceId = idKey(row.fields.service_id);
    const raw = field(row, 'code') || field(row, 'name');
    if (!serviceId || !raw) continue;
    const parsed = parseLanguages(raw);
    const entry = sourced(parsed.value, table, row, field(row, 'code') ? 'code' : 'name');
    entry.findings.push(...parsed.findings);
    links.serviceLanguages.set(serviceId, [
      ...(links.serviceLanguages.get(serviceId) ?? []),
      entry,
    ]);
  }
}

/** The code the Atlas writes in a service area's description ("REFNIS 62063"). */
const REFNIS = /\bREFNIS (\d{5})\b/;

function indexServiceAreas(table: PackageTable | undefined, links: Links): void {
  if (!table) return;
  for (const row of table.rows) {
    const serviceId = idKey(row.fields.service_id);
    const code = REFNIS.exec(field(row, 'description'))?.[1];
    const unit = code ?? field(row, 'name');
    if (!serviceId || !unit) continue;
    const entry = sourced(unit, table, row, code ? 'description' : 'name');
    links.serviceAreas.set(serviceId, [...(links.serviceAreas.get(serviceId) ?? []), entry]);
  }
}

function indexAddresses(table: PackageTable | undefined, links: Links): void {
  if (!table) return;
  const rows = [...table.rows].sort(
    (a, b) =>
      Number(field(b, 'address_type') === 'physical') -
      Number(field(a, 'address_type') === 'physical'),
  );
  for (const row of rows) {
    const address = {
      address_1: [field(row, 'address_1'), field(row, 'address_2')].filter(Boolean).join(', '),
      postal_code: field(row, 'postal_code'),
      city: field(row, 'city'),
    };
    setFirst(
      links.addresses,
      idKey(row.fields.location_id),
      sourced(address, table, row, 'address_1'),
    );
  }
}

/** The Atlas vocabulary and code of each term of an Atlas taxonomy, by term id. */
function atlasTerms(
  taxonomies: PackageTable | undefined,
  terms: PackageTable | undefined,
): Map<string, { vocabulary: Vocabulary; code: string }> {
  const taxonomyNames = new Map(
    (taxonomies?.rows ?? []).map((row) => [idKey(row.fields.id), field(row, 'name')]),
  );
  const found = new Map<string, { vocabulary: Vocabulary; code: string }>();
  for (const row of terms?.rows ?? []) {
    const taxonomyName = taxonomyNames.get(idKey(row.fields.taxonomy_id)) ?? field(row, 'taxonomy');
    const vocabulary = VOCABULARIES.find((candidate) => candidate.name === taxonomyName);
    if (!vocabulary) continue;
    const code = field(row, 'code');
    const prefix = `${vocabulary.key}:`;
    found.set(idKey(row.fields.id), {
      vocabulary,
      code: code.startsWith(prefix) ? code.slice(prefix.length) : code || field(row, 'name'),
    });
  }
  return found;
}

function indexAttributes(tables: Map<string, PackageTable>, links: Links): void {
  const table = tables.get('attribute');
  const terms = atlasTerms(tables.get('taxonomy'), tables.get('taxonomy_term'));
  if (!table) return;
  for (const row of table.rows) {
    const term = terms.get(idKey(row.fields.taxonomy_term_id));
    if (!term) continue;
    const key: `${string}|${VocabularyKey}` = `${idKey(row.fields.link_id)}|${term.vocabulary.key}`;
    setFirst(links.attributes, key, sourced(term.code, table, row, 'taxonomy_term_id'));
  }
}

/** Indexes the satellite tables of a package by the id of the record each row belongs to. */
export function indexLinks(tables: Map<string, PackageTable>): Links {
  const links: Links = {
    organizationPhones: new Map(),
    enterpriseNumbers: new Map(),
    servicePhones: new Map(),
    serviceLanguages: new Map(),
    serviceAreas: new Map(),
    addresses: new Map(),
    attributes: new Map(),
  };
  indexPhones(tables.get('phone'), links);
  indexEnterpriseNumbers(tables.get('organization_identifier'), links);
  indexLanguages(tables.get('language'), links);
  indexServiceAreas(tables.get('service_area'), links);
  indexAddresses(tables.get('address'), links);
  indexAttributes(tables, links);
  return links;
}

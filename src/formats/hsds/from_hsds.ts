import {
  type Built,
  buildIndicator,
  buildLocation,
  buildOrganization,
  buildRelationship,
  buildService,
  buildServiceAtLocation,
} from '../../import/record_builders';
import { checkRecordIds, type RecordPlaces } from '../../import/references';
import { byTable, type Dataset, emptyDataset, type TableName } from '../../model/dataset';
import type { Finding, Issue } from '../../model/report';
import type { Gazetteer } from '../../places/types';
import type { TableRow } from '../../text/read_table';
import type { InputFile, ReadResult } from '../types';
import { HSDS_DESCRIPTOR } from './descriptor';
import { extensionText, type ReadExtensions } from './extensions';
import { idKey, indexLinks, type Links, type Origin } from './links';
import { PackageReport } from './package_report';
import { type PackageTable, readPackage } from './read_package';
import { LOCATION_ID_TYPE } from './to_hsds';

/**
 * HSDS 3.0 package (+ the optional Atlas sidecar) → Dataset and report.
 *
 * Every record goes through the same builders as the other formats (field parsers,
 * placeLocation). A finding is reported where its value is (a phone in phones.csv, a
 * postcode in addresses.csv); an error rejects the record's row. The package is also
 * checked against the official descriptor (conformance.ts): those findings are warnings,
 * unless the Atlas needs the reference (a service's organisation, a service_at_location's
 * service and location), which the builders' own checks make errors.
 *
 * `report.rows` counts the records: the data rows of the core tables organizations.csv,
 * services.csv, locations.csv and service_at_location.csv, plus the relationships and
 * indicators of the sidecar. Satellite tables (phones, languages, addresses, taxonomies,
 * attributes, and the HSDS tables the Atlas does not use) are not counted.
 */

interface Assembled {
  fields: Record<string, string>;
  origins: Record<string, Origin>;
}

type CoreTable = 'organization' | 'service' | 'location' | 'service_at_location';

const CORE_TABLES: readonly CoreTable[] = [
  'organization',
  'service',
  'location',
  'service_at_location',
];

type SidecarPart = 'organizations' | 'services' | 'locations' | 'service_at_locations';

/** Where this reader says a record's id or reference was looked for: the package's records. */
const RECORDS: RecordPlaces = {
  earlier: () => 'record',
  target: (table) => table.replace(/s$/, ''),
};

class PackageReader {
  readonly dataset: Dataset = emptyDataset();
  private readonly ids = byTable(() => new Set<string>());
  /** The row each accepted record came from, to place later findings about it. */
  private readonly rowOf = new Map<string, Origin>();

  constructor(
    private readonly report: PackageReport,
    private readonly links: Links,
    private readonly extensions: ReadExtensions | null,
    private readonly extensionsPath: string,
  ) {}

  /** The core row's fields named as in the model, each with where it was read. */
  private assemble(table: PackageTable, row: TableRow, names: Record<string, string>): Assembled {
    const assembled: Assembled = { fields: {}, origins: {} };
    for (const [model, hsds] of Object.entries(names)) {
      assembled.fields[model] = (row.fields[hsds] ?? '').trim();
      assembled.origins[model] = { file: table.path, row: row.row, field: hsds };
    }
    return assembled;
  }

  private put(assembled: Assembled, field: string, value: string, origin: Origin): void {
    assembled.fields[field] = value;
    assembled.origins[field] = origin;
  }

  /** The sidecar's fields for a record (the builders check their values). */
  private sidecar(part: SidecarPart, assembled: Assembled, names: readonly string[]): void {
    const id = idKey(assembled.fields.id);
    const entry = this.extensions?.[part]?.[id];
    if (!entry) return;
    for (const name of names) {
      if (entry[name] === undefined) continue;
      this.put(assembled, name, extensionText(entry[name]), {
        file: this.extensionsPath,
        row: null,
        field: `${part}.${id}.${name}`,
      });
    }
  }

  private placed(findings: readonly Finding[], assembled: Assembled, core: Origin): Issue[] {
    return findings.map((finding) => {
      const origin = finding.field ? assembled.origins[finding.field] : undefined;
      return origin
        ? { ...finding, file: origin.file, row: origin.row, field: origin.field }
        : { ...finding, file: core.file, row: core.row };
    });
  }

  /** Duplicate ids and references to records not accepted; clears a dangling optional reference. */

  /** Builds, checks and keeps (or rejects) one record. */
  add<T extends { id: string }>(
    table: TableName,
    built: Built<T>,
    assembled: Assembled,
    core: Origin & { row: number },
    values: Record<string, string>,
    extraIssues: readonly Issue[] = [],
  ): void {
    const record = built.record as (T & Record<string, unknown>) | null;
    const findings = [
      ...built.findings,
      ...(record ? checkRecordIds(record, table, this.ids, RECORDS) : []),
    ];
    const issues = [...extraIssues, ...this.placed(findings, assembled, core)];
    if (this.report.addRecord(core.file, core.row, issues, values) && record) {
      this.ids[table].add(record.id);
      this.rowOf.set(record.id, core);
      (this.dataset[table] as unknown as T[]).push(record);
    }
  }

  organization(table: PackageTable, row: TableRow): void {
    const assembled = this.assemble(table, row, {
      id: 'id',
      name: 'name',
      alternate_name: 'alternate_name',
      description: 'description',
      email: 'email',
      website: 'website',
      parent_organization_id: 'parent_organization_id',
      contact_person: '',
      notes: '',
    });
    const id = idKey(assembled.fields.id);
    const phone = this.links.organizationPhones.get(id);
    if (phone) this.put(assembled, 'phone', phone.value, phone.origin);
    const enterpriseNumber = this.links.enterpriseNumbers.get(id);
    if (enterpriseNumber)
      this.put(assembled, 'enterprise_number', enterpriseNumber.value, enterpriseNumber.origin);
    for (const vocabulary of ['org_type', 'level'] as const) {
      const attribute = this.links.attributes.get(`${id}|${vocabulary}`);
      if (attribute) this.put(assembled, vocabulary, attribute.value, attribute.origin);
    }
    this.sidecar('organizations', assembled, ['source', 'source_consulted', 'last_verified']);
    const placeholders = extensionText(this.extensions?.organizations?.[id]?.placeholders).split(
      ',',
    );
    if (
      placeholders.includes('description') &&
      assembled.fields.description === assembled.fields.name
    ) {
      assembled.fields.description = '';
    }
    this.add(
      'organizations',
      buildOrganization(assembled.fields),
      assembled,
      core(table, row),
      row.original,
    );
  }

  /** Clears (with a warning) parent organisations that match no accepted organisation. */
  checkParents(): void {
    for (const organization of this.dataset.organizations) {
      const parent = organization.parent_organization_id;
      if (!parent || this.ids.organizations.has(parent)) continue;
      const origin = this.rowOf.get(organization.id);
      this.report.addIssues([
        {
          file: origin?.file ?? '',
          row: origin?.row ?? null,
          field: 'parent_organization_id',
          severity: 'warning',
          code: 'dangling_reference',
          message: `parent_organization_id ${parent} matches no accepted organization; the reference was cleared`,
          variant: 'cleared',
          values: { value: `parent_organization_id ${parent}` },
        },
      ]);
      organization.parent_organization_id = '';
    }
  }

  service(table: PackageTable, row: TableRow, gazetteer: Gazetteer): void {
    const assembled = this.assemble(table, row, {
      id: 'id',
      organization_id: 'organization_id',
      name: 'name',
      description: 'description',
      url: 'url',
      email: 'email',
      status: 'status',
      eligibility: 'eligibility_description',
      fees: row.fields.fees_description?.trim() ? 'fees_description' : 'fees',
      contact_person: '',
      notes: '',
      last_verified: 'assured_date',
    });
    const id = idKey(assembled.fields.id);
    const phone = this.links.servicePhones.get(id);
    if (phone) this.put(assembled, 'phone', phone.value, phone.origin);
    const languages = this.links.serviceLanguages.get(id) ?? [];
    const languageIssues = languages.flatMap((language) =>
      language.findings.map((finding) => ({ ...finding, ...language.origin })),
    );
    assembled.fields.languages = languages.flatMap((language) => language.value).join('|');
    const areas = this.links.serviceAreas.get(id) ?? [];
    assembled.fields.service_area = areas.map((area) => area.value).join('|');
    const category = this.links.attributes.get(`${id}|category`);
    if (category) this.put(assembled, 'category', category.value, category.origin);
    this.sidecar('services', assembled, ['source', 'source_consulted', 'audience', 'capacity']);
    const built = buildService(assembled.fields, gazetteer);
    this.add('services', built, assembled, core(table, row), row.original, languageIssues);
  }

  location(table: PackageTable, row: TableRow, gazetteer: Gazetteer): void {
    const assembled = this.assemble(table, row, {
      id: 'id',
      organization_id: 'organization_id',
      name: 'name',
      latitude: 'latitude',
      longitude: 'longitude',
    });
    const id = idKey(assembled.fields.id);
    const identifierType = (row.fields.external_identifier_type ?? '').trim().toUpperCase();
    if (identifierType === LOCATION_ID_TYPE || identifierType === 'REFNIS') {
      this.put(assembled, 'nis_code', (row.fields.external_identifier ?? '').trim(), {
        file: table.path,
        row: row.row,
        field: 'external_identifier',
      });
    }
    const address = this.links.addresses.get(id);
    if (address) {
      for (const field of ['address_1', 'postal_code', 'city'] as const) {
        this.put(assembled, field, address.value[field], { ...address.origin, field });
      }
    }
    this.sidecar('locations', assembled, [
      'source',
      'source_consulted',
      'last_verified',
      'location_precision',
      ...(address ? [] : ['address_1', 'postal_code', 'city']),
    ]);
    this.add(
      'locations',
      buildLocation(assembled.fields, gazetteer),
      assembled,
      core(table, row),
      row.original,
    );
  }

  serviceAtLocation(table: PackageTable, row: TableRow): void {
    const assembled = this.assemble(table, row, {
      id: 'id',
      service_id: 'service_id',
      location_id: 'location_id',
    });
    this.sidecar('service_at_locations', assembled, [
      'source',
      'source_consulted',
      'last_verified',
    ]);
    this.add(
      'service_at_locations',
      buildServiceAtLocation(assembled.fields),
      assembled,
      core(table, row),
      row.original,
    );
  }

  /** The sidecar's relationships and indicators, numbered from 1 in their list. */
  sidecarRecords(gazetteer: Gazetteer): void {
    const parts = [
      ['relationships', (fields: Record<string, string>) => buildRelationship(fields)],
      ['indicators', (fields: Record<string, string>) => buildIndicator(fields, gazetteer)],
    ] as const;
    for (const [part, build] of parts) {
      (this.extensions?.[part] ?? []).forEach((item, index) => {
        const fields = Object.fromEntries(
          Object.entries(item).map(([name, value]) => [name, extensionText(value)]),
        );
        const origin = { file: this.extensionsPath, row: index + 1, field: '' };
        const assembled: Assembled = {
          fields,
          origins: Object.fromEntries(
            Object.keys(fields).map((name) => [
              name,
              { ...origin, field: `${part}[${index}].${name}` },
            ]),
          ),
        };
        this.add<{ id: string }>(part, build(fields), assembled, origin, fields);
      });
    }
  }
}

function core(table: PackageTable, row: TableRow): Origin & { row: number } {
  return { file: table.path, row: row.row, field: '' };
}

/** Malformed rows: a core table's count as rejected records; a satellite table's are skipped, with a warning. */
function reportMalformed(tables: Map<string, PackageTable>, report: PackageReport): void {
  for (const [name, table] of tables) {
    for (const row of table.malformed) {
      const issues: Issue[] = (row.findings ?? []).map((finding) => ({
        ...finding,
        file: table.path,
        row: row.row,
      }));
      if ((CORE_TABLES as readonly string[]).includes(name)) {
        report.addRecord(table.path, row.row, issues, row.original);
      } else {
        report.addIssues(issues.map((issue) => ({ ...issue, severity: 'warning' })));
      }
    }
  }
}

/**
 * Reads an HSDS 3.0 package (its files, already out of any zip) and the Atlas sidecar when
 * present. Never throws on bad data: every problem is in the report, and rows with an
 * error are rejected (listed in `report.rejected_rows`), the others kept.
 */
export function fromHsds(
  files: readonly InputFile[],
  gazetteer: Gazetteer,
  label?: string,
): ReadResult {
  const read = readPackage(files);
  const report = new PackageReport(label ?? read.descriptorPath);
  report.encoding = read.encoding;
  report.delimiter = read.delimiter;
  report.addIssues(read.issues);
  if (!CORE_TABLES.some((name) => read.tables.has(name)) && !read.extensions) {
    const expected = CORE_TABLES.map(
      (name) => HSDS_DESCRIPTOR.resources.find((resource) => resource.name === name)?.path,
    );
    report.addIssues([
      {
        file: read.descriptorPath,
        row: null,
        field: null,
        severity: 'error',
        code: 'unreadable_file',
        message: `None of the tables the Atlas reads (${expected.join(', ')}) was found where datapackage.json says, nor by its name: nothing was read`,
        variant: 'noTables',
        values: { expected: expected.join(', ') },
      },
    ]);
  }
  reportMalformed(read.tables, report);
  const reader = new PackageReader(
    report,
    indexLinks(read.tables),
    read.extensions,
    read.extensionsPath,
  );
  const rows = (name: CoreTable) => {
    const table = read.tables.get(name);
    return table ? table.rows.map((row) => [table, row] as const) : [];
  };
  for (const [table, row] of rows('organization')) reader.organization(table, row);
  reader.checkParents();
  for (const [table, row] of rows('service')) reader.service(table, row, gazetteer);
  for (const [table, row] of rows('location')) reader.location(table, row, gazetteer);
  for (const [table, row] of rows('service_at_location')) reader.serviceAtLocation(table, row);
  reader.sidecarRecords(gazetteer);
  report.addIssuesUnlessKnown(read.conformance);
  return { dataset: reader.dataset, report: report.build('hsds') };
}

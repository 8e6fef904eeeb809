import {
  type Built,
  buildIndicator,
  buildLocation,
  buildOrganization,
  buildRelationship,
  buildService,
  buildServiceAtLocation,
  type TextFields,
} from '../import/record_builders';
import { ReportBuilder } from '../import/report_builder';
import { type Dataset, emptyDataset, TABLE_NAMES, type TableName } from '../model/dataset';
import { isInternalField } from '../model/internal';
import type { Finding } from '../model/report';
import type { Gazetteer } from '../places/types';
import { readTable } from '../text/read_table';
import { toCsv } from '../text/write_csv';
import { cellText, TABLE_COLUMNS, TABLE_FILES } from './table_files';
import type {
  FormatDriver,
  InputFile,
  OutputFile,
  ReadContext,
  ReadResult,
  WriteOptions,
} from './types';

/**
 * The normalised CSV form: one file per table (organizations.csv, services.csv, …),
 * columns named as in the model. Tables are read in dependency order so that every
 * reference can be checked against the rows already accepted.
 */

function baseName(path: string): string {
  return path.split(/[\\/]/).pop()?.toLowerCase() ?? '';
}

function tableOf(path: string): TableName | undefined {
  const name = baseName(path);
  return TABLE_NAMES.find((table) => TABLE_FILES[table] === name);
}

interface ReferenceCheck {
  field: string;
  table: TableName;
  /** An error rejects the row; a warning clears the reference and keeps it. */
  severity: 'error' | 'warning';
}

const REFERENCES: Record<TableName, readonly ReferenceCheck[]> = {
  organizations: [],
  services: [{ field: 'organization_id', table: 'organizations', severity: 'error' }],
  locations: [{ field: 'organization_id', table: 'organizations', severity: 'warning' }],
  service_at_locations: [
    { field: 'service_id', table: 'services', severity: 'error' },
    { field: 'location_id', table: 'locations', severity: 'error' },
  ],
  relationships: [
    { field: 'source_organization_id', table: 'organizations', severity: 'error' },
    { field: 'target_organization_id', table: 'organizations', severity: 'error' },
  ],
  indicators: [],
};

function builderFor(
  table: TableName,
  gazetteer: Gazetteer,
): (fields: TextFields) => Built<{ id: string }> {
  switch (table) {
    case 'organizations':
      return buildOrganization;
    case 'services':
      return buildService;
    case 'locations':
      return (fields) => buildLocation(fields, gazetteer);
    case 'service_at_locations':
      return buildServiceAtLocation;
    case 'relationships':
      return buildRelationship;
    case 'indicators':
      return (fields) => buildIndicator(fields, gazetteer);
  }
}

const REQUIRED_COLUMNS: Record<TableName, readonly (readonly string[])[]> = {
  organizations: [['name']],
  services: [['name'], ['organization_id']],
  locations: [],
  service_at_locations: [['service_id'], ['location_id']],
  relationships: [['source_organization_id'], ['target_organization_id'], ['type']],
  indicators: [['nis_code'], ['indicator'], ['value']],
};

/** Checks a built record's id and references; mutates `record` to clear a dangling optional reference. */
function checkRecord(
  record: Record<string, unknown> & { id: string },
  table: TableName,
  ids: Record<TableName, Set<string>>,
): Finding[] {
  const findings: Finding[] = [];
  if (ids[table].has(record.id)) {
    findings.push({
      field: 'id',
      severity: 'error',
      code: 'duplicate_id',
      message: `id ${record.id} is already used by an earlier row of ${TABLE_FILES[table]}`,
    });
  }
  for (const reference of REFERENCES[table]) {
    const value = record[reference.field];
    if (typeof value !== 'string' || value === '' || ids[reference.table].has(value)) continue;
    findings.push({
      field: reference.field,
      severity: reference.severity,
      code: 'dangling_reference',
      message: `${reference.field} ${value} matches no accepted row of ${TABLE_FILES[reference.table]}${reference.severity === 'warning' ? '; the reference was cleared' : ''}`,
    });
    if (reference.severity === 'warning') record[reference.field] = '';
  }
  return findings;
}

function read(files: readonly InputFile[], context: ReadContext): ReadResult {
  const dataset = emptyDataset();
  const report = new ReportBuilder(files.map((file) => file.path).join(', '), 'csv');
  const ids = Object.fromEntries(TABLE_NAMES.map((table) => [table, new Set<string>()])) as Record<
    TableName,
    Set<string>
  >;
  const byTable = new Map<TableName, InputFile>();
  for (const file of files) {
    const table = tableOf(file.path);
    if (table) byTable.set(table, file);
  }
  for (const table of TABLE_NAMES) {
    const file = byTable.get(table);
    if (!file) continue;
    const aliases = Object.fromEntries(TABLE_COLUMNS[table].map((column) => [column, [column]]));
    const parsed = readTable(file.path, file.bytes, aliases, REQUIRED_COLUMNS[table]);
    report.encoding ??= parsed.encoding;
    report.delimiter ??= parsed.delimiter;
    report.addIssues(parsed.issues);
    if (parsed.issues.some((issue) => issue.code === 'missing_column')) continue;
    for (const row of parsed.malformed) {
      report.addRow(row.row, row.findings ?? [], row, file.path);
    }
    const build = builderFor(table, context.gazetteer);
    for (const row of parsed.rows) {
      const built = build(row.fields);
      const findings = [...built.findings];
      const record = built.record as (Record<string, unknown> & { id: string }) | null;
      if (record) findings.push(...checkRecord(record, table, ids));
      if (report.addRow(row.row, findings, row, file.path) && record) {
        ids[table].add(record.id);
        (dataset[table] as unknown[]).push(record);
      }
    }
  }
  return { dataset, report: report.build() };
}

/** The normalised tables as CSV files (UTF-8 with BOM, formula-safe cells). */
function write(dataset: Dataset, options: WriteOptions = {}): OutputFile[] {
  return TABLE_NAMES.map((table) => {
    const columns = TABLE_COLUMNS[table].filter(
      (column) => options.includeInternal || !isInternalField(table, column),
    );
    const rows = (dataset[table] as unknown as Record<string, unknown>[]).map((record) =>
      columns.map((column) => cellText(record[column])),
    );
    return {
      path: TABLE_FILES[table],
      content: toCsv(columns, rows, { delimiter: options.delimiter ?? ',', bom: true }),
    };
  });
}

export const normalisedCsvDriver: FormatDriver = {
  id: 'csv',
  detect: (files) =>
    files.some((file) => tableOf(file.path) !== undefined) &&
    !files.some((file) => baseName(file.path) === 'datapackage.json'),
  read,
  write,
};

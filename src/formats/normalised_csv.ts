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
import { checkRecordIds, type RecordPlaces } from '../import/references';
import { ReportBuilder } from '../import/report_builder';
import { byTable, type Dataset, emptyDataset, TABLE_NAMES, type TableName } from '../model/dataset';
import { isInternalField } from '../model/internal';
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

function builderFor(
  table: TableName,
  gazetteer: Gazetteer,
): (fields: TextFields) => Built<{ id: string }> {
  switch (table) {
    case 'organizations':
      return buildOrganization;
    case 'services':
      return (fields) => buildService(fields, gazetteer);
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

/** Where this reader says a record's id or reference was looked for: a row of its table's file. */
const ROWS: RecordPlaces = {
  earlier: (table) => `row of ${TABLE_FILES[table]}`,
  target: (table) => `row of ${TABLE_FILES[table]}`,
};

function read(files: readonly InputFile[], context: ReadContext): ReadResult {
  const dataset = emptyDataset();
  const report = new ReportBuilder(files.map((file) => file.path).join(', '), 'csv');
  const ids = byTable(() => new Set<string>());
  const fileOf = new Map<TableName, InputFile>();
  for (const file of files) {
    const table = tableOf(file.path);
    if (table) fileOf.set(table, file);
  }
  for (const table of TABLE_NAMES) {
    const file = fileOf.get(table);
    if (!file) continue;
    const aliases = Object.fromEntries(TABLE_COLUMNS[table].map((column) => [column, [column]]));
    const parsed = readTable(file.path, file.bytes, aliases, REQUIRED_COLUMNS[table]);
    report.encoding ??= parsed.encoding;
    report.delimiter ??= parsed.delimiter;
    report.addIssues(parsed.issues);
    report.addColumns(parsed.columns.map((column) => ({ ...column, file: file.path, table })));
    // A table without a required column is still read: each row lacks the value, and is
    // rejected for it, so that no row is dropped unreported.
    if (parsed.refused) continue;
    for (const row of parsed.malformed) {
      report.addRow(row.row, row.findings ?? [], row, file.path);
    }
    const build = builderFor(table, context.gazetteer);
    for (const row of parsed.rows) {
      const built = build(row.fields);
      const findings = [...built.findings];
      const record = built.record as (Record<string, unknown> & { id: string }) | null;
      if (record) findings.push(...checkRecordIds(record, table, ids, ROWS));
      if (report.addRow(row.row, findings, row, file.path) && record) {
        ids[table].add(record.id);
        (dataset[table] as unknown[]).push(record);
      }
    }
  }
  return { dataset, report: report.build() };
}

/**
 * Columns written only when a record of the table has a value there: the pairs set apart
 * by the user (`distinct_from`) are rare, and a table without any keeps the columns it had.
 */
const WHEN_USED = new Set(['distinct_from']);

function used(records: readonly Record<string, unknown>[], column: string): boolean {
  return records.some((record) => {
    const value = record[column];
    return Array.isArray(value) ? value.length > 0 : value !== undefined && value !== '';
  });
}

/** The normalised tables as CSV files (UTF-8 with BOM, formula-safe cells). */
function write(dataset: Dataset, options: WriteOptions = {}): OutputFile[] {
  return TABLE_NAMES.map((table) => {
    const records = dataset[table] as unknown as Record<string, unknown>[];
    const columns = TABLE_COLUMNS[table].filter(
      (column) =>
        (options.includeInternal || !isInternalField(table, column)) &&
        (!WHEN_USED.has(column) || used(records, column)),
    );
    const rows = records.map((record) => columns.map((column) => cellText(record[column])));
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

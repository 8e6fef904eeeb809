import type { TableName } from '../model/dataset';
import type { Finding } from '../model/report';
import { TABLE_REFERENCES } from '../model/tables';

/** How a reader names what a record's id or reference did not find, in its messages. */
export interface RecordPlaces {
  /** The earlier record that has the same id: "record", "row of services.csv". */
  earlier(table: TableName): string;
  /** The records a reference looks in: "organization", "row of organizations.csv". */
  target(table: TableName): string;
}

/**
 * The findings of a record read from a table file: its id used by an earlier record, and
 * each reference to no record accepted so far. A reference that may be empty is cleared
 * (MUTATES `record`) with a warning; one that may not rejects the record. A reference to the
 * record's own table (an organisation's parent) is left to the reader, which checks it once
 * the whole table is read.
 */
export function checkRecordIds(
  record: Record<string, unknown> & { id: string },
  table: TableName,
  ids: Readonly<Record<TableName, ReadonlySet<string>>>,
  places: RecordPlaces,
): Finding[] {
  const findings: Finding[] = [];
  if (ids[table].has(record.id)) {
    findings.push({
      field: 'id',
      severity: 'error',
      code: 'duplicate_id',
      message: `id ${record.id} is already used by an earlier ${places.earlier(table)}`,
      values: { value: record.id },
    });
  }
  for (const reference of TABLE_REFERENCES[table]) {
    if (reference.table === table) continue;
    const value = record[reference.field];
    if (typeof value !== 'string' || value === '' || ids[reference.table].has(value)) continue;
    const cleared = reference.optional;
    findings.push({
      field: reference.field,
      severity: cleared ? 'warning' : 'error',
      code: 'dangling_reference',
      message: `${reference.field} ${value} matches no accepted ${places.target(reference.table)}${cleared ? '; the reference was cleared' : ''}`,
      ...(cleared ? { variant: 'cleared' } : {}),
      values: { value },
    });
    if (cleared) record[reference.field] = '';
  }
  return findings;
}

import { isUuid } from '../../model/ids';
import type { Issue, IssueCode } from '../../model/report';
import { type DataPackage, keyFields, type TableField, type TableResource } from './descriptor';

/**
 * Conformance of a tabular data package to its descriptor (the HSDS one, or any Table
 * Schema descriptor): required fields, field types and formats, enums, unique fields,
 * primary keys and foreign keys. Generic over the descriptor: nothing here names a table.
 */

/** A package's tables by resource name, each a list of data rows keyed by column. */
export type PackageTables = Record<string, readonly Record<string, string>[]>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URI = /^[a-z][a-z0-9+.-]*:\S+$/i;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const INTEGER = /^[+-]?\d+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;
const BOOLEAN = /^(true|false|yes|no|1|0)$/i;

function isDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function isDatetime(value: string): boolean {
  const [date, time] = value.split('T');
  return date !== undefined && time !== undefined && isDate(date) && TIME.test(time);
}

/**
 * The types and formats a value is checked against, each with its words in the command
 * line's English (the interface says them as `import:hsdsType.<type>`, i18n/finding_text.ts).
 */
const TYPE_WORDS = {
  number: 'a number',
  integer: 'an integer',
  date: 'a date (YYYY-MM-DD)',
  datetime: 'a date and time (ISO 8601)',
  time: 'a time (hh:mm:ss)',
  boolean: 'a boolean',
  uuid: 'a UUID',
  email: 'an email address',
  uri: 'a URI',
} as const;

type CheckedType = keyof typeof TYPE_WORDS;

/** The type or format a non-empty value does not fit, or null when it fits its field. */
function typeProblem(field: TableField, value: string): CheckedType | null {
  switch (field.type) {
    case 'number':
      return NUMBER.test(value) ? null : 'number';
    case 'integer':
      return INTEGER.test(value) ? null : 'integer';
    case 'date':
      return isDate(value) ? null : 'date';
    case 'datetime':
      return isDatetime(value) ? null : 'datetime';
    case 'time':
      return TIME.test(value) ? null : 'time';
    case 'boolean':
      return BOOLEAN.test(value) ? null : 'boolean';
    case 'string':
      if (field.format === 'uuid') return isUuid(value) ? null : 'uuid';
      if (field.format === 'email') return EMAIL.test(value) ? null : 'email';
      if (field.format === 'uri') return URI.test(value) ? null : 'uri';
      return null;
    default:
      return null;
  }
}

/**
 * A conformance finding: its sentence in the interface is `import:message.<code>_<variant>`
 * (the variants start with `hsds`), filled with `values`.
 */
function issue(
  resource: TableResource,
  row: number | null,
  field: string | null,
  code: IssueCode,
  message: string,
  variant: string,
  values: NonNullable<Issue['values']>,
): Issue {
  return { file: resource.path, row, field, severity: 'error', code, message, variant, values };
}

/** The row number in the file of the data row at `index` (header = 1). */
function rowNumber(index: number): number {
  return index + 2;
}

function keyOf(row: Readonly<Record<string, string>>, fields: readonly string[]): string | null {
  const values = fields.map((field) => (row[field] ?? '').trim());
  return values.some((value) => value === '') ? null : values.join('\u001f');
}

function checkFields(resource: TableResource, rows: readonly Record<string, string>[]): Issue[] {
  const issues: Issue[] = [];
  const present = new Set(rows.flatMap((row) => Object.keys(row)));
  for (const field of resource.schema.fields) {
    const constraints = field.constraints ?? {};
    if (!present.has(field.name)) {
      if (constraints.required && rows.length > 0) {
        issues.push(
          issue(
            resource,
            1,
            field.name,
            'missing_column',
            `${resource.path} has no column ${field.name}, which is required`,
            'hsds',
            { file: resource.path, column: field.name },
          ),
        );
      }
      continue;
    }
    rows.forEach((row, index) => {
      const value = (row[field.name] ?? '').trim();
      if (value === '') {
        if (constraints.required) {
          issues.push(
            issue(
              resource,
              rowNumber(index),
              field.name,
              'missing_required',
              `${field.name} is required but empty`,
              'hsds',
              {},
            ),
          );
        }
        return;
      }
      const problem = typeProblem(field, value);
      if (problem) {
        issues.push(
          issue(
            resource,
            rowNumber(index),
            field.name,
            'invalid_value',
            `"${value}" is not ${TYPE_WORDS[problem]}`,
            'hsdsType',
            { value, type: problem },
          ),
        );
      }
      if (constraints.enum && !constraints.enum.includes(value)) {
        issues.push(
          issue(
            resource,
            rowNumber(index),
            field.name,
            'invalid_value',
            `"${value}" is not one of ${constraints.enum.join(', ')}`,
            'hsdsEnum',
            { value, allowed: constraints.enum.join(', ') },
          ),
        );
      }
    });
  }
  return issues;
}

/** Rows whose key repeats an earlier row's (empty keys are left to the required check). */
function checkUnique(
  resource: TableResource,
  rows: readonly Record<string, string>[],
  fields: readonly string[],
  code: IssueCode,
): Issue[] {
  const issues: Issue[] = [];
  const firstRow = new Map<string, number>();
  rows.forEach((row, index) => {
    const key = keyOf(row, fields);
    if (key === null) return;
    const earlier = firstRow.get(key);
    if (earlier === undefined) {
      firstRow.set(key, rowNumber(index));
      return;
    }
    issues.push(
      issue(
        resource,
        rowNumber(index),
        fields.join(','),
        code,
        `${fields.join(', ')} "${key.replaceAll('\u001f', ', ')}" repeats row ${earlier} of ${resource.path}`,
        'hsdsRepeat',
        { value: key.replaceAll('\u001f', ', '), row: earlier },
      ),
    );
  });
  return issues;
}

function checkKeys(resource: TableResource, rows: readonly Record<string, string>[]): Issue[] {
  const primaryKey = resource.schema.primaryKey ? keyFields(resource.schema.primaryKey) : [];
  const issues =
    primaryKey.length > 0 ? checkUnique(resource, rows, primaryKey, 'duplicate_id') : [];
  for (const field of resource.schema.fields) {
    const isPrimaryKey = primaryKey.length === 1 && primaryKey[0] === field.name;
    if (field.constraints?.unique && !isPrimaryKey) {
      issues.push(...checkUnique(resource, rows, [field.name], 'invalid_value'));
    }
  }
  return issues;
}

function checkForeignKeys(
  resource: TableResource,
  rows: readonly Record<string, string>[],
  tables: PackageTables,
  descriptor: DataPackage,
): Issue[] {
  const issues: Issue[] = [];
  for (const foreignKey of resource.schema.foreignKeys ?? []) {
    const fields = keyFields(foreignKey.fields);
    const target = foreignKey.reference.resource || resource.name;
    const targetFields = keyFields(foreignKey.reference.fields);
    const targetPath =
      descriptor.resources.find((candidate) => candidate.name === target)?.path ?? target;
    const existing = new Set(
      (tables[target] ?? []).map((row) => keyOf(row, targetFields)).filter((key) => key !== null),
    );
    rows.forEach((row, index) => {
      const key = keyOf(row, fields);
      if (key === null || existing.has(key)) return;
      issues.push(
        issue(
          resource,
          rowNumber(index),
          fields.join(','),
          'dangling_reference',
          `${fields.join(', ')} "${key.replaceAll('\u001f', ', ')}" matches no ${targetFields.join(', ')} of ${targetPath}`,
          'hsds',
          {
            value: key.replaceAll('\u001f', ', '),
            target: targetFields.join(', '),
            file: targetPath,
          },
        ),
      );
    });
  }
  return issues;
}

/**
 * Checks every table present in `tables` (keyed by resource name) against `descriptor`:
 * required fields non-empty, types and formats (uuid, email, uri loosely, number, integer,
 * date, datetime, time, boolean), enum constraints, unique fields and primary keys, and
 * foreign keys (a non-empty key must match a row of the referenced table; otherwise a
 * `dangling_reference`). Each Issue names the file (the resource's path), the row (header =
 * 1, so the first data row is 2) and the field; all are errors. Tables the descriptor does
 * not define are ignored. Never throws on bad data.
 */
export function checkPackage(tables: PackageTables, descriptor: DataPackage): Issue[] {
  const issues: Issue[] = [];
  for (const resource of descriptor.resources) {
    const rows = tables[resource.name];
    if (!rows) continue;
    issues.push(...checkFields(resource, rows));
    issues.push(...checkKeys(resource, rows));
    issues.push(...checkForeignKeys(resource, rows, tables, descriptor));
  }
  return issues;
}

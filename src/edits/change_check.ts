import type { z } from 'zod';
import type { TableName } from '../model/dataset';
import { englishCount, LIMITS } from '../model/limits';
import { TABLE_SCHEMAS } from '../model/tables';
import type { Change } from './patch';

/**
 * The one check of a change's values against its table's schema, for every change that
 * comes from outside (a changeset applied in the browser or by `apply-changes`): a field
 * the table has, a value of that field's type, a whole record that is one. A change that
 * fails is never applied: nothing is written that is not a valid record.
 */

/** One line per zod issue: where it is, and what is wrong. */
function issueLines(prefix: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.join('.');
    return `${path ? `${prefix ? `${prefix}.` : ''}${path}` : prefix || 'record'}: ${issue.message}`;
  });
}

function fieldSchema(table: TableName, field: string): z.ZodType | undefined {
  return (TABLE_SCHEMAS[table].shape as Record<string, z.ZodType>)[field];
}

/** What a JSON value is, in words, for a record that is not one. */
function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? 'a text' : `a ${typeof value}`;
}

/** Problems of a whole record given by a change (as `old` or `new`), checked against its table. */
function recordProblems(change: Change, value: unknown, which: 'old' | 'new'): string[] {
  if (value === null) return [];
  if (typeof value !== 'object' || Array.isArray(value)) {
    return [
      `record: the ${which} record should be an object of its fields; found ${kindOf(value)}`,
    ];
  }
  const id = (value as { id?: unknown }).id;
  if (id !== change.id) {
    return [`id: the ${which} record's id (${String(id)}) is not the change's (${change.id})`];
  }
  if (which === 'old') return [];
  const parsed = TABLE_SCHEMAS[change.table].safeParse(value);
  if (!parsed.success) return issueLines('', parsed.error);
  return Object.entries(parsed.data).flatMap(([field, fieldValue]) => tooLong(field, fieldValue));
}

/** Why a change cannot be applied to any data of its table, one line each; empty when it can. */
export function changeProblems(change: Change): string[] {
  const { field } = change;
  if (field === null) {
    if (change.old === null && change.new === null) {
      return ['record: a change of a whole record creates it or deletes it; this one does neither'];
    }
    return [
      ...recordProblems(change, change.old, 'old'),
      ...recordProblems(change, change.new, 'new'),
    ];
  }
  if (field === 'id') return ['id: a record keeps its id; delete it and create another instead'];
  const schema = fieldSchema(change.table, field);
  if (!schema) return [`${field}: ${change.table} has no such field`];
  const parsed = schema.safeParse(change.new);
  if (!parsed.success) return issueLines(field, parsed.error);
  return tooLong(field, change.new);
}

/** A text longer than the readers take in one value (see model/limits.ts), as a problem. */
function tooLong(field: string, value: unknown): string[] {
  const texts = Array.isArray(value) ? value : [value];
  const long = texts.find(
    (text): text is string => typeof text === 'string' && text.length > LIMITS.fieldCharacters,
  );
  return long === undefined
    ? []
    : [
        `${field}: ${englishCount(long.length)} characters, more than the ${englishCount(LIMITS.fieldCharacters)} one value may hold`,
      ];
}

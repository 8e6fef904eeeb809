import type { z } from 'zod';
import type { TableName } from '../model/dataset';
import { englishCount, LIMITS } from '../model/limits';
import type { Issue } from '../model/report';
import {
  kindOf,
  kindWords,
  SCHEMA_ISSUE_CODES,
  schemaIssueEnglish,
  schemaIssues,
  type ValueKind,
} from '../model/schema_issues';
import { TABLE_SCHEMAS } from '../model/tables';
import type { Change } from './patch';

/**
 * The one check of a change's values against its table's schema, for every change that
 * comes from outside (a changeset applied in the browser or by `apply-changes`): a field
 * the table has, a value of that field's type, a whole record that is one. A change that
 * fails is never applied: nothing is written that is not a valid record.
 */

/**
 * The codes of a change's problems beyond its values' (SchemaIssueCode), each with the
 * values its sentence names: `not_a_record` (a whole record given as something else:
 * `which` old or new, `found` a ValueKind); `id_mismatch` (a whole record whose id is not
 * the change's: `which`, `id`, `expected`); `no_effect` (neither an old nor a new record);
 * `id_kept` (a change of a record's id); `unknown_field` (`table`); `value_too_long` (a text
 * past the limit of one value: `length`, `limit`); `record_missing` (a change to a field of
 * a record neither the data nor the changeset holds); `dangling_reference` (`value`,
 * `table`); `deletion_leaves` (a deletion that leaves another record pointing to it:
 * `table`, `id`, `field` of the other); `finding` (a reader's finding about it, the record
 * read back or the changeset's JSON); `leaves_other` (another record, `table` `id`, read
 * back with a finding at its `field` because of this one).
 */
export const CHANGE_PROBLEM_CODES = [
  ...SCHEMA_ISSUE_CODES,
  'not_a_record',
  'id_mismatch',
  'no_effect',
  'id_kept',
  'unknown_field',
  'value_too_long',
  'record_missing',
  'dangling_reference',
  'deletion_leaves',
  'finding',
  'leaves_other',
] as const;

export type ChangeProblemCode = (typeof CHANGE_PROBLEM_CODES)[number];

/** Why a change cannot be applied: said by code and values, in English for the command line. */
export interface ChangeProblem {
  /** The field it concerns (a record's own), or null for the whole record. */
  field: string | null;
  code: ChangeProblemCode;
  /** What its sentence names; `item` is the 1-based position in a list field. */
  values: Readonly<Record<string, string | number>>;
  /** For `finding` and `leaves_other`: the reader's finding, said as the import report says it. */
  finding?: Pick<Issue, 'code' | 'variant' | 'values' | 'message'>;
  /** The problem in English, with its field: what `apply-changes` prints. */
  message: string;
}

type Values = Readonly<Record<string, string | number>>;

function changeProblemEnglish(
  code: ChangeProblemCode,
  values: Values,
  finding: ChangeProblem['finding'],
): string {
  switch (code) {
    case 'not_a_record':
      return `the ${values.which} record should be an object of its fields; found ${kindWords(values.found as ValueKind)}`;
    case 'id_mismatch':
      return `the ${values.which} record's id (${values.id}) is not the change's (${values.expected})`;
    case 'no_effect':
      return 'a change of a whole record creates it or deletes it; this one does neither';
    case 'id_kept':
      return 'a record keeps its id; delete it and create another instead';
    case 'unknown_field':
      return `${values.table} has no such field`;
    case 'value_too_long':
      return `${englishCount(Number(values.length))} characters, more than the ${englishCount(Number(values.limit))} one value may hold`;
    case 'record_missing':
      return 'the record is not in the data (deleted since, or never created), so its field cannot be changed';
    case 'dangling_reference':
      return `${values.value} is no record of ${values.table}`;
    case 'deletion_leaves':
      return `${values.table} ${values.id} would be left with ${values.field} pointing to the deleted record`;
    case 'finding':
      return finding?.message ?? '';
    case 'leaves_other':
      return `${values.table} ${values.id} would be left with ${values.field}: ${finding?.message ?? ''}`;
    default:
      return schemaIssueEnglish(code, values);
  }
}

/** A problem of `field` (null: the record), its English sentence written from its code. */
export function changeProblem(
  field: string | null,
  code: ChangeProblemCode,
  values: Values = {},
  finding?: ChangeProblem['finding'],
): ChangeProblem {
  const item = values.item === undefined ? '' : `[${values.item}]`;
  const message = `${field ?? 'record'}${item}: ${changeProblemEnglish(code, values, finding)}`;
  return finding ? { field, code, values, finding, message } : { field, code, values, message };
}

/** A reader's finding as a problem carries it. */
export function findingOf(
  finding: Pick<Issue, 'code' | 'variant' | 'values' | 'message'>,
): NonNullable<ChangeProblem['finding']> {
  const { code, variant, values, message } = finding;
  return { code, message, ...(variant ? { variant } : {}), ...(values ? { values } : {}) };
}

/** One problem per zod issue, its path split into the field and the position in a list. */
export function schemaProblems(
  error: z.ZodError,
  input: unknown,
  field: string | null = null,
): ChangeProblem[] {
  return schemaIssues(error, input).map((issue) => {
    const [first, second] = issue.path;
    const name = field ?? (typeof first === 'string' ? first : null);
    const position = field === null ? second : first;
    const values =
      typeof position === 'number' ? { ...issue.values, item: position + 1 } : issue.values;
    return changeProblem(name, issue.code, values);
  });
}

function fieldSchema(table: TableName, field: string): z.ZodType | undefined {
  return (TABLE_SCHEMAS[table].shape as Record<string, z.ZodType>)[field];
}

/** Problems of a whole record given by a change (as `old` or `new`), checked against its table. */
function recordProblems(change: Change, value: unknown, which: 'old' | 'new'): ChangeProblem[] {
  if (value === null) return [];
  if (typeof value !== 'object' || Array.isArray(value)) {
    return [changeProblem(null, 'not_a_record', { which, found: kindOf(value) })];
  }
  const id = (value as { id?: unknown }).id;
  if (id !== change.id) {
    return [changeProblem('id', 'id_mismatch', { which, id: String(id), expected: change.id })];
  }
  if (which === 'old') return [];
  const parsed = TABLE_SCHEMAS[change.table].safeParse(value);
  if (!parsed.success) return schemaProblems(parsed.error, value);
  return Object.entries(parsed.data).flatMap(([field, fieldValue]) => tooLong(field, fieldValue));
}

/** Why a change cannot be applied to any data of its table; empty when it can. */
export function changeProblems(change: Change): ChangeProblem[] {
  const { field } = change;
  if (field === null) {
    if (change.old === null && change.new === null) return [changeProblem(null, 'no_effect')];
    return [
      ...recordProblems(change, change.old, 'old'),
      ...recordProblems(change, change.new, 'new'),
    ];
  }
  if (field === 'id') return [changeProblem('id', 'id_kept')];
  const schema = fieldSchema(change.table, field);
  if (!schema) return [changeProblem(field, 'unknown_field', { table: change.table })];
  const parsed = schema.safeParse(change.new);
  if (!parsed.success) return schemaProblems(parsed.error, change.new, field);
  return tooLong(field, change.new);
}

/** A text longer than the readers take in one value (see model/limits.ts), as a problem. */
function tooLong(field: string, value: unknown): ChangeProblem[] {
  const texts = Array.isArray(value) ? value : [value];
  const long = texts.find(
    (text): text is string => typeof text === 'string' && text.length > LIMITS.fieldCharacters,
  );
  return long === undefined
    ? []
    : [
        changeProblem(field, 'value_too_long', {
          length: long.length,
          limit: LIMITS.fieldCharacters,
        }),
      ];
}

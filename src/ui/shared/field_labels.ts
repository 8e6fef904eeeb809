import type { TFunction } from 'i18next';
import type { TableName } from '../../model/dataset';
import type { FieldSpec } from '../../validate/field_rules';
import { FIELDS_OF_TABLE } from '../../validate/record_fields';

/** A field's label as a form with these fields shows it (its own name when none has it). */
export function specLabel(specs: readonly FieldSpec[], field: string, t: TFunction): string {
  const spec = specs.find((candidate) => candidate.name === field);
  return t(`edit:field.${spec?.label ?? field}`, { defaultValue: field });
}

/**
 * A field of a record, named as its table's form names it: a service's `name` is "Name of
 * the service", an organisation's "Name of the organisation". For the history, the
 * conflicts and the import report, which name fields outside any form.
 */
export function recordFieldLabel(table: TableName, field: string, t: TFunction): string {
  return specLabel(FIELDS_OF_TABLE[table] ?? [], field, t);
}

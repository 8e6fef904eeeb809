import type { TFunction } from 'i18next';
import { findRecord } from '../../edits/patch';
import type { TableName } from '../../model/dataset';
import type { AtlasStore } from '../../store/atlas_store';
import type { FieldSpec } from '../../validate/field_rules';
import { specLabel } from '../shared/field_labels';
import type { Draft } from './use_draft';
import type { Saver } from './use_save';

/** A field's label as its form shows it. */
export function fieldLabeller(specs: readonly FieldSpec[], t: TFunction) {
  return (field: string) => specLabel(specs, field, t);
}

/**
 * After a conflict: the form starts again from the record as it is now, keeping what the
 * user typed in the fields nobody else changed (the notice showed them the others).
 */
export function reloadAfterConflict(
  store: AtlasStore,
  table: TableName,
  draft: Draft,
  saver: Saver,
): void {
  const current = findRecord(store.getState().dataset, table, String(draft.seen.id));
  if (!current) return;
  const conflicting = new Set(saver.conflicts.map((change) => change.field));
  const keep = Object.keys(draft.evaluation.changes).filter((field) => !conflicting.has(field));
  draft.reload(current, keep);
  saver.clearConflicts();
}

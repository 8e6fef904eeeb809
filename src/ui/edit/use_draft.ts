import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { z } from 'zod';
import type { AnyRecord } from '../../edits/patch';
import type { TableName } from '../../model/dataset';
import {
  draftOf,
  type Evaluation,
  evaluateDraft,
  type FieldSpec,
  type Problem,
} from '../../validate/field_rules';
import { useAtlas } from '../shared/store_context';

/** The state of one record's fields in a form, read as the user types. */
export interface Draft {
  specs: readonly FieldSpec[];
  /** The record as the form opened it: every change is made against it. */
  seen: Record<string, unknown>;
  /** The text of each field. */
  values: Readonly<Record<string, string>>;
  setValue(field: string, text: string): void;
  /** Marks a field as left by the user: its errors show from then on, as they type. */
  leave(field: string): void;
  evaluation: Evaluation;
  /** A field's problems as the user should see them now. */
  visibleProblems(field: string): Problem[];
  /** Starts again from `seen`, keeping the user's text of the fields in `keep`. */
  reload(seen: object, keep: readonly string[]): void;
  /**
   * Shows the record as it is now (changed by the map, another tab) in the fields the user
   * has not changed. The fields they changed keep the value they saw, so saving still finds
   * a conflict there instead of overwriting someone else's change.
   */
  follow(current: object): void;
}

/**
 * A record's fields as a form edits them. Errors show once a field has been left (or the
 * form submitted), then follow every keystroke; warnings and notes show at once. Nothing is
 * written here: the form turns `evaluation.changes` into a patch when the user saves.
 */
export function useDraft({
  specs,
  seen: opened,
  schema,
  creating,
  submitted,
  extra,
}: {
  specs: readonly FieldSpec[];
  seen: object;
  schema: z.ZodType;
  creating: boolean;
  /** True once the user tried to save: every error shows. */
  submitted: boolean;
  extra?: (record: Record<string, unknown>) => Map<string, Problem[]>;
}): Draft {
  const [seen, setSeen] = useState(() => opened as Record<string, unknown>);
  const [initial, setInitial] = useState(() => draftOf(specs, opened));
  const [values, setValues] = useState(initial);
  const [left, setLeft] = useState<ReadonlySet<string>>(() => new Set());

  // Stable, so that effects may set a field (a node clicked in the network) without looping.
  const setValue = useCallback(
    (field: string, text: string) => setValues((previous) => ({ ...previous, [field]: text })),
    [],
  );
  const leave = useCallback(
    (field: string) =>
      setLeft((previous) => (previous.has(field) ? previous : new Set(previous).add(field))),
    [],
  );
  const evaluation = useMemo(
    () => evaluateDraft({ specs, draft: values, initial, seen, schema, creating, extra }),
    [specs, values, initial, seen, schema, creating, extra],
  );

  return {
    specs,
    seen,
    values,
    evaluation,
    setValue,
    leave,
    visibleProblems(field) {
      const problems = evaluation.problems.get(field) ?? [];
      if (submitted || left.has(field)) return problems;
      return problems.filter((problem) => problem.severity !== 'error');
    },
    follow(current) {
      const now = current as Record<string, unknown>;
      const nowText = draftOf(specs, current);
      const untouched = specs
        .map((spec) => spec.name)
        .filter((field) => (values[field] ?? '') === (initial[field] ?? ''));
      if (untouched.every((field) => nowText[field] === initial[field])) return;
      const refreshed = Object.fromEntries(untouched.map((field) => [field, nowText[field] ?? '']));
      setSeen((previous) => ({
        ...previous,
        ...Object.fromEntries(untouched.map((field) => [field, now[field]])),
      }));
      setInitial((previous) => ({ ...previous, ...refreshed }));
      setValues((previous) => ({ ...previous, ...refreshed }));
    },
    reload(next, keep) {
      const nextInitial = draftOf(specs, next);
      const kept = Object.fromEntries(keep.map((field) => [field, values[field] ?? '']));
      setSeen(next as Record<string, unknown>);
      setInitial(nextInitial);
      setValues({ ...nextInitial, ...kept });
    },
  };
}

/** The fields the user changed in a draft (their text differs from the text they opened with). */
export function changedFields(draft: Draft): string[] {
  return Object.keys(draft.evaluation.changes);
}

/**
 * Keeps a form's untouched fields in step with the record in the store (see `follow`):
 * a location placed on the map while its form is open shows its new commune.
 */
export function useFollowRecord(table: TableName, id: string, draft: Draft): void {
  const records = useAtlas((state) => state.dataset[table]) as readonly AnyRecord[];
  const current = useMemo(() => records.find((record) => record.id === id), [records, id]);
  const latest = useRef(draft);
  latest.current = draft;
  useEffect(() => {
    if (current) latest.current.follow(current);
  }, [current]);
}

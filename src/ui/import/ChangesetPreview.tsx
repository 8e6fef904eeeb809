import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conflict } from '../../edits/rebase';
import type { Transaction } from '../../edits/transaction';
import { mergeChangeset, type RejectedRecord } from '../../export/merge_changeset';
import { SaverAuthorField } from '../edit/FormField';
import { useSaver } from '../edit/use_save';
import { useAtlas, useAtlasStore } from '../shared/store_context';
import { ConflictTable } from './ConflictTable';
import { RejectedChanges } from './RejectedChanges';

interface ChangesetPreviewProps {
  transactions: readonly Transaction[];
  /** Called once the changes are in the data, with the message and what was left out. */
  onDone(
    message: string,
    conflicts: readonly Conflict[],
    rejected: readonly RejectedRecord[],
  ): void;
}

function changeCount(transactions: readonly Transaction[]): number {
  return transactions.reduce((sum, transaction) => sum + transaction.changes.length, 0);
}

/**
 * What a changeset would do to the data as it is now, merged and checked as `apply-changes`
 * merges it (mergeChangeset): the changes that apply, the conflicts (a field changed here
 * since its author saw it) and the records refused (values that fit no field, a record that
 * is not one); then, on confirmation, the applicable changes as one 'importChangeset'
 * transaction of the one write path, carrying the user's name (asked for here if it is not
 * known yet).
 */
export function ChangesetPreview({ transactions, onDone }: ChangesetPreviewProps) {
  const { t } = useTranslation('import');
  const store = useAtlasStore();
  const current = useAtlas((state) => state.dataset);
  const saver = useSaver();
  const authorRef = useRef<HTMLDivElement>(null);
  // No files are written in the browser: nothing to read back, so no gazetteer.
  const preview = useMemo(
    () => mergeChangeset(current, transactions, null),
    [current, transactions],
  );
  const applicable = changeCount(preview.applied);
  const apply = () => {
    // Merged on the data as it is at this moment, so it is exactly what is checked.
    const merged = mergeChangeset(store.getState().dataset, transactions, null);
    const patch = merged.applied.flatMap((transaction) => transaction.changes);
    const outcome = saver.save(true, () => patch, 'importChangeset');
    if (outcome === 'invalid') {
      authorRef.current?.querySelector('input')?.focus();
    } else if (outcome === 'saved') {
      onDone(
        t('changesetApplied', {
          count: patch.length,
          conflicts: merged.conflicts.length,
          refused: merged.rejected.length,
        }),
        merged.conflicts,
        merged.rejected,
      );
    } else {
      onDone(
        t(outcome === 'nothing' ? 'changesetNothing' : 'dataMoved'),
        merged.conflicts,
        merged.rejected,
      );
    }
  };
  return (
    <div className="import-changeset">
      <p className="import-counts">
        {t('changesetSummary', {
          applied: applicable,
          conflicts: preview.conflicts.length,
          refused: preview.rejected.length,
        })}
      </p>
      {applicable === 0 && <p>{t('changesetNothing')}</p>}
      {preview.conflicts.length > 0 && <ConflictTable conflicts={preview.conflicts} />}
      {preview.rejected.length > 0 && <RejectedChanges rejected={preview.rejected} />}
      <div ref={authorRef}>
        <SaverAuthorField saver={saver} />
      </div>
      <button type="button" className="import-primary" disabled={applicable === 0} onClick={apply}>
        {t('applyChangeset')}
      </button>
    </div>
  );
}

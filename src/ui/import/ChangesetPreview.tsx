import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type Conflict, rebase } from '../../edits/rebase';
import type { Transaction } from '../../edits/transaction';
import { SaverAuthorField } from '../edit/FormField';
import { useSaver } from '../edit/use_save';
import { useAtlas, useAtlasStore } from '../shared/store_context';
import { ConflictTable } from './ConflictTable';

interface ChangesetPreviewProps {
  transactions: readonly Transaction[];
  /** Called once the changes are in the data, with the message and the conflicts left out. */
  onDone(message: string, conflicts: readonly Conflict[]): void;
}

function changeCount(transactions: readonly Transaction[]): number {
  return transactions.reduce((sum, transaction) => sum + transaction.changes.length, 0);
}

/**
 * What a changeset would do to the data as it is now: the changes that apply and the
 * conflicts (a field changed here since its author saw it), then, on confirmation, the
 * applicable changes as one 'importChangeset' transaction of the one write path, carrying
 * the user's name (asked for here if it is not known yet).
 */
export function ChangesetPreview({ transactions, onDone }: ChangesetPreviewProps) {
  const { t } = useTranslation('import');
  const store = useAtlasStore();
  const current = useAtlas((state) => state.dataset);
  const saver = useSaver();
  const authorRef = useRef<HTMLDivElement>(null);
  const preview = useMemo(() => rebase(current, transactions), [current, transactions]);
  const applicable = changeCount(preview.applied);
  const apply = () => {
    // Replayed on the data as it is at this moment, so it is exactly what is checked.
    const rebased = rebase(store.getState().dataset, transactions);
    const patch = rebased.applied.flatMap((transaction) => transaction.changes);
    const outcome = saver.save(true, () => patch, 'importChangeset');
    if (outcome === 'invalid') {
      authorRef.current?.querySelector('input')?.focus();
    } else if (outcome === 'saved') {
      onDone(
        t('changesetApplied', { count: patch.length, conflicts: rebased.conflicts.length }),
        rebased.conflicts,
      );
    } else {
      onDone(t(outcome === 'nothing' ? 'changesetNothing' : 'dataMoved'), rebased.conflicts);
    }
  };
  return (
    <div className="import-changeset">
      <p className="import-counts">
        {t('changesetSummary', { applied: applicable, conflicts: preview.conflicts.length })}
      </p>
      {applicable === 0 && <p>{t('changesetNothing')}</p>}
      {preview.conflicts.length > 0 && <ConflictTable conflicts={preview.conflicts} />}
      <div ref={authorRef}>
        <SaverAuthorField saver={saver} />
      </div>
      <button type="button" className="import-primary" disabled={applicable === 0} onClick={apply}>
        {t('applyChangeset')}
      </button>
    </div>
  );
}

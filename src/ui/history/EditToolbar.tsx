import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type TransactResult, unexportedCount } from '../../store/editing';
import { useAtlas, useAtlasStore } from '../shared/store_context';
import { SaveStatus } from './SaveStatus';
import './history.css';

/** True when the key event comes from a text field, whose own undo must keep working. */
function typingInField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** Why an undo or redo was refused, for the user; empty when it went through. */
function refusalMessage(result: TransactResult, t: TFunction): string {
  return !result.ok && result.reason === 'conflict'
    ? t('history:refusedConflict', { count: result.conflicts.length })
    : '';
}

/**
 * Undo and redo (buttons, Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y), where the change log stands on
 * disk, and how many changes have not been exported yet.
 */
export function EditToolbar() {
  const { t } = useTranslation('history');
  const store = useAtlasStore();
  const lastDone = useAtlas((state) => state.history.done.at(-1));
  const lastUndone = useAtlas((state) => state.history.undone.at(-1));
  const unexported = useAtlas(unexportedCount);
  const [refusal, setRefusal] = useState('');

  useEffect(() => {
    const report = (result: TransactResult) => setRefusal(refusalMessage(result, t));
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || typingInField(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        report(store.getState().undo());
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        report(store.getState().redo());
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, t]);

  const action = (label: string | undefined) =>
    label ? t(`label.${label}`, { defaultValue: label }) : '';
  return (
    <div className="edit-toolbar">
      <button
        type="button"
        onClick={() => setRefusal(refusalMessage(store.getState().undo(), t))}
        disabled={!lastDone}
        title={lastDone ? t('undoTitle', { action: action(lastDone.label) }) : t('nothingToUndo')}
      >
        {t('undo')}
      </button>
      <button
        type="button"
        onClick={() => setRefusal(refusalMessage(store.getState().redo(), t))}
        disabled={!lastUndone}
        title={
          lastUndone ? t('redoTitle', { action: action(lastUndone.label) }) : t('nothingToRedo')
        }
      >
        {t('redo')}
      </button>
      {unexported > 0 && (
        <span className="unexported" title={t('unexportedTitle')}>
          {t('unexported', { count: unexported })}
        </span>
      )}
      <SaveStatus />
      {refusal && (
        <span className="save-status save-problem" role="alert">
          {refusal}
        </span>
      )}
      <LeaveWarning />
    </div>
  );
}

/**
 * Asks before the page is left while something could really be lost: a change not yet on
 * disk, or changes neither stored nor exported.
 */
function LeaveWarning() {
  const atRisk = useAtlas(
    (state) =>
      state.save.status === 'saving' ||
      ((state.save.status === 'failed' || state.save.status === 'blocked') &&
        unexportedCount(state) > 0),
  );
  useEffect(() => {
    if (!atRisk) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [atRisk]);
  return null;
}

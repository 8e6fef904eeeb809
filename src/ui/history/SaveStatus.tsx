import type { TFunction } from 'i18next';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveState } from '../../store/editing';
import { useAtlas, useAtlasStore } from '../shared/store_context';
import './history.css';

/** What the save status says, in words: the reason (a message key) named in it. */
function saveText(status: SaveState['status'], reason: string, t: TFunction): string {
  switch (status) {
    case 'saving':
      return t('saveSaving');
    case 'saved':
      return t('saveSaved');
    case 'failed':
      return t('saveFailed', { reason: t(reason || 'storageFailed') });
    case 'blocked':
      return t('saveBlocked', { reason: t(reason || 'storageBlocked') });
    case 'unavailable':
      return t('saveReadOnly', { reason: t(reason || 'storageUnavailable') });
    default:
      return t('saveIdle');
  }
}

/**
 * Where the change log stands on disk, with the real cause of a failure and, where trying
 * again can help (storage full, for one), a button to; it alone redraws as each edit is
 * saved. Shown in the toolbar, and in the import dialog once an import is in the data.
 */
export const SaveStatus = memo(function SaveStatus() {
  const { t } = useTranslation('history');
  const store = useAtlasStore();
  const { status, message: reason } = useAtlas((state) => state.save);
  const problem = status === 'failed' || status === 'blocked' || status === 'unavailable';
  const retry = status === 'failed' && reason !== 'storageReplaced';
  return (
    <>
      <span
        className={problem ? 'save-status save-problem' : 'save-status'}
        role={problem ? 'alert' : 'status'}
        data-status={status}
        title={status === 'saved' ? t('saveSavedHelp') : undefined}
      >
        {saveText(status, reason, t)}
      </span>
      {retry && (
        <button type="button" onClick={() => store.getState().retrySave()}>
          {t('saveRetry')}
        </button>
      )}
    </>
  );
});

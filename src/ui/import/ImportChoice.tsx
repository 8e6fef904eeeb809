import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  IMPORT_LABELS,
  type ImportMode,
  importCounts,
  importPatch,
} from '../../import/import_patch';
import type { Dataset } from '../../model/dataset';
import { useAtlas, useAtlasStore } from '../../store/store_context';

const MODES: readonly ImportMode[] = ['add', 'replace'];

interface ImportChoiceProps {
  /** The accepted records of the import. */
  imported: Dataset;
  /** Called with the message to show once the import is in the data (or was refused). */
  onDone(message: string, ok: boolean): void;
}

/**
 * Add to the current data or replace it, with what each would do (records created,
 * changed, deleted), then the import as one transaction of the one write path: one undo
 * takes it all back.
 */
export function ImportChoice({ imported, onDone }: ImportChoiceProps) {
  const { t } = useTranslation('import');
  const store = useAtlasStore();
  const current = useAtlas((state) => state.dataset);
  const [mode, setMode] = useState<ImportMode>('add');
  const counts = useMemo(() => importCounts(current, imported, mode), [current, imported, mode]);
  const empty = counts.created + counts.updated + counts.deleted === 0;
  const nothingAccepted = Object.values(imported).every((records) => records.length === 0);
  const commit = () => {
    // Built again from the data as it is now, so nothing typed meanwhile is overwritten.
    const now = store.getState().dataset;
    const done = importCounts(now, imported, mode);
    const result = store.getState().transact(importPatch(now, imported, mode), IMPORT_LABELS[mode]);
    if (result.ok) onDone(t('imported', { ...done }), true);
    else onDone(t(result.reason === 'nothing' ? 'nothingChanges' : 'dataMoved'), false);
  };
  return (
    <div className="import-choice">
      <fieldset>
        <legend>{t('modeLegend')}</legend>
        {MODES.map((option) => (
          <label key={option} className="import-mode">
            <input
              type="radio"
              name="import-mode"
              value={option}
              checked={mode === option}
              onChange={() => setMode(option)}
            />
            <span>
              {option === 'add' ? t('modeAdd') : t('modeReplace')}
              <span className="import-hint">
                {option === 'add' ? t('modeAddHint') : t('modeReplaceHint')}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <p className="import-counts">
        {nothingAccepted
          ? t('nothingAccepted')
          : empty
            ? t('nothingChanges')
            : t('patchSummary', { ...counts })}
      </p>
      <button
        type="button"
        className="import-primary"
        disabled={empty || nothingAccepted}
        onClick={commit}
      >
        {t('importAction')}
      </button>
    </div>
  );
}

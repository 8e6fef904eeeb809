import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  IMPORT_LABELS,
  type ImportCounts,
  type ImportMode,
  importCountSteps,
  importPatch,
  patchCounts,
} from '../../edits/import_patch';
import { withImportSource } from '../../edits/import_source';
import { runInSlices } from '../../lib/slices';
import type { Dataset } from '../../model/dataset';
import { today } from '../../validate/field_rules';
import { SaverAuthorField } from '../edit/FormField';
import { useSaver } from '../edit/use_save';
import { afterNextPaint } from '../shared/after_next_paint';
import { useAtlas, useAtlasStore } from '../shared/store_context';
import { TechnicalDetail } from '../shared/TechnicalDetail';
import { PartnerReview } from './PartnerReview';

/** Add, replace, or review the file as a partner's return, field by field. */
type Mode = ImportMode | 'review';
const MODES: readonly Mode[] = ['add', 'replace', 'review'];
const MODE_TEXTS: Record<Mode, [string, string]> = {
  add: ['modeAdd', 'modeAddHint'],
  replace: ['modeReplace', 'modeReplaceHint'],
  review: ['modeReview', 'modeReviewHint'],
};

interface ImportChoiceProps {
  /** The accepted records of the import. */
  imported: Dataset;
  /** The file (or folder) they come from: the source of the records it gives none for. */
  file: string;
  /** The flat columns the file has (for a review: a field without a column is left alone). */
  columns: readonly string[];
  /** Called with the message to show once the import is in the data (or was refused). */
  onDone(message: string, ok: boolean): void;
}

/**
 * Add to the current data or replace it, with what each would do (records created,
 * changed, deleted), then the import as one transaction of the one write path: one undo
 * takes it all back. Like every change, it carries the user's name, asked for here if it is
 * not known yet; a record the file gives no source for gets the import as its source (the
 * file, the day, the user: see edits/import_source.ts).
 */
export function ImportChoice({ imported, file, columns, onDone }: ImportChoiceProps) {
  const { t } = useTranslation('import');
  const store = useAtlasStore();
  const current = useAtlas((state) => state.dataset);
  const saver = useSaver();
  const authorRef = useRef<HTMLDivElement>(null);
  const [mode, setMode] = useState<Mode>('add');
  const patchMode: ImportMode = mode === 'replace' ? 'replace' : 'add';
  const counted = useImportCounts(current, imported, file, patchMode);
  const counts = counted !== null && 'failed' in counted ? null : counted;
  const empty = counts !== null && counts.created + counts.updated + counts.deleted === 0;
  // Set while a large import is applied: the page is busy until it is in the data.
  const [applying, setApplying] = useState(false);
  // Aborted once the choice is gone (the dialog closed): an import waiting to apply is dropped.
  const lifetime = useRef(new AbortController());
  useEffect(() => {
    const mounted = new AbortController();
    lifetime.current = mounted;
    return () => mounted.abort();
  }, []);
  const failed = counted !== null && 'failed' in counted ? counted.failed : null;
  const nothingAccepted = Object.values(imported).every((records) => records.length === 0);
  const commit = () => {
    // Built again from the data as it is now, so nothing typed meanwhile is overwritten.
    const now = store.getState().dataset;
    const author = saver.authorNeeded ? saver.author.trim() : store.getState().author;
    const sourced = withImportSource(now, imported, { file, date: today(), author });
    let done: ImportCounts = { created: 0, updated: 0, deleted: 0 };
    const outcome = saver.save(
      true,
      () => {
        const patch = importPatch(now, sourced, patchMode);
        done = patchCounts(patch);
        return patch;
      },
      IMPORT_LABELS[patchMode],
    );
    if (outcome === 'invalid') authorRef.current?.querySelector('input')?.focus();
    else if (outcome === 'saved') onDone(t('imported', { ...done }), true);
    else onDone(t(outcome === 'nothing' ? 'nothingChanges' : 'dataMoved'), false);
  };
  // Applied once "importing" is on screen: 100,000 rows keep the page busy for seconds.
  const importNow = () => {
    if (saver.authorProblems.length > 0) {
      commit();
      return;
    }
    setApplying(true);
    afterNextPaint(() => {
      setApplying(false);
      commit();
    }, lifetime.current.signal);
  };
  return (
    <div className="import-choice">
      {/* Nothing changes while the import is applied: it runs with what was chosen. */}
      <fieldset disabled={applying}>
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
              {t(MODE_TEXTS[option][0])}
              <span className="import-hint">{t(MODE_TEXTS[option][1])}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {mode === 'review' ? (
        <PartnerReview returned={imported} file={file} columns={columns} onDone={onDone} />
      ) : (
        <>
          <p className="import-counts" aria-live="polite">
            {nothingAccepted
              ? t('nothingAccepted')
              : failed !== null
                ? t('countFailed')
                : applying
                  ? t('applying')
                  : counts === null
                    ? t('counting')
                    : empty
                      ? t('nothingChanges')
                      : t('patchSummary', { ...counts })}
          </p>
          {failed !== null && <TechnicalDetail detail={failed} />}
          <div ref={authorRef} inert={applying}>
            <SaverAuthorField saver={saver} />
          </div>
          <button
            type="button"
            className="import-primary"
            disabled={counts === null || empty || nothingAccepted || applying}
            onClick={importNow}
          >
            {t('importAction')}
          </button>
        </>
      )}
    </div>
  );
}

/**
 * What the import would do to the data, counted a few milliseconds at a time (an import of
 * 100,000 rows takes longer than the page may stop drawing); null while it is counted,
 * `failed` (the exception's text) when counting threw: the import, built by the same code,
 * is not offered.
 */
function useImportCounts(
  current: Dataset,
  imported: Dataset,
  file: string,
  mode: ImportMode,
): ImportCounts | null | { failed: string } {
  const [counts, setCounts] = useState<ImportCounts | null | { failed: string }>(null);
  useEffect(() => {
    const stop = new AbortController();
    setCounts(null);
    const origin = { file, date: today(), author: '' };
    runInSlices(importCountSteps(current, imported, mode, origin), stop.signal).then(
      setCounts,
      (error: unknown) => {
        console.error('Counting the import failed:', error);
        setCounts({ failed: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => stop.abort();
  }, [current, imported, file, mode]);
  return counts;
}

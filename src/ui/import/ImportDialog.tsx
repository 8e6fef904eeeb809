import {
  type KeyboardEvent,
  type ReactNode,
  type SyntheticEvent,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { Conflict } from '../../edits/rebase';
import type { ParsedChangeset } from '../../edits/transaction';
import type { RejectedRecord } from '../../export/merge_changeset';
import type { WorkbookChoice } from '../../formats/workbook_input';
import { changesetErrorSentence } from '../../i18n/change_problem_text';
import type { Dataset } from '../../model/dataset';
import type { ImportReport } from '../../model/report';
import type { RowFix } from '../../workers/apply_fixes';
import { createImportClient, ImportCancelled, WorkerStopped } from '../../workers/import_client';
import type { SourceFile } from '../../workers/import_protocol';
import { SaveStatus } from '../history/SaveStatus';
import { useAtlasStore } from '../shared/store_context';
import { TechnicalDetail } from '../shared/TechnicalDetail';
import { ChangesetPreview } from './ChangesetPreview';
import { ConflictTable } from './ConflictTable';
import { FilePicker } from './FilePicker';
import { ImportResult } from './ImportResult';
import { RejectedChanges } from './RejectedChanges';
import { rowKey } from './RejectedRows';
import '../shared/common.css';
import './import.css';

/** Where the dialog is: nothing in the store changes before `done`. */
type Stage =
  | { step: 'choose' }
  | { step: 'reading'; file: string; fraction: number | null; back: Stage }
  | {
      step: 'data';
      report: ImportReport;
      dataset: Dataset;
      joined: number | null;
      workbook?: WorkbookChoice;
    }
  | { step: 'changeset'; file: string; parsed: ParsedChangeset }
  | {
      step: 'done';
      message: string;
      ok: boolean;
      conflicts: readonly Conflict[];
      rejected: readonly RejectedRecord[];
    }
  | { step: 'failed'; message: string; detail: string | null };

/** A name for what is read: the file, or the folder the files share. */
function labelOf(files: readonly SourceFile[]): string {
  const paths = files.map((file) => file.path);
  const top = paths[0]?.split('/')[0] ?? '';
  if (paths.length > 1 && top && paths.every((path) => path.startsWith(`${top}/`))) return top;
  return paths.join(', ');
}

/** Rows rejected before a re-validation, fixed by the user, and no longer rejected after. */
function joinedCount(
  before: readonly string[],
  fixes: ReadonlyMap<string, RowFix>,
  after: ImportReport,
): number {
  const still = new Set(after.rejected_rows.map(rowKey));
  return before.filter((key) => fixes.has(key) && !still.has(key)).length;
}

/**
 * The import dialog: files in (drop, file or folder picker), read and validated in a
 * worker with a progress bar, the report with the rejected rows to fix in place, then add
 * or replace (or, for a changeset, apply it and see its conflicts). Cancel or close at any
 * point leaves the data as it was.
 */
export function ImportDialog({ onClose }: { onClose(): void }) {
  const { t, i18n } = useTranslation('import');
  const store = useAtlasStore();
  const [client] = useState(() => createImportClient(() => store.getState().gazetteer));
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [files, setFiles] = useState<SourceFile[]>([]);
  const [fixes, setFixes] = useState<ReadonlyMap<string, RowFix>>(new Map());
  const [changed, setChanged] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => () => client.dispose(), [client]);
  // Modal: the page behind takes no focus or clicks while the dialog is open. Opened as it
  // is first shown, before the first step takes the focus (below).
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (typeof element.showModal === 'function') {
      if (!element.open) element.showModal();
    } else {
      element.setAttribute('open', '');
    }
    return () => {
      if (typeof element.close === 'function' && element.open) element.close();
    };
  }, []);
  // Each new step starts reading from the top of the dialog: focused as the step is shown
  // (a layout effect), so that it never takes the focus from a field the user went to since.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on a change of step only
  useLayoutEffect(() => {
    dialog.current?.focus();
  }, [stage.step]);

  const read = async (
    sources: SourceFile[],
    withFixes: ReadonlyMap<string, RowFix>,
    back: Stage,
    sheet?: string,
  ) => {
    const before = back.step === 'data' ? back.report.rejected_rows.map(rowKey) : null;
    setStage({ step: 'reading', file: labelOf(sources), fraction: null, back });
    try {
      const outcome = await client.read(
        sources,
        [...withFixes.values()],
        (fraction) => setStage((now) => (now.step === 'reading' ? { ...now, fraction } : now)),
        sheet,
      );
      if (outcome.kind === 'changeset') {
        setStage({ step: 'changeset', file: outcome.file, parsed: outcome.parsed });
        return;
      }
      setStage({
        step: 'data',
        report: outcome.report,
        dataset: outcome.dataset,
        joined: before ? joinedCount(before, withFixes, outcome.report) : null,
        ...(outcome.workbook ? { workbook: outcome.workbook } : {}),
      });
    } catch (error) {
      if (error instanceof ImportCancelled) return;
      setStage({
        step: 'failed',
        message: error instanceof WorkerStopped ? t('workerStopped') : t('failed'),
        detail:
          error instanceof WorkerStopped
            ? null
            : error instanceof Error
              ? error.message
              : String(error),
      });
    }
  };

  const start = (sources: SourceFile[]) => {
    setFiles(sources);
    setFixes(new Map());
    setChanged(false);
    void read(sources, new Map(), { step: 'choose' });
  };
  const cancelReading = () => {
    if (stage.step !== 'reading') return;
    client.cancel();
    setStage(stage.back);
    if (stage.back.step === 'data' && fixes.size > 0) setChanged(true);
  };
  const close = () => {
    client.cancel();
    onClose();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  };
  const onCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    event.preventDefault();
    close();
  };

  let body: ReactNode;
  switch (stage.step) {
    case 'choose':
      body = <FilePicker onFiles={start} />;
      break;
    case 'reading':
      body = (
        <div className="import-reading">
          <p id="import-reading-label">{t('reading', { file: stage.file })}</p>
          <progress
            max={1}
            value={stage.fraction ?? undefined}
            aria-labelledby="import-reading-label"
          />
          {stage.fraction !== null && (
            <span className="import-percent">{Math.round(stage.fraction * 100)} %</span>
          )}
        </div>
      );
      break;
    case 'data':
      body = (
        <ImportResult
          workbook={stage.workbook}
          onSheet={(sheet) => {
            // Another sheet is another table: the rows fixed in this one do not apply.
            setFixes(new Map());
            setChanged(false);
            void read(files, new Map(), stage, sheet);
          }}
          report={stage.report}
          dataset={stage.dataset}
          joined={stage.joined}
          fixes={fixes}
          changed={changed}
          onFix={(fix) => {
            setFixes((now) => new Map(now).set(rowKey(fix), fix));
            setChanged(true);
          }}
          onRevalidate={() => {
            setChanged(false);
            void read(files, fixes, stage, stage.workbook?.sheet);
          }}
          onDone={(message, ok) =>
            setStage({ step: 'done', message, ok, conflicts: [], rejected: [] })
          }
        />
      );
      break;
    case 'changeset':
      body = (
        <div>
          <h3>{t('changesetTitle', { file: stage.file })}</h3>
          {stage.parsed.ok ? (
            <ChangesetPreview
              transactions={stage.parsed.transactions}
              onDone={(message, conflicts, rejected) =>
                setStage({ step: 'done', message, ok: true, conflicts, rejected })
              }
            />
          ) : (
            <div role="alert" className="import-errors">
              <p>{t('changesetErrors')}</p>
              <ul>
                {stage.parsed.errors.map((error, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the errors of one file, never reordered
                  <li key={index}>{changesetErrorSentence(error, i18n)}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      );
      break;
    case 'done':
      body = (
        <div>
          <p role="status" className={stage.ok ? 'import-done' : 'import-refused'}>
            {stage.message}
          </p>
          {/* In the data is not yet on disk: whether it is, and why not, as it happens. */}
          {stage.ok && (
            <p className="import-save">
              <SaveStatus />
            </p>
          )}
          {stage.conflicts.length > 0 && <ConflictTable conflicts={stage.conflicts} />}
          {stage.rejected.length > 0 && <RejectedChanges rejected={stage.rejected} />}
        </div>
      );
      break;
    case 'failed':
      body = (
        <div>
          <p role="alert" className="import-refused">
            {stage.message}
          </p>
          {stage.detail && <TechnicalDetail detail={stage.detail} />}
          <FilePicker onFiles={start} />
        </div>
      );
      break;
  }

  return (
    <dialog
      ref={dialog}
      className="import-dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onCancel={onCancel}
    >
      <div className="import-dialog-header">
        <h2 id={titleId}>{t('title')}</h2>
      </div>
      <div className="import-dialog-body">
        {stage.step === 'choose' && <p className="import-intro">{t('intro')}</p>}
        {body}
      </div>
      <div className="import-dialog-footer">
        {stage.step === 'reading' ? (
          <button type="button" onClick={cancelReading}>
            {t('cancel')}
          </button>
        ) : (
          <>
            {stage.step !== 'choose' && stage.step !== 'failed' && (
              <button type="button" onClick={() => setStage({ step: 'choose' })}>
                {t('another')}
              </button>
            )}
            <button type="button" onClick={close}>
              {stage.step === 'done' ? t('close') : t('cancel')}
            </button>
          </>
        )}
      </div>
    </dialog>
  );
}

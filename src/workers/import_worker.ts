/**
 * The import worker: reads dropped files (any format of the data core, or a changeset),
 * writes back the rows the user fixed and validates everything off the page's thread, so
 * a 100,000-row file never freezes it. See import_protocol.ts for the messages.
 */
import type { ImportReply, ImportRequest } from './import_protocol';
import { type OutcomeSlice, sliceOutcome } from './outcome_slices';
import { type ImportOutcome, openImport, readImport } from './read_import';
import { inputFilesOf, thinProgress, tooLarge } from './source_files';
import { workerGazetteer } from './worker_gazetteer';

interface WorkerScope {
  postMessage(message: ImportReply): void;
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
}

const scope = self as unknown as WorkerScope;

/** The read whose parse is running: set and cleared within one synchronous task. */
let parsing: number | null = null;

/**
 * The slices of the latest read the page has not taken yet: it asks for each in turn
 * (`next`), so that the records reach its heap no faster than it takes them in.
 */
let queued: { id: number; slices: OutcomeSlice[]; rest: ImportOutcome; next: number } | null = null;

function sendNext(id: number): void {
  if (!queued || queued.id !== id) return;
  const slice = queued.slices[queued.next];
  queued.next += 1;
  if (slice) {
    scope.postMessage({ type: 'slice', id, ...slice });
    return;
  }
  scope.postMessage({ type: 'done', id, outcome: queued.rest });
  queued = null;
}

async function handle(request: ImportRequest & { type: 'read' }): Promise<void> {
  const { id } = request;
  queued = null;
  try {
    const refused = tooLarge(request.files);
    if (refused) {
      scope.postMessage({ type: 'done', id, outcome: refused });
      return;
    }
    const [files, gazetteer] = await Promise.all([inputFilesOf(request.files), workerGazetteer()]);
    // A workbook is opened first, in tasks of its own (the worker answers pings between them).
    const opened = await openImport(files, request.fixes, request.sheet);
    const progress = thinProgress((fraction) =>
      scope.postMessage({ type: 'progress', id, fraction }),
    );
    parsing = id;
    const { slices, rest } = sliceOutcome(
      readImport(opened.files, opened.fixes, gazetteer, progress, opened.workbook),
    );
    parsing = null;
    queued = { id, slices, rest, next: 0 };
    sendNext(id);
  } catch (error) {
    parsing = null;
    scope.postMessage({
      type: 'failed',
      id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'read') void handle(request);
  else if (request.type === 'next') sendNext(request.id);
  else if (request.type === 'ping') scope.postMessage({ type: 'pong', parsing });
};

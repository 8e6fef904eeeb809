/**
 * The import worker: reads dropped files (any format of the data core, or a changeset),
 * writes back the rows the user fixed and validates everything off the page's thread, so
 * a 100,000-row file never freezes it. See import_protocol.ts for the messages.
 */
import type { ImportReply, ImportRequest } from './import_protocol';
import { SliceQueue, sliceOutcome } from './outcome_slices';
import { openImport, readImport } from './read_import';
import { inputFilesOf, thinProgress, tooLarge } from './source_files';
import { workerGazetteer } from './worker_gazetteer';

interface WorkerScope {
  postMessage(message: ImportReply): void;
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
}

const scope = self as unknown as WorkerScope;

/**
 * The read whose parse, or the sending of one of its slices, is running: set and cleared
 * within one synchronous task.
 */
let parsing: number | null = null;

/**
 * What the latest read's outcome still has to send: the page asks for each slice in turn
 * (`next`), so that the records reach its heap no faster than it takes them in.
 */
let queued: SliceQueue | null = null;

/** Sends the next message of read `id`'s outcome (a slice, or the rest: `done`). */
function sendNext(id: number): void {
  if (!queued || queued.id !== id) return;
  // Ended while it sends (out of memory), the read says so to the pings: see `pong`.
  parsing = id;
  const next = queued.take();
  if (next && 'slice' in next) scope.postMessage({ type: 'slice', id, ...next.slice });
  else {
    queued = null;
    if (next) scope.postMessage({ type: 'done', id, outcome: next.rest });
  }
  parsing = null;
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
    queued = new SliceQueue(
      id,
      sliceOutcome(readImport(opened.files, opened.fixes, gazetteer, progress, opened.workbook)),
    );
    sendNext(id);
  } catch (error) {
    parsing = null;
    queued = null;
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

import type { Gazetteer } from '../places/types';
import type { RowFix } from './apply_fixes';
import type { ImportReply, ImportRequest, SourceFile } from './import_protocol';
import { OutcomeAssembler } from './outcome_slices';
import type { ImportOutcome } from './read_import';

/** Thrown (as a rejection) by `read` when the user cancelled it. */
export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
    this.name = 'ImportCancelled';
  }
}

/**
 * Thrown (as a rejection) by `read` when the worker stopped before answering: it crashed,
 * or its reading was ended in the middle (out of memory, ended by the browser).
 */
export class WorkerStopped extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'WorkerStopped';
  }
}

/** How often the page asks a reading worker whether it still reads. */
const PING_MS = 2000;

/**
 * Reads imports for the page. One read at a time: a new read or `cancel` abandons the one
 * running (in the worker, by ending the worker, which stops even a long parse at once).
 */
export interface ImportClient {
  read(
    files: readonly SourceFile[],
    fixes: readonly RowFix[],
    onProgress: (fraction: number) => void,
    sheet?: string,
  ): Promise<ImportOutcome>;
  cancel(): void;
  dispose(): void;
}

interface Pending {
  id: number;
  resolve(outcome: ImportOutcome): void;
  reject(error: Error): void;
  onProgress(fraction: number): void;
  slices: OutcomeAssembler;
}

/** The import in a Web Worker: the page stays responsive while a large file is read. */
export function workerImportClient(): ImportClient {
  let worker: Worker | null = null;
  let pending: Pending | null = null;
  let requests = 0;

  let pinging: ReturnType<typeof setInterval> | null = null;
  const stopPinging = () => {
    if (pinging !== null) clearInterval(pinging);
    pinging = null;
  };
  /** Ends the worker and the pending read with `error` (the worker is started afresh next time). */
  const fail = (error: Error) => {
    const failed = pending;
    pending = null;
    stopPinging();
    worker?.terminate();
    worker = null;
    failed?.reject(error);
  };
  const answer = (event: MessageEvent<ImportReply>) => {
    const reply = event.data;
    if (reply.type === 'pong') {
      if (pending && reply.parsing === pending.id) {
        fail(new WorkerStopped('the reading was ended before it finished'));
      }
      return;
    }
    if (!pending || reply.id !== pending.id) return;
    if (reply.type === 'progress') {
      pending.onProgress(reply.fraction);
      return;
    }
    if (reply.type === 'slice') {
      pending.slices.add(reply);
      worker?.postMessage({ type: 'next', id: reply.id } satisfies ImportRequest);
      return;
    }
    const { resolve, reject, slices } = pending;
    pending = null;
    stopPinging();
    if (reply.type === 'done') resolve(slices.finish(reply.outcome));
    else reject(new Error(reply.message));
  };
  const start = (): Worker => {
    if (worker) return worker;
    worker = new Worker(new URL('./import_worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = answer;
    worker.onerror = (event) => {
      event.preventDefault();
      fail(new WorkerStopped(event.message || 'the import worker crashed'));
    };
    return worker;
  };
  const stop = () => {
    const abandoned = pending;
    pending = null;
    stopPinging();
    if (abandoned) {
      // The worker may be deep in a parse: ending it is the only way to stop at once.
      worker?.terminate();
      worker = null;
      abandoned.reject(new ImportCancelled());
    }
  };

  return {
    read(files, fixes, onProgress, sheet) {
      stop();
      const id = ++requests;
      return new Promise<ImportOutcome>((resolve, reject) => {
        pending = { id, resolve, reject, onProgress, slices: new OutcomeAssembler() };
        const request: ImportRequest = {
          type: 'read',
          id,
          files: [...files],
          fixes: [...fixes],
          ...(sheet === undefined ? {} : { sheet }),
        };
        const reader = start();
        reader.postMessage(request);
        // A worker whose reading was ended answers pings, but never the read: see `pong`.
        pinging = setInterval(
          () => reader.postMessage({ type: 'ping' } satisfies ImportRequest),
          PING_MS,
        );
      });
    },
    cancel: stop,
    dispose() {
      stop();
      worker?.terminate();
      worker = null;
    },
  };
}

/**
 * The import on the page itself, for where there is no Worker (the component tests): the
 * same reading code, loaded when first needed, with the page's gazetteer.
 */
export function inlineImportClient(gazetteer: () => Gazetteer | null): ImportClient {
  let generation = 0;
  return {
    async read(files, fixes, onProgress, sheet) {
      const mine = ++generation;
      const [{ openImport, readImport }, { inputFilesOf, tooLarge }] = await Promise.all([
        import('./read_import'),
        import('./source_files'),
      ]);
      const places = gazetteer();
      if (!places) throw new Error('the reference data is not loaded yet');
      const refused = tooLarge(files);
      if (refused) return refused;
      const opened = await openImport(await inputFilesOf(files), fixes, sheet);
      if (mine !== generation) throw new ImportCancelled();
      const outcome = readImport(opened.files, opened.fixes, places, onProgress, opened.workbook);
      if (mine !== generation) throw new ImportCancelled();
      return outcome;
    },
    cancel() {
      generation += 1;
    },
    dispose() {
      generation += 1;
    },
  };
}

/** The worker client where the browser has Workers, else the inline one. */
export function createImportClient(gazetteer: () => Gazetteer | null): ImportClient {
  return typeof Worker === 'function' ? workerImportClient() : inlineImportClient(gazetteer);
}

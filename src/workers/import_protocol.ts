import type { RowFix } from './apply_fixes';
import type { OutcomeSlice } from './outcome_slices';
import type { ImportOutcome } from './read_import';

/**
 * The messages between the page and the import worker. A read of a workbook names the sheet
 * to read (none: the worker chooses, and its answer lists the sheets offered). The page sends the files as they
 * came (Blobs are passed by reference, their bytes read in the worker) and the rows the
 * user fixed; the worker answers with small progress messages, then with the outcome: its
 * long lists in slices (see outcome_slices.ts), each sent once the page asks for the next
 * (`next`), then the rest of it.
 * `id` ties the answers to their request, so a late answer to a cancelled one is ignored.
 */

/** A file to import: its path (inside a dropped folder, else its name) and its content. */
export interface SourceFile {
  path: string;
  file: Blob;
}

export type ImportRequest =
  | { type: 'read'; id: number; files: SourceFile[]; fixes: RowFix[]; sheet?: string }
  /** The next slice of the read's outcome, once the page has taken the one before. */
  | { type: 'next'; id: number }
  /** Is the worker still reading? (asked while a read is pending; see `pong`). */
  | { type: 'ping' };

export type ImportReply =
  | { type: 'progress'; id: number; fraction: number }
  | ({ type: 'slice'; id: number } & OutcomeSlice)
  | { type: 'done'; id: number; outcome: ImportOutcome }
  | { type: 'failed'; id: number; message: string }
  /**
   * The answer to a ping, given between tasks: `parsing` is the read whose parse (one
   * synchronous task, from the first row to the outcome cut into slices, or the sending of one
   * slice) had begun and not ended.
   * A worker can answer only when no task runs, so a read still `parsing` then was
   * stopped in the middle (its execution terminated): it will never answer.
   */
  | { type: 'pong'; parsing: number | null };

import type { DuplicateInput, DuplicatePair } from '../analysis/duplicates/find_duplicates';

/**
 * The messages between the page and the duplicates finder's worker: the page sends what
 * the finder reads of the dataset (`find`), the worker answers with the pairs, or why it
 * could not.
 */
export type DuplicatesRequest = { type: 'find'; id: number; input: DuplicateInput };

export type DuplicatesReply =
  | { type: 'pairs'; id: number; pairs: DuplicatePair[] }
  | { type: 'failed'; id: number; message: string };

/**
 * The duplicates finder's worker: finds the likely duplicates of the data it is sent, off
 * the page's thread (see duplicates_protocol.ts).
 */
import { findDuplicates } from '../analysis/duplicates/find_duplicates';
import type { DuplicatesReply, DuplicatesRequest } from './duplicates_protocol';

interface WorkerScope {
  postMessage(message: DuplicatesReply): void;
  onmessage: ((event: MessageEvent<DuplicatesRequest>) => void) | null;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, input } = event.data;
  try {
    scope.postMessage({ type: 'pairs', id, pairs: findDuplicates(input) });
  } catch (error) {
    scope.postMessage({
      type: 'failed',
      id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};

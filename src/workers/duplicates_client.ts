import {
  type DuplicatePair,
  duplicateInput,
  findDuplicates,
} from '../analysis/duplicates/find_duplicates';
import type { Dataset } from '../model/dataset';
import type { DuplicatesReply } from './duplicates_protocol';

/**
 * Finds the likely duplicates for the page: in a Web Worker where the page has one (only
 * the fields the finder reads are copied there), else in the page (a test's jsdom, Node).
 * Only the newest search is answered: an older one still running resolves to null.
 */
export interface DuplicatesFinder {
  find(dataset: Dataset): Promise<DuplicatePair[] | null>;
  dispose(): void;
}

export function duplicatesFinder(): DuplicatesFinder {
  if (typeof Worker === 'undefined') {
    return { find: async (dataset) => findDuplicates(dataset), dispose() {} };
  }
  let worker: Worker | null = null;
  let latest = 0;
  const waiting = new Map<
    number,
    { resolve(pairs: DuplicatePair[] | null): void; reject(error: Error): void }
  >();
  const start = () => {
    if (worker) return worker;
    worker = new Worker(new URL('./duplicates_worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<DuplicatesReply>) => {
      const reply = event.data;
      const pending = waiting.get(reply.id);
      waiting.delete(reply.id);
      if (!pending) return;
      if (reply.type === 'failed') pending.reject(new Error(reply.message));
      else pending.resolve(reply.id === latest ? reply.pairs : null);
    };
    return worker;
  };
  return {
    find(dataset) {
      latest += 1;
      const id = latest;
      for (const [older, pending] of waiting) if (older < id) pending.resolve(null);
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        start().postMessage({ type: 'find', id, input: duplicateInput(dataset) });
      });
    },
    dispose() {
      worker?.terminate();
      worker = null;
      for (const pending of waiting.values()) pending.resolve(null);
      waiting.clear();
    },
  };
}

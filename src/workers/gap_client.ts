import { computeGaps, type GapParams, type GapResult } from '../analysis/gaps/gaps';
import type { GapInput } from '../analysis/gaps/input';
import { type GapReply, transferables } from './gap_protocol';

/**
 * Computes the gap analysis for the page: in a Web Worker where the page has one (the
 * dataset's columns are handed over once, each selection then costs a list of indices),
 * else in the page (a test's jsdom, Node). Only the newest computation is answered: an
 * older one still running resolves to null.
 */
export interface GapComputer {
  /** The dataset's columns: MOVES their typed arrays to the worker (they are empty after). */
  setInput(input: GapInput): void;
  compute(selected: Int32Array, params: GapParams): Promise<GapResult | null>;
  dispose(): void;
}

export function gapComputer(): GapComputer {
  if (typeof Worker === 'undefined') return pageComputer();
  let worker: Worker | null = null;
  let latest = 0;
  const waiting = new Map<
    number,
    { resolve(result: GapResult | null): void; reject(error: Error): void }
  >();
  const start = () => {
    if (worker) return worker;
    worker = new Worker(new URL('./gap_worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<GapReply>) => {
      const reply = event.data;
      const pending = waiting.get(reply.id);
      waiting.delete(reply.id);
      if (!pending) return;
      if (reply.type === 'failed') pending.reject(new Error(reply.message));
      else pending.resolve(reply.id === latest ? reply.result : null);
    };
    return worker;
  };
  return {
    setInput(input) {
      start().postMessage({ type: 'input', input }, transferables(input));
    },
    compute(selected, params) {
      latest += 1;
      const id = latest;
      for (const [older, pending] of waiting) if (older < id) pending.resolve(null);
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        start().postMessage({ type: 'compute', id, selected, params }, [
          selected.buffer as ArrayBuffer,
        ]);
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

function pageComputer(): GapComputer {
  let input: GapInput | null = null;
  return {
    setInput(next) {
      input = next;
    },
    async compute(selected, params) {
      if (!input) throw new Error('the analysis has no data yet');
      return computeGaps(input, selected, params);
    },
    dispose() {
      input = null;
    },
  };
}

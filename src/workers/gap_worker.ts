/**
 * The gap analysis' worker: keeps the dataset's columns and computes the figures of each
 * selection off the page's thread (see gap_protocol.ts).
 */
import { computeGaps } from '../analysis/gaps/gaps';
import type { GapInput } from '../analysis/gaps/input';
import type { GapReply, GapRequest } from './gap_protocol';

interface WorkerScope {
  postMessage(message: GapReply): void;
  onmessage: ((event: MessageEvent<GapRequest>) => void) | null;
}

const scope = self as unknown as WorkerScope;
let input: GapInput | null = null;

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'input') {
    input = request.input;
    return;
  }
  try {
    if (!input) throw new Error('the analysis has no data yet');
    scope.postMessage({
      type: 'result',
      id: request.id,
      result: computeGaps(input, request.selected, request.params),
    });
  } catch (error) {
    scope.postMessage({
      type: 'failed',
      id: request.id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};

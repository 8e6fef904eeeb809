/**
 * The gap analysis' worker: keeps the dataset's columns and computes the figures of each
 * selection off the page's thread (see gap_protocol.ts). The time of the latest
 * computation is kept as the user timing measure `GAP_MEASURE` of the worker's
 * performance timeline (DevTools' performance panel and bench:analysis read it).
 */
import { computeGaps, GAP_MEASURE } from '../analysis/gaps/gaps';
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
    const started = performance.now();
    const result = computeGaps(input, request.selected, request.params);
    performance.clearMeasures(GAP_MEASURE);
    performance.measure(GAP_MEASURE, { start: started });
    scope.postMessage({ type: 'result', id: request.id, result });
  } catch (error) {
    scope.postMessage({
      type: 'failed',
      id: request.id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};

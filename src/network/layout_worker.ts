/**
 * The network's layout worker: runs the force layout (simulation.ts) and the metrics off
 * the main thread. The page posts `LayoutRequest`s; the worker answers with positions in
 * steps (one message every ~16 ms of work) and with the metrics of a graph. Between `hold`
 * and `resume` the layout keeps its positions and does no work (see layout_engine.ts).
 */
import {
  type NetworkStructure,
  type NodeMetrics,
  structureMetrics,
} from '../analysis/graph/metrics';
import {
  createLayout,
  type Layout,
  type LayoutLinkInput,
  type LayoutNodeInput,
  type LayoutStart,
} from './simulation';

export type LayoutRequest =
  | {
      type: 'layout';
      generation: number;
      nodes: LayoutNodeInput[];
      links: LayoutLinkInput[];
      start?: LayoutStart;
    }
  | { type: 'pin'; id: string; x: number; y: number }
  | { type: 'release'; id: string }
  | { type: 'hold' }
  | { type: 'resume' }
  | { type: 'stop' }
  | { type: 'metrics'; request: number; structure: NetworkStructure };

export type LayoutReply =
  | { type: 'positions'; generation: number; positions: Float64Array; running: boolean }
  | { type: 'metrics'; request: number; metrics: NodeMetrics[] | null; error?: string };

interface WorkerScope {
  postMessage(message: LayoutReply, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
}

const scope = self as unknown as WorkerScope;

/** Milliseconds of layout work between two position messages. */
const SLICE_MS = 12;

let layout: Layout | null = null;
let generation = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let held = false;

function post(running: boolean): void {
  if (!layout) return;
  const positions = layout.positions();
  scope.postMessage({ type: 'positions', generation, positions, running }, [positions.buffer]);
}

function run(): void {
  timer = undefined;
  if (!layout) return;
  const start = performance.now();
  let running = true;
  while (running && performance.now() - start < SLICE_MS) running = layout.step(1);
  post(running);
  if (running && !held) timer = setTimeout(run, 0);
}

function wake(): void {
  if (timer === undefined && !held) timer = setTimeout(run, 0);
}

scope.onmessage = (event) => {
  const request = event.data;
  switch (request.type) {
    case 'layout':
      generation = request.generation;
      layout = createLayout(request.nodes, request.links, request.start);
      post(true);
      wake();
      break;
    case 'pin':
      layout?.pin(request.id, request.x, request.y);
      layout?.reheat(0.1);
      wake();
      break;
    case 'release':
      layout?.release(request.id);
      break;
    case 'hold':
      held = true;
      break;
    case 'resume':
      held = false;
      wake();
      break;
    case 'stop':
      layout = null;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      break;
    case 'metrics': {
      let reply: LayoutReply;
      try {
        reply = {
          type: 'metrics',
          request: request.request,
          metrics: structureMetrics(request.structure),
        };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        reply = { type: 'metrics', request: request.request, metrics: null, error: message };
      }
      scope.postMessage(reply);
      break;
    }
  }
};
